package course.attention;

import java.util.Arrays;

import course.linalg.Matrix;

/** Dana's attention: Matrix operations for the scores, streams for the softmax. */
public final class Attention {

    private Attention() {
    }

    public static double[] softmax(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("softmax: no logits");
        }
        if (Arrays.stream(logits).anyMatch(x -> Double.isNaN(x) || x == Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("softmax: NaN or +Infinity in " + Arrays.toString(logits));
        }
        double max = Arrays.stream(logits).max().getAsDouble();
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("softmax: every position is masked");
        }
        double[] shifted = Arrays.stream(logits).map(x -> Math.exp(x - max)).toArray();
        double z = Arrays.stream(shifted).sum();
        return Arrays.stream(shifted).map(e -> e / z).toArray();
    }

    public static double[][] softmaxJacobian(double[] logits) {
        double[] p = softmax(logits);
        double[][] jac = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            double pi = p[i];
            int row = i;
            jac[i] = new double[p.length];
            Arrays.setAll(jac[i], j -> pi * ((row == j ? 1.0 : 0.0) - p[j]));
        }
        return jac;
    }

    public static AttentionResult scaledDotProductAttention(Matrix q, Matrix k, Matrix v, boolean causal) {
        if (q.cols() != k.cols()) {
            throw new IllegalArgumentException("Q (" + q.shape() + ") and K (" + k.shape() + ") need equal d_k");
        }
        if (k.rows() != v.rows()) {
            throw new IllegalArgumentException("K (" + k.shape() + ") and V (" + v.shape() + ") need equal rows");
        }
        if (causal && q.rows() != k.rows()) {
            throw new IllegalArgumentException("causal attention needs a square score matrix");
        }
        double[][] logits = q.multiply(k.transpose()).scale(1 / Math.sqrt(k.cols())).toArray();
        double[][] weights = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            if (causal) {
                Arrays.fill(logits[i], i + 1, logits[i].length, Double.NEGATIVE_INFINITY);
            }
            weights[i] = softmax(logits[i]);
        }
        Matrix w = Matrix.of(weights);
        return new AttentionResult(w, w.multiply(v));
    }
}
