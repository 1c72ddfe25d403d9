package org.aibasis.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text as every output shows it: hostile text made visible and bounded, points and percentages formatted once.
 *
 * <p>Everything a student's code printed or threw can contain anything: terminal escape sequences, bidirectional
 * overrides, NUL, lone surrogates, megabytes. {@link #visible} turns the invisible into visible placeholders and
 * {@link #bounded} also cuts it to a size a report can show.
 */
final class Visible {
    /** The most characters of one message, output or counterexample a report shows. */
    static final int LIMIT = 4000;
    /** The most characters of a name or title a report shows. */
    static final int SHORT_LIMIT = 300;
    /** What replaces the rest of a text that was cut. */
    static final String TRUNCATED = "[truncated]";

    private Visible() {
    }

    /**
     * The text with line ends normalized to {@code \n}, control characters (other than tab and line feed) shown as
     * their Unicode control pictures (ESC as U+241B), and bidirectional controls, lone surrogates and the
     * noncharacters U+FFFE and U+FFFF replaced by U+FFFD.
     */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    sb.append('\n');
                }
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c));
            } else if (c == 0x7f) {
                sb.append('\u2421');
            } else if (c >= 0x80 && c < 0xa0 || isBidiControl(c) || c == 0xfffe || c == 0xffff) {
                sb.append('\ufffd');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\ufffd');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Only the lone surrogates replaced (they cannot be encoded): for data formats that escape the rest. */
    static String encodable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\ufffd');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@link #visible} and at most {@code limit} characters, followed by a visible {@value #TRUNCATED} note. */
    static String bounded(String s, int limit) {
        String v = visible(s);
        if (v.length() <= limit) {
            return v;
        }
        int cut = Character.isLowSurrogate(v.charAt(limit)) ? limit - 1 : limit;
        return v.substring(0, cut) + "\n" + TRUNCATED + " (" + (v.length() - cut) + " more characters not shown)";
    }

    /** {@link #bounded} with {@link #LIMIT}. */
    static String bounded(String s) {
        return bounded(s, LIMIT);
    }

    /** A name or title: visible, on one line, at most {@link #SHORT_LIMIT} characters. */
    static String oneLine(String s) {
        String v = visible(s).replace('\n', ' ').replace('\t', ' ').strip();
        if (v.length() <= SHORT_LIMIT) {
            return v;
        }
        int cut = Character.isLowSurrogate(v.charAt(SHORT_LIMIT)) ? SHORT_LIMIT - 1 : SHORT_LIMIT;
        return v.substring(0, cut) + "\u2026 " + TRUNCATED;
    }

    /** Points as people write them: {@code 12}, {@code 2.5}, {@code 0.33} (at most two decimals). */
    static String points(double p) {
        if (!Double.isFinite(p)) {
            return Double.toString(p);
        }
        BigDecimal d = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * {@code score} as a whole percentage of {@code max}, rounded down so that only full marks show 100; 0 when
     * nothing can be earned.
     */
    static int percent(double score, double max) {
        if (!(max > 0)) {
            return 0;
        }
        double p = Math.floor(100 * score / max + 1e-9);
        return (int) Math.max(0, Math.min(100, p));
    }

    private static boolean isBidiControl(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
