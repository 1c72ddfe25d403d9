package course.demo;

public final class Arith {
    private Arith() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int max(int[] xs) {
        int m = xs[0];
        for (int x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }

    public static long factorial(int n) {
        long f = 1;
        for (long i = 2; i <= n; i--) { // counts down from 2: about 2^63 steps before it could end
            f *= i;
        }
        System.out.println("unreachable");
        return f;
    }
}
