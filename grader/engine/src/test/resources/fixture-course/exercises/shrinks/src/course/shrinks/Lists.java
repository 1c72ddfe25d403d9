package course.shrinks;

public final class Lists {
    private Lists() {
    }

    /** The largest element of a non-empty array. */
    public static int largest(int[] xs) {
        throw new UnsupportedOperationException("TODO");
    }
}
