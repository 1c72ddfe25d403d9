package org.aibasis.grader.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one way hidden tests print numbers: short when a number is short ({@code 3}, {@code 0.25},
 * {@code -1.75}), six significant digits otherwise, and exactly as many more digits as it takes to tell two
 * numbers apart when they are shown side by side, so that "expected 0.333333 but was 0.333333" never happens.
 */
public final class NumberText {
    private static final int DEFAULT_DIGITS = 6;

    private NumberText() {
    }

    /** A number with at most six significant digits, trailing zeros dropped. */
    public static String show(double x) {
        return show(x, DEFAULT_DIGITS);
    }

    /** Both numbers with the fewest digits (at least six) that make them differ when they differ. */
    public static String[] showPair(double a, double b) {
        for (int digits = DEFAULT_DIGITS; digits <= 17; digits++) {
            String sa = show(a, digits);
            String sb = show(b, digits);
            if (!sa.equals(sb) || digits == 17 || Double.compare(a, b) == 0) {
                return new String[] {sa, sb};
            }
        }
        throw new AssertionError("unreachable: the loop returns at 17 digits");
    }

    /** A vector as {@code [1, 0.5, 0.25]}. */
    public static String show(double[] xs) {
        return Arrays.stream(xs).mapToObj(NumberText::show).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A matrix, one row per line, each line indented by {@code indent}. */
    public static String show(double[][] rows, String indent) {
        return Arrays.stream(rows).map(r -> indent + show(r)).collect(Collectors.joining("\n"));
    }

    private static String show(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(x).round(new MathContext(digits)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }
}
