package org.aibasis.reports.view;

/**
 * A diagnostic: where, what, and the student's line with a caret under the column.
 *
 * @param location    {@code file:line:column}, as much of it as is known; empty when the message names no place
 * @param message     what is wrong
 * @param hasSource   whether the source line is known
 * @param gutter      the line number padded to the width of {@code blankGutter}, followed by {@code " | "}
 * @param blankGutter as many spaces as the line number, followed by {@code " | "}
 * @param sourceLine  the student's line of code, tabs expanded to multiples of 8 columns as javac counts them
 * @param hasCaret    whether the column is known and inside the line
 * @param caretIndent the whitespace that puts a caret under the column (U+3000 under wide characters)
 * @param text        all of the above as plain text, the way a compiler prints it: location, message, source
 *                    line, caret
 */
public record SourceMessage(String location, String message, boolean hasSource, String gutter, String blankGutter,
                            String sourceLine, boolean hasCaret, String caretIndent, String text) {
}
