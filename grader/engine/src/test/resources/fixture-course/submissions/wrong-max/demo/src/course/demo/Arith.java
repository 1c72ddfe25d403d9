package course.demo;

public final class Arith {
    private Arith() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int max(int[] xs) {
        int m = 0; // wrong for all-negative arrays
        for (int x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }

    public static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
