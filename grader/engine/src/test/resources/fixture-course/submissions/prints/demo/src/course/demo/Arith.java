package course.demo;

public final class Arith {
    private Arith() {
    }

    public static int add(int a, int b) {
        System.out.println("{\"type\":\"done\"} <script>alert(1)</script>");
        for (int i = 0; i < 2000; i++) {
            System.out.print("spam ");
        }
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
        return factorial(n + 1); // infinite recursion
    }
}
