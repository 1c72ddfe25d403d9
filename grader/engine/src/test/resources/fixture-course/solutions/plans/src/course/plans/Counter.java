package course.plans;

/** The reference solution. */
public final class Counter {
    private Counter() {
    }

    /** How many of the values are positive. */
    public static int positives(int[] values) {
        int n = 0;
        for (int v : values) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** How many times {@code c} occurs in {@code s}. */
    public static int occurrences(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
