package org.aibasis.grader.model;

import java.util.Objects;

/**
 * A message about a place in the student's code: a compile error, a forbidden call, a structural mismatch.
 *
 * @param file       the path of the file as the student knows it (relative to the submission), or empty
 * @param line       1-based line, 0 when unknown
 * @param column     1-based column, 0 when unknown
 * @param message    what is wrong and, where we know it, what to do
 * @param sourceLine the text of that line, or empty when unknown
 */
public record Diagnostic(String file, long line, long column, String message, String sourceLine) {
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceLine, "sourceLine");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /** A diagnostic that names no place. */
    public static Diagnostic general(String message) {
        return new Diagnostic("", 0, 0, message, "");
    }

    /** {@code file:line} (or just the file, or nothing) for messages. */
    public String location() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }
}
