package course.demo;

public final class Arith {
    private Arith() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int maximum(int[] xs) {
        int m = xs[0];
        for (int x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }

    public static long factorial(long n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
