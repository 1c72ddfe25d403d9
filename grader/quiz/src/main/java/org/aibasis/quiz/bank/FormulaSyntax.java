package org.aibasis.quiz.bank;

import java.util.Optional;

/**
 * Checks the TeX formulas of a bank text, written between {@code \( \)} (inline) or {@code \[ \]} (display), the
 * way the reports render them. Placeholders are filled first, because {@code {name}} inside a formula prints a
 * parameter and {@code }}} prints one brace, which can leave TeX braces unbalanced.
 */
public final class FormulaSyntax {
    private FormulaSyntax() {
    }

    /** What is wrong with the formulas of {@code filled} (a text with its placeholders filled), if anything. */
    public static Optional<String> problem(String filled) {
        int at = 0;
        while (true) {
            int inline = filled.indexOf("\\(", at);
            int display = filled.indexOf("\\[", at);
            if (inline < 0 && display < 0) {
                return Optional.empty();
            }
            boolean isInline = display < 0 || inline >= 0 && inline < display;
            int open = isInline ? inline : display;
            String close = isInline ? "\\)" : "\\]";
            int end = filled.indexOf(close, open + 2);
            if (end < 0) {
                return Optional.of("a formula opened with " + filled.substring(open, open + 2) + " is never closed"
                        + " with " + close);
            }
            String tex = filled.substring(open + 2, end);
            if (!balanced(tex)) {
                return Optional.of("the formula \"" + tex.strip() + "\" has unbalanced braces once placeholders are"
                        + " filled ({name} prints a parameter and {{ or }} one brace: write \"{ x }\" and \"} }\""
                        + " with spaces)");
            }
            at = end + 2;
        }
    }

    private static boolean balanced(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are literal braces in TeX
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
