package course.attention;

import java.util.Arrays;
import java.util.Random;

import course.linalg.Matrix;

/** Independent test-side computations the hidden tests compare the student's results with. */
final class Oracle {

    static final double TOLERANCE = 1e-9;

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

    /** Whether two numbers agree within TOLERANCE, absolute or relative. */
    static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected));
    }

    /** The first index pair where two same-shaped tables differ, or null; shape differences count as a difference. */
    static String firstDifference(String what, double[][] actual, double[][] expected) {
        if (actual.length != expected.length) {
            return what + " has " + actual.length + " rows, expected " + expected.length;
        }
        for (int i = 0; i < expected.length; i++) {
            if (actual[i].length != expected[i].length) {
                return "row " + i + " of " + what + " has " + actual[i].length + " entries, expected "
                        + expected[i].length;
            }
            for (int j = 0; j < expected[i].length; j++) {
                if (!close(actual[i][j], expected[i][j])) {
                    return what + "[" + i + "][" + j + "] is " + actual[i][j] + ", expected " + expected[i][j]
                            + "\n  row " + i + " returned: " + Arrays.toString(actual[i])
                            + "\n  row " + i + " expected: " + Arrays.toString(expected[i]);
                }
            }
        }
        return null;
    }

    static String show(double[][] a) {
        StringBuilder sb = new StringBuilder();
        for (double[] row : a) {
            sb.append("\n    ").append(Arrays.toString(row));
        }
        return sb.toString();
    }

    /**
     * Names the usual mistake the returned weights match, or returns an empty string: no or wrong scaling, a
     * softmax over the wrong axis, a mask on the wrong side or applied after the softmax.
     */
    static String diagnose(Matrix q, Matrix k, Matrix v, boolean causal, double[][] actual) {
        int dk = q.cols();
        if (dk > 1 && matches(actual, weights(q, k, 1.0, causal))) {
            return "\n  These are the weights of softmax(Q K^T) WITHOUT scaling: divide the scores by sqrt(d_k) = sqrt("
                    + dk + ").";
        }
        if (dk > 1 && matches(actual, weights(q, k, 1.0 / dk, causal))) {
            return "\n  These weights divide the scores by d_k = " + dk + "; the scale is 1/sqrt(d_k) = 1/"
                    + Math.sqrt(dk) + ".";
        }
        int[] others = {v.cols(), k.rows(), q.rows()};
        String[] names = {"d_v (columns of V)", "the number of keys", "the number of queries"};
        for (int o = 0; o < others.length; o++) {
            if (others[o] != dk && matches(actual, weights(q, k, 1.0 / Math.sqrt(others[o]), causal))) {
                return "\n  These weights are scaled by 1/sqrt(" + others[o] + "), the square root of " + names[o]
                        + "; d_k is the number of columns of Q and K (" + dk + ").";
            }
        }
        if (causal) {
            double[][] full = weights(q, k, false);
            double[][] afterSoftmax = new double[full.length][];
            double[][] wrongSide = weights(q, k, 1.0 / Math.sqrt(dk), false);
            for (int i = 0; i < full.length; i++) {
                afterSoftmax[i] = full[i].clone();
                double[] logits = scores(q, k)[i];
                for (int j = 0; j < logits.length; j++) {
                    if (j > i) {
                        afterSoftmax[i][j] = 0;
                    }
                    logits[j] = j < i ? Double.NEGATIVE_INFINITY : logits[j] / Math.sqrt(dk);
                }
                wrongSide[i] = softmax(logits);
            }
            if (matches(actual, afterSoftmax)) {
                return "\n  These are the full softmax weights with the future entries set to 0 AFTER the softmax, so "
                        + "rows no longer sum to 1: mask the logits with -Infinity BEFORE the softmax.";
            }
            if (matches(actual, wrongSide)) {
                return "\n  The mask hides the wrong triangle: query i may see keys j <= i (the past), never j > i.";
            }
        }
        double[][] s = scores(q, k);
        if (!causal && s.length == s[0].length) {
            double[][] byColumn = new double[s.length][s.length];
            for (int j = 0; j < s.length; j++) {
                double[] column = new double[s.length];
                for (int i = 0; i < s.length; i++) {
                    column[i] = s[i][j] / Math.sqrt(dk);
                }
                double[] p = softmax(column);
                for (int i = 0; i < s.length; i++) {
                    byColumn[i][j] = p[i];
                }
            }
            if (matches(actual, byColumn)) {
                return "\n  The softmax was taken over each COLUMN; it must normalize each ROW (one distribution over "
                        + "the keys per query).";
            }
        }
        return "";
    }

    private static boolean matches(double[][] actual, double[][] candidate) {
        return firstDifference("", actual, candidate) == null;
    }
}
