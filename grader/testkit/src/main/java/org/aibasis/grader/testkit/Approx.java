package org.aibasis.grader.testkit;

import java.util.Optional;

/**
 * Compares computed numbers, vectors and matrices with expected ones within a {@link Tolerance}. Every
 * difference is described the way a student needs it: which entry is worst, the value returned and the value
 * expected, with enough digits to see that they differ.
 *
 * <p>The {@code difference} methods return the description (empty when everything agrees), for tests that keep
 * one failure site per property (jqwik shrinks toward samples that fail the same way); the {@code assertClose}
 * methods throw an {@link AssertionError} with it.
 */
public final class Approx {
    private Approx() {
    }

    /** How {@code actual} differs from {@code expected}, e.g. "v(2) is 4 but should be -1.75". */
    public static Optional<String> difference(String what, double actual, double expected, Tolerance tolerance) {
        if (tolerance.allows(actual, expected)) {
            return Optional.empty();
        }
        String[] shown = NumberText.showPair(actual, expected);
        return Optional.of(what + " is " + shown[0] + " but should be " + shown[1]);
    }

    /**
     * How two vectors differ: a length mismatch, or the entry that is furthest outside the tolerance, named
     * {@code what[i]}, with both whole vectors when they are short enough to read.
     */
    public static Optional<String> difference(String what, double[] actual, double[] expected,
                                              Tolerance tolerance) {
        if (actual.length != expected.length) {
            return Optional.of(what + " has " + actual.length + " entries but should have " + expected.length);
        }
        int worst = worstIndex(actual, expected, tolerance);
        if (worst < 0) {
            return Optional.empty();
        }
        String[] shown = NumberText.showPair(actual[worst], expected[worst]);
        StringBuilder sb = new StringBuilder(what).append('[').append(worst).append("] is ").append(shown[0])
                .append(" but should be ").append(shown[1]);
        if (expected.length <= 12) {
            sb.append("\n  returned: ").append(NumberText.show(actual))
                    .append("\n  expected: ").append(NumberText.show(expected));
        }
        return Optional.of(sb.toString());
    }

    /** How two matrices differ: a shape mismatch, or the worst entry {@code what[i][j]} with its two rows. */
    public static Optional<String> difference(String what, double[][] actual, double[][] expected,
                                              Tolerance tolerance) {
        if (actual.length != expected.length) {
            return Optional.of(what + " has " + actual.length + " rows but should have " + expected.length);
        }
        int worstRow = -1;
        int worstCol = -1;
        double worstExcess = 0;
        for (int i = 0; i < expected.length; i++) {
            if (actual[i].length != expected[i].length) {
                return Optional.of("row " + i + " of " + what + " has " + actual[i].length
                        + " entries but should have " + expected[i].length);
            }
            int j = worstIndex(actual[i], expected[i], tolerance);
            if (j >= 0) {
                double excess = tolerance.excess(actual[i][j], expected[i][j]);
                if (worstRow < 0 || excess > worstExcess) {
                    worstRow = i;
                    worstCol = j;
                    worstExcess = excess;
                }
            }
        }
        if (worstRow < 0) {
            return Optional.empty();
        }
        String[] shown = NumberText.showPair(actual[worstRow][worstCol], expected[worstRow][worstCol]);
        return Optional.of(what + "[" + worstRow + "][" + worstCol + "] is " + shown[0] + " but should be "
                + shown[1] + "\n  row " + worstRow + " returned: " + NumberText.show(actual[worstRow])
                + "\n  row " + worstRow + " expected: " + NumberText.show(expected[worstRow]));
    }

    /** Whether two vectors agree (same length, every entry within the tolerance). */
    public static boolean close(double[] actual, double[] expected, Tolerance tolerance) {
        return actual.length == expected.length && worstIndex(actual, expected, tolerance) < 0;
    }

    /** Whether two matrices agree (same shape, every entry within the tolerance). */
    public static boolean close(double[][] actual, double[][] expected, Tolerance tolerance) {
        return difference("", actual, expected, tolerance).isEmpty();
    }

    /** Throws an {@link AssertionError} describing how the numbers differ. */
    public static void assertClose(String what, double actual, double expected, Tolerance tolerance) {
        difference(what, actual, expected, tolerance).ifPresent(Approx::fail);
    }

    /** Throws an {@link AssertionError} describing how the vectors differ. */
    public static void assertClose(String what, double[] actual, double[] expected, Tolerance tolerance) {
        difference(what, actual, expected, tolerance).ifPresent(Approx::fail);
    }

    /** Throws an {@link AssertionError} describing how the matrices differ. */
    public static void assertClose(String what, double[][] actual, double[][] expected, Tolerance tolerance) {
        difference(what, actual, expected, tolerance).ifPresent(Approx::fail);
    }

    private static int worstIndex(double[] actual, double[] expected, Tolerance tolerance) {
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < expected.length; i++) {
            double excess = tolerance.excess(actual[i], expected[i]);
            if (excess > 0 && (worst < 0 || excess > worstExcess)) {
                worst = i;
                worstExcess = excess;
            }
        }
        return worst;
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
