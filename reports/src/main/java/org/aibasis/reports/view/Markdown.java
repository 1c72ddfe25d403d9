package org.aibasis.reports.view;

/**
 * Markdown for untrusted text: escaped inline text, fenced code blocks and code spans that no content can close.
 *
 * <p>Templates reach the instance methods as {@code md.fence(text)} and {@code md.code(text)}.
 */
public final class Markdown {
    /** The instance the templates use. */
    public static final Markdown INSTANCE = new Markdown();

    private static final String ALWAYS_ESCAPED = "\\`*_[]<>|~&#";

    private Markdown() {
    }

    /**
     * {@code text} as a fenced code block on lines of its own: the fence is a run of backticks longer than any in
     * the text, so the text cannot end the block, and everything in it is shown literally.
     */
    public TemplateMarkdownOutputModel fence(String text) {
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        String body = text.endsWith("\n") ? text : text + "\n";
        return new TemplateMarkdownOutputModel(null, fence + "text\n" + body + fence);
    }

    /** {@code text} as an inline code span, on one line: delimited by more backticks than any run in it. */
    public TemplateMarkdownOutputModel code(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        if (line.isEmpty()) {
            return new TemplateMarkdownOutputModel(null, "");
        }
        String ticks = "`".repeat(longestRun(line, '`') + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ")
                && !line.isBlank();
        String inner = pad ? " " + line + " " : line;
        return new TemplateMarkdownOutputModel(null, ticks + inner + ticks);
    }

    /**
     * {@code text} as inline Markdown text that renders literally, on one line: every character that could start
     * emphasis, a link, HTML, an entity, a code span or a table cell is backslash-escaped, as is a start that could
     * make a heading, a list item or a quote.
     */
    public static String escape(String text) {
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        StringBuilder sb = new StringBuilder(line.length() + 16);
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean lineStart = i == 0 && "-+=".indexOf(c) >= 0;
            boolean orderedList = i == digits && digits > 0 && (c == '.' || c == ')')
                    && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || lineStart || orderedList) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
