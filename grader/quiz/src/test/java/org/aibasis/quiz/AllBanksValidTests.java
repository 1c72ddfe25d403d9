package org.aibasis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aibasis.quiz.bank.Problem;
import org.junit.jupiter.api.Test;

/** Every question bank and quiz definition of the repository loads without a problem. */
public class AllBanksValidTests {

    /** The repository's quizzes/ folder: walks up from the working directory to the folder that has one. */
    public static Path quizzesFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("quizzes")) && Files.isDirectory(dir.resolve("grader"))) {
                return dir.resolve("quizzes");
            }
            dir = dir.getParent();
        }
        throw new AssertionError("no quizzes/ folder above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyBankOfTheRepositoryIsValid() {
        Path quizzes = quizzesFolder();
        QuizLibrary library = QuizLibrary.load(quizzes);
        List<Problem> problems = library.problems();
        String report = problems.stream().map(p -> new Problem(quizzes.getParent().relativize(p.file()), p.line(),
                p.message()).toString()).collect(Collectors.joining("\n"));
        if (!problems.isEmpty()) {
            System.out.println(problems.size() + " problem(s) in the question banks:\n" + report);
        }
        assertThat(problems).as("problems in the question banks:\n%s", report).isEmpty();
    }

    @Test
    void everyQuizOfTheRepositoryInstantiatesAndGradesABlankAttempt() {
        QuizLibrary library = QuizLibrary.load(quizzesFolder());
        for (var quiz : library.quizzes()) {
            var attempt = library.instantiate(quiz.id(), "smoke-test", 1);
            var graded = library.grade(attempt, org.aibasis.quiz.scoring.Responses.none());
            assertThat(graded.maxPoints()).as(quiz.id()).isEqualTo(attempt.maxPoints());
        }
    }
}
