package org.aibasis.quiz.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;

/** What reading one attempt or answers file gave. */
public sealed interface AttemptFile {

    /** The file read. */
    Path file();

    /** Problems found; for {@link Loaded}, ones that did not stop grading (e.g. a response read as blank). */
    List<Problem> problems();

    /**
     * The file was read.
     *
     * @param attempt       the attempt as the bank and the seed define it (student, quiz, attempt number): never
     *                      what the file says the questions, parameters, keys or option orders are
     * @param responses     the responses
     * @param discrepancies what the file stores that disagrees with the attempt (a question, key, parameter or
     *                      option order it should not have, a question it lacks): the file was edited, or the bank
     *                      changed since the attempt was made; for the instructor's eyes
     */
    record Loaded(Path file, Attempt attempt, Responses responses, List<Problem> problems,
                  List<Problem> discrepancies) implements AttemptFile {
        public Loaded {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(responses, "responses");
            problems = List.copyOf(problems);
            discrepancies = List.copyOf(discrepancies);
        }
    }

    /** The file cannot be graded; {@link #problems()} says why and names the file (and line, where known). */
    record Unreadable(Path file, List<Problem> problems) implements AttemptFile {
        public Unreadable {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an unreadable file needs at least one problem");
            }
        }
    }
}
