package org.aibasis.quiz;

import java.util.Locale;

/** How keys and points are written for students, the same in the terminal, the quiz page and the reports. */
public final class NumberText {
    private NumberText() {
    }

    /** A key or tolerance with up to 6 significant digits and no trailing zeros: {@code 0.25}, {@code 418}. */
    public static String number(double x) {
        String s = String.format(Locale.ROOT, "%.6g", x);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Points: whole numbers without decimals, others with two. */
    public static String points(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.2f", p);
    }
}
