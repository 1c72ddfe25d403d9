package org.aibasis.quiz.bank;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong in a content file (bank, quiz definition, answers file).
 *
 * @param file    the file, as it was found (relative if the quizzes folder was given relative)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do about it
 */
public record Problem(Path file, int line, String message) {
    /** Orders problems by file, then line. */
    public static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    /** {@code file:line: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
