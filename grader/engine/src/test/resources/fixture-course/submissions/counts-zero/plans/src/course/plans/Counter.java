package course.plans;

/** A mistake: zero counts as positive. */
public final class Counter {
    private Counter() {
    }

    /** How many of the values are positive. */
    public static int positives(int[] values) {
        int n = 0;
        for (int v : values) {
            if (v >= 0) {
                n++;
            }
        }
        return n;
    }

    /** How many times {@code c} occurs in {@code s}. */
    public static int occurrences(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length() || s.isEmpty(); i++) { // and a second mistake: "" never ends the loop
            if (!s.isEmpty() && s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
