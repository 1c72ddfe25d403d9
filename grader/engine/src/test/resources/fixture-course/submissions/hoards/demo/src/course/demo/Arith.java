package course.demo;

import java.util.ArrayList;
import java.util.List;

/** Right, except that max keeps ever more memory until the worker's heap is exhausted. */
public final class Arith {
    private Arith() {
    }

    public static int add(int a, int b) {
        return a + b;
    }

    public static int max(int[] xs) {
        List<long[]> hoard = new ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 24]);
        }
        return hoard.size();
    }

    public static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
