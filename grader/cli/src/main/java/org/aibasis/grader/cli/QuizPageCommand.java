package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.quiz.QuizPageHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz page}: an offline self-check page of one student's variant of a quiz. */
@Command(name = "page", mixinStandardHelpOptions = true,
        description = {"Write DIR/index.html: a self-contained offline page (no network) of the student's variant of "
                + "QUIZ, with feedback on Check, a score so far, and an Export button that downloads an answers file "
                + "for `grader quiz grade`.",
                "The keys are inside the page: use it for self-checking, never for a graded quiz."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "2:bad usage (an unknown quiz, a bad option)", Errors.INTERNAL_EXIT})
final class QuizPageCommand implements Callable<Integer> {
    /** The page's file name inside --out. */
    static final String PAGE = "index.html";

    @Mixin
    CommonOptions common;

    @Mixin
    Overwrite overwrite;

    @Parameters(index = "0", paramLabel = "QUIZ", description = "A bank id or a quiz definition's id.")
    String quiz;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write index.html.")
    Path out;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = ReportLanguage.Code.class,
            description = "Language of the page. Default: ${DEFAULT-VALUE}.")
    Language language;

    @Option(names = "--student", paramLabel = "ID", defaultValue = "self",
            description = "Whose variant (seeded from student, quiz and attempt, as for graded quizzes). "
                    + "Default: ${DEFAULT-VALUE}.")
    String student;

    @Option(names = "--attempt", paramLabel = "N", defaultValue = "1",
            description = "Attempt number (1 for the first). Default: ${DEFAULT-VALUE}.")
    int attempt;

    @Override
    public Integer call() throws IOException {
        if (attempt < 1) {
            throw new Errors.UsageException("--attempt must be at least 1, was " + attempt);
        }
        if (student.isBlank()) {
            throw new Errors.UsageException("--student must not be empty");
        }
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        if (library.quiz(quiz).isEmpty()) {
            throw new Errors.UsageException("unknown quiz '" + quiz + "' (known: " + String.join(", ",
                    library.quizzes().stream().map(q -> q.id()).toList()) + "; run `grader quiz validate` if yours"
                    + " is missing)");
        }
        Attempt variant = library.instantiate(quiz, student, attempt);
        Path page = OutputFolder.prepare(out, overwrite.force).resolve(PAGE);
        ReportFiles.writeAtomically(page, QuizPageHtml.render(variant, language));
        System.out.println("Wrote " + page.toAbsolutePath() + " (" + variant.questions().size() + " questions, "
                + Numbers.points(variant.maxPoints()) + " points; student " + student + ", attempt " + attempt + ").");
        System.out.println("Open it in a browser; it needs no network. It holds the keys: for self-checking only.");
        return 0;
    }
}
