package course.attention;

import course.linalg.Matrix;

/** Chen's attention. */
public final class Attention {

    private Attention() {
    }

    public static double[] softmax(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("empty logits");
        }
        boolean anyFinite = false;
        for (double x : logits) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("invalid logit " + x);
            }
            anyFinite |= Double.isFinite(x);
        }
        if (!anyFinite) {
            throw new IllegalArgumentException("all logits masked");
        }
        // straight from the formula in the slides
        double total = 0;
        double[] e = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i]);
            total += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] = e[i] / total;
        }
        return e;
    }

    public static double[][] softmaxJacobian(double[] logits) {
        double[] p = softmax(logits);
        double[][] jac = new double[p.length][p.length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (i == j) {
                    jac[i][j] = p[i] * (1 - p[i]);
                } else {
                    jac[i][j] = -p[i] * p[j];
                }
            }
        }
        return jac;
    }

    public static AttentionResult scaledDotProductAttention(Matrix q, Matrix k, Matrix v, boolean causal) {
        if (q.cols() != k.cols() || k.rows() != v.rows()) {
            throw new IllegalArgumentException("shape mismatch: Q " + q.shape() + ", K " + k.shape() + ", V "
                    + v.shape());
        }
        if (causal && q.rows() != k.rows()) {
            throw new IllegalArgumentException("causal needs a square score matrix");
        }
        Matrix scores = q.multiply(k.transpose());
        double[][] w = new double[q.rows()][];
        for (int i = 0; i < q.rows(); i++) {
            double[] row = scores.row(i);
            if (causal) {
                for (int j = i + 1; j < row.length; j++) {
                    row[j] = Double.NEGATIVE_INFINITY;
                }
            }
            w[i] = softmax(row);
        }
        Matrix weights = Matrix.of(w);
        return new AttentionResult(weights, weights.multiply(v));
    }
}
