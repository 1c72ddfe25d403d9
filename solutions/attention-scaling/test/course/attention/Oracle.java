package course.attention;

import java.util.Arrays;
import java.util.Random;

import course.linalg.Matrix;

/** Independent test-side computations the hidden tests compare the student's results with. */
final class Oracle {

    private Oracle() {
    }

    /** Stable softmax (max subtracted); -Infinity entries get exactly 0. */
    static double[] softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElseThrow();
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

    /** The raw scores Q K^T, as an array. */
    static double[][] scores(Matrix q, Matrix k) {
        double[][] s = new double[q.rows()][k.rows()];
        for (int i = 0; i < q.rows(); i++) {
            for (int j = 0; j < k.rows(); j++) {
                double dot = 0;
                for (int c = 0; c < q.cols(); c++) {
                    dot += q.get(i, c) * k.get(j, c);
                }
                s[i][j] = dot;
            }
        }
        return s;
    }

    /** Attention weights softmax(scale * Q K^T) per row, with an optional causal mask. */
    static double[][] weights(Matrix q, Matrix k, double scale, boolean causal) {
        double[][] s = scores(q, k);
        double[][] w = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            double[] logits = new double[s[i].length];
            for (int j = 0; j < logits.length; j++) {
                logits[j] = causal && j > i ? Double.NEGATIVE_INFINITY : s[i][j] * scale;
            }
            w[i] = softmax(logits);
        }
        return w;
    }

    /** The correctly scaled attention weights. */
    static double[][] weights(Matrix q, Matrix k, boolean causal) {
        return weights(q, k, 1.0 / Math.sqrt(q.cols()), causal);
    }

    /** Plain product of arrays. */
    static double[][] times(double[][] a, Matrix b) {
        double[][] out = new double[a.length][b.cols()];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.cols(); j++) {
                double s = 0;
                for (int c = 0; c < b.rows(); c++) {
                    s += a[i][c] * b.get(c, j);
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** Shannon entropy in nats; 0 log 0 = 0. */
    static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            if (x > 0) {
                h -= x * Math.log(x);
            }
        }
        return h;
    }

    /** A matrix of independent standard normal entries. */
    static Matrix gaussian(Random random, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return Matrix.of(a);
    }

    /** Row i of the result is row perm[i] of m. */
    static Matrix permuteRows(Matrix m, int[] perm) {
        double[][] out = new double[m.rows()][];
        for (int i = 0; i < perm.length; i++) {
            out[i] = m.row(perm[i]);
        }
        return Matrix.of(out);
    }
}
