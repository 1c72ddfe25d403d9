package course.plans;

/** The student writes these. */
public final class Counter {
    private Counter() {
    }

    /** How many of the values are positive. */
    public static int positives(int[] values) {
        throw new UnsupportedOperationException("TODO positives");
    }

    /** How many times {@code c} occurs in {@code s}. */
    public static int occurrences(String s, char c) {
        throw new UnsupportedOperationException("TODO occurrences");
    }
}
