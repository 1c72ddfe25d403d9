package course.attention;

import course.linalg.Matrix;

/** Softmax and scaled dot-product attention (Ada's version: log-sum-exp, prefix softmax for the mask). */
public final class Attention {

    private Attention() {
    }

    /** Stable softmax through the log-sum-exp: p_i = exp(x_i - logsumexp(x)). */
    public static double[] softmax(double[] logits) {
        if (logits == null || logits.length == 0) {
            throw new IllegalArgumentException("need at least one logit");
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("bad logit " + x);
            }
            if (x > top) {
                top = x;
            }
        }
        if (top == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("all logits are masked");
        }
        double acc = 0;
        for (double x : logits) {
            acc += Math.exp(x - top);
        }
        double logSumExp = top + Math.log(acc);
        double[] out = new double[logits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logits[i] - logSumExp);
        }
        return out;
    }

    /** J = diag(p) - p p^T. */
    public static double[][] softmaxJacobian(double[] logits) {
        double[] p = softmax(logits);
        double[][] j = new double[p.length][p.length];
        for (int r = 0; r < p.length; r++) {
            for (int c = 0; c < p.length; c++) {
                j[r][c] = -p[r] * p[c];
            }
            j[r][r] += p[r];
        }
        return j;
    }

    /** softmax(Q K^T / sqrt(d_k)) V; the causal rows are a softmax over the visible prefix, padded with zeros. */
    public static AttentionResult scaledDotProductAttention(Matrix q, Matrix k, Matrix v, boolean causal) {
        int n = q.rows();
        int m = k.rows();
        int dk = q.cols();
        if (k.cols() != dk) {
            throw new IllegalArgumentException("d_k mismatch: Q has " + dk + " columns, K has " + k.cols());
        }
        if (v.rows() != m) {
            throw new IllegalArgumentException("K has " + m + " rows but V has " + v.rows());
        }
        if (causal && n != m) {
            throw new IllegalArgumentException("causal attention needs n == m");
        }
        double[][] qs = q.scale(1.0 / Math.sqrt(dk)).toArray();
        double[][] ks = k.toArray();
        double[][] w = new double[n][m];
        double[][] out = new double[n][v.cols()];
        for (int i = 0; i < n; i++) {
            int visible = causal ? i + 1 : m;
            double[] logits = new double[visible];
            for (int j = 0; j < visible; j++) {
                for (int c = 0; c < dk; c++) {
                    logits[j] += qs[i][c] * ks[j][c];
                }
            }
            double[] p = softmax(logits);
            System.arraycopy(p, 0, w[i], 0, visible);
            for (int j = 0; j < visible; j++) {
                for (int c = 0; c < v.cols(); c++) {
                    out[i][c] += p[j] * v.get(j, c);
                }
            }
        }
        return new AttentionResult(Matrix.of(w), Matrix.of(out));
    }
}
