package org.aibasis.grader.locate;

import java.util.Objects;

/**
 * A Java source file to compile.
 *
 * @param path    the path a person recognises in messages (for a student's file: relative to the submission)
 * @param content the text
 */
public record SourceFile(String path, String content) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The 1-based line's text, or empty when out of range. */
    public String line(long number) {
        if (number < 1) {
            return "";
        }
        String[] lines = content.split("\\R", -1);
        return number <= lines.length ? lines[(int) number - 1] : "";
    }
}
