package course.shrinks;

public final class Lists {
    private Lists() {
    }

    public static int largest(int[] xs) {
        int m = 0; // wrong for all-negative arrays
        for (int x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }
}
