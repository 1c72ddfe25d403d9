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
     * @param attempt   the attempt as stored (or re-instantiated, for an answers file without questions)
     * @param responses the responses
     */
    record Loaded(Path file, Attempt attempt, Responses responses, List<Problem> problems) implements AttemptFile {
        public Loaded {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(attempt, "attempt");
            Objects.requireNonNull(responses, "responses");
            problems = List.copyOf(problems);
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
