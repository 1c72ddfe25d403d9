package course.attention;

import java.util.Objects;

import course.linalg.Matrix;

/**
 * Softmax, its Jacobian, and scaled dot-product attention {@code softmax(Q K^T / sqrt(d_k)) V}, optionally with
 * a causal mask.
 */
public final class Attention {

    private Attention() {
    }

    /**
     * Turns a vector of logits into a probability distribution, {@code p_i = exp(x_i) / sum_j exp(x_j)}, without
     * overflowing or underflowing for logits of any size.
     *
     * <p>An entry may be {@link Double#NEGATIVE_INFINITY}: a masked position, whose probability is exactly 0.
     *
     * @param logits the logits; at least one, none NaN or {@code +Infinity}, at least one finite; left unchanged
     * @return a new array of the same length, entries in {@code [0, 1]} summing to 1
     * @throws IllegalArgumentException if the array is empty, holds NaN or {@code +Infinity}, or is all
     *                                  {@code -Infinity}
     */
    public static double[] softmax(double[] logits) {
        Objects.requireNonNull(logits, "logits");
        if (logits.length == 0) {
            throw new IllegalArgumentException("softmax of an empty vector is undefined");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            double x = logits[i];
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("logit " + i + " is " + x + "; logits must be finite or -Infinity");
            }
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("every logit is -Infinity (everything masked): no distribution");
        }
        // softmax(x) = softmax(x - c) for any c. With c = max every exponent is <= 0, so nothing overflows, and
        // the largest term is exp(0) = 1, so the sum is at least 1 and never underflows to 0.
        double[] p = new double[logits.length];
        double sum = 0.0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - max); // exp(-Infinity) = 0: masked positions drop out exactly
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Returns the Jacobian of softmax at {@code logits}: entry {@code [i][j]} is
     * {@code d p_i / d x_j = p_i (delta_ij - p_j)} with {@code p = softmax(logits)}.
     *
     * @param logits the logits, as for {@link #softmax(double[])}
     * @return a new {@code n x n} array
     * @throws IllegalArgumentException as {@link #softmax(double[])} does
     */
    public static double[][] softmaxJacobian(double[] logits) {
        double[] p = softmax(logits);
        int n = p.length;
        double[][] jacobian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Diagonal p_i(1 - p_i) <= 1/4; off-diagonal -p_i p_j. Both vanish when p is one-hot, which is
                // why saturated (unscaled) attention barely learns.
                jacobian[i][j] = (i == j ? p[i] : 0.0) - p[i] * p[j];
            }
        }
        return jacobian;
    }

    /**
     * Scaled dot-product attention: {@code weights = softmax(Q K^T / sqrt(d_k))} row by row, and
     * {@code output = weights V}.
     *
     * <p>With {@code causal}, query {@code i} may only attend to keys {@code j <= i} (itself and the past):
     * {@code weights[i][j]} is exactly 0 for {@code j > i}, and each row still sums to 1.
     *
     * @param q      the queries, {@code n x d_k}
     * @param k      the keys, {@code m x d_k}
     * @param v      the values, {@code m x d_v}
     * @param causal whether to apply the causal mask (needs {@code n == m})
     * @return the {@code n x m} weights and the {@code n x d_v} output
     * @throws IllegalArgumentException if Q and K differ in columns, K and V differ in rows, or {@code causal}
     *                                  is set and {@code n != m}
     */
    public static AttentionResult scaledDotProductAttention(Matrix q, Matrix k, Matrix v, boolean causal) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(k, "k");
        Objects.requireNonNull(v, "v");
        if (q.cols() != k.cols()) {
            throw new IllegalArgumentException("Q is " + q.shape() + " and K is " + k.shape()
                    + ": queries and keys need the same dimension d_k");
        }
        if (k.rows() != v.rows()) {
            throw new IllegalArgumentException("K is " + k.shape() + " and V is " + v.shape()
                    + ": every key needs exactly one value row");
        }
        if (causal && q.rows() != k.rows()) {
            throw new IllegalArgumentException("a causal mask needs as many queries as keys, got " + q.rows()
                    + " queries and " + k.rows() + " keys");
        }
        // For q, k with independent unit-variance components q.k has variance d_k; dividing by sqrt(d_k) brings
        // it back to 1 so the softmax stays in its sensitive range whatever the head size.
        double scale = 1.0 / Math.sqrt(q.cols());
        double[][] scores = q.multiply(k.transpose()).toArray();
        double[][] weights = new double[q.rows()][];
        for (int i = 0; i < scores.length; i++) {
            double[] logits = scores[i];
            for (int j = 0; j < logits.length; j++) {
                // Mask before the softmax, so the remaining weights are renormalized over the allowed keys.
                logits[j] = causal && j > i ? Double.NEGATIVE_INFINITY : logits[j] * scale;
            }
            weights[i] = softmax(logits);
        }
        Matrix w = Matrix.of(weights);
        return new AttentionResult(w, w.multiply(v));
    }
}
