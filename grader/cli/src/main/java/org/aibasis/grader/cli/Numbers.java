package org.aibasis.grader.cli;

/** Points as people write them: {@code 12}, {@code 2.5}. */
final class Numbers {
    private Numbers() {
    }

    static String points(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(java.util.Locale.ROOT, "%.2f", p);
    }
}
