package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for a terminal: display width in columns (East Asian wide characters take two) and word wrapping
 * that keeps indentation and never breaks a word unless it is wider than the line.
 *
 * <p>Lines break at spaces, and between two Chinese (or Japanese, Korean) characters, which are written without
 * spaces. As in Chinese typesetting, a line never starts with closing punctuation ({@code ，。、；：？！）」}) and
 * never ends with opening punctuation ({@code （「《}).
 */
public final class TerminalText {
    /** Punctuation that may not start a line: it stays with the character before it. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）」』】》〉〕…％,.;:!?)]}%";
    /** Punctuation that may not end a line: it stays with the character after it. */
    private static final String NO_BREAK_AFTER = "（「『【《〈〔";

    private TerminalText() {
    }

    /** The number of terminal columns {@code cp} takes: 2 for East Asian wide characters, 0 for combining marks. */
    public static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f
                || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x1f300 && cp <= 0x1faff
                || cp >= 0x20000 && cp <= 0x3fffd;
        return wide ? 2 : 1;
    }

    /** The number of terminal columns {@code s} takes. */
    public static int columns(String s) {
        return s.codePoints().map(TerminalText::columns).sum();
    }

    /** {@code s} followed by spaces up to {@code width} terminal columns (nothing added when it is wider). */
    public static String padEnd(String s, int width) {
        return s + " ".repeat(Math.max(0, width - columns(s)));
    }

    /** {@code s} after spaces up to {@code width} terminal columns, for right-aligned columns of a table. */
    public static String padStart(String s, int width) {
        return " ".repeat(Math.max(0, width - columns(s))) + s;
    }

    /**
     * Wraps {@code text} into lines of at most {@code width} columns: the first line starts with {@code first},
     * every other line with {@code rest} (so a hanging indent is kept). A line feed in the text starts a new line;
     * spaces between words are kept (a tab counts as one), and dropped where a line breaks. A word is split only
     * when it alone is wider than a line.
     * Callers make the text {@linkplain Visible#visible visible} first when it may hold control characters.
     */
    public static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int used = columns(first);
        boolean empty = true;
        String[] paragraphs = text.strip().split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(rest);
                used = columns(rest);
                empty = true;
            }
            for (Token token : tokens(paragraphs[p])) {
                int w = columns(token.text());
                if (!empty && token.gap() + w > width - used) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(rest);
                    used = columns(rest);
                    empty = true;
                }
                if (!empty) {
                    line.append(" ".repeat(token.gap()));
                    used += token.gap();
                }
                String piece = token.text();
                while (empty && columns(piece) > Math.max(1, width - used)) {
                    int cut = fitting(piece, Math.max(1, width - used));
                    lines.add(line.append(piece, 0, cut).toString());
                    piece = piece.substring(cut);
                    line = new StringBuilder(rest);
                    used = columns(rest);
                }
                line.append(piece);
                used += columns(piece);
                empty = piece.isEmpty() && empty;
            }
        }
        lines.add(line.toString().stripTrailing());
        return List.copyOf(lines);
    }

    /** The longest prefix of {@code s} (in chars, never splitting a surrogate pair) within {@code width} columns. */
    private static int fitting(String s, int width) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (used + columns(cp) > width && i > 0) {
                break;
            }
            used += columns(cp);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A piece that is never broken, and the number of spaces between it and the piece before. */
    private record Token(String text, int gap) {
    }

    /**
     * Splits a paragraph into unbreakable pieces: words between spaces, each wide character on its own, with
     * closing punctuation glued to the piece before and opening punctuation to the piece after.
     */
    private static List<Token> tokens(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int space = 0;
        int wordSpace = 0;
        boolean glue = false;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                flush(tokens, word, wordSpace);
                space++;
                glue = false;
                continue;
            }
            boolean stays = glue || space == 0 && NO_BREAK_BEFORE.indexOf(cp) >= 0; // with the character before
            if (!stays && columns(cp) == 2) {
                flush(tokens, word, wordSpace);
                wordSpace = space;
            } else if (!stays && word.isEmpty()) {
                wordSpace = space;
            } else if (!stays && columns(word.codePointBefore(word.length())) == 2) {
                flush(tokens, word, wordSpace);
                wordSpace = 0;
            }
            word.appendCodePoint(cp);
            space = 0;
            glue = NO_BREAK_AFTER.indexOf(cp) >= 0;
        }
        flush(tokens, word, wordSpace);
        return tokens;
    }

    private static void flush(List<Token> tokens, StringBuilder word, int gap) {
        if (!word.isEmpty()) {
            tokens.add(new Token(word.toString(), gap));
            word.setLength(0);
        }
    }
}
