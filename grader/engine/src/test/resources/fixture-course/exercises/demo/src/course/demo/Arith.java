package course.demo;

/** The student writes these. */
public final class Arith {
    private Arith() {
    }

    /** a + b */
    public static int add(int a, int b) {
        throw new UnsupportedOperationException("TODO add");
    }

    /** The largest element. */
    public static int max(int[] xs) {
        throw new UnsupportedOperationException("TODO max");
    }

    /** n! for n in 0..12 */
    public static long factorial(int n) {
        throw new UnsupportedOperationException("TODO factorial");
    }
}
