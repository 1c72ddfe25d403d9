package org.aibasis.reports.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers and text as the quiz reports show them. */
final class QuizFormat {
    private QuizFormat() {
    }

    /** Points: at most two decimals, {@code 2}, {@code 0.5}, {@code 0.33}. */
    static String points(double p) {
        return decimals(p, 2);
    }

    /** A number a student typed or a key: at most four decimals, trailing zeros dropped. */
    static String number(double x) {
        return decimals(x, 4);
    }

    private static String decimals(double x, int scale) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** A statistic with two decimals, or {@code n/a}. */
    static String statistic(OptionalDouble x) {
        return x.isPresent() ? statistic(x.getAsDouble()) : "n/a";
    }

    /** A statistic with two decimals. */
    static String statistic(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** The full value for machine readers (a {@code data-value} attribute), empty when undefined. */
    static String exact(OptionalDouble x) {
        return x.isPresent() ? exact(x.getAsDouble()) : "";
    }

    /** The full value for machine readers. */
    static String exact(double x) {
        return Double.toString(x);
    }

    /** A share in [0, 1] as a whole percentage. */
    static int percent(double share) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, share)));
    }

    /** {@code score} of {@code max} as a whole percentage rounded down, so only full marks show 100. */
    static int percent(double score, double max) {
        if (!(max > 0)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.floor(100 * score / max + 1e-9)));
    }

    /** A text on one line, at most {@code limit} characters, control characters removed. */
    static String oneLine(String s, int limit) {
        String v = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (v.length() <= limit) {
            return v;
        }
        int cut = limit - 1;
        // never half a formula: a cut inside \( \) or \[ \] moves before its opening, so no raw TeX is shown
        int inline = v.lastIndexOf("\\(", cut - 1);
        int display = v.lastIndexOf("\\[", cut - 1);
        int open = Math.max(inline, display);
        if (open >= 0 && v.indexOf(open == inline ? "\\)" : "\\]", open + 2) + 2 > cut) {
            cut = open;
        }
        return v.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** A spreadsheet text field: defused against formula injection, then quoted when it must be (RFC 4180). */
    static String csv(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
