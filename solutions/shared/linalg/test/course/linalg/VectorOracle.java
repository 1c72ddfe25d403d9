package course.linalg;

/**
 * Test-side vector computations that the hidden tests of several exercises compare students' results with; written
 * apart from every reference solution.
 */
public final class VectorOracle {

    private VectorOracle() {
    }

    /** The stable softmax (the max subtracted first); an entry of -Infinity gets probability exactly 0. */
    public static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            max = Math.max(max, x);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The dot product of two vectors of the same length. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The row vector {@code x} times the matrix {@code m} ({@code x.length == m.length}). */
    public static double[] times(double[] x, double[][] m) {
        double[] out = new double[m[0].length];
        for (int k = 0; k < x.length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += x[k] * m[k][j];
            }
        }
        return out;
    }
}
