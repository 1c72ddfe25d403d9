package course.attention;

import course.linalg.Matrix;

/**
 * Softmax, its Jacobian, and scaled dot-product attention {@code softmax(Q K^T / sqrt(d_k)) V}, optionally with
 * a causal mask.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class Attention {

    private Attention() {
    }

    /**
     * Turns a vector of logits into a probability distribution, {@code p_i = exp(x_i) / sum_j exp(x_j)}, without
     * overflowing or underflowing for logits of any size.
     *
     * <p>Computed literally, {@code exp(1000)} is {@code Infinity} and the result is {@code NaN}. Use
     * {@code softmax(x) = softmax(x - c)} with {@code c = max(x)}: every exponent is then at most 0.
     *
     * <p>An entry may be {@link Double#NEGATIVE_INFINITY}: a masked position, whose probability is exactly 0.
     *
     * @param logits the logits; at least one, none NaN or {@code +Infinity}, at least one finite; left unchanged
     * @return a new array of the same length, entries in {@code [0, 1]} summing to 1
     * @throws IllegalArgumentException if the array is empty, holds NaN or {@code +Infinity}, or is all
     *                                  {@code -Infinity}
     */
    public static double[] softmax(double[] logits) {
        throw new UnsupportedOperationException("TODO softmax: subtract the max, exponentiate, normalize");
    }

    /**
     * Returns the Jacobian of softmax at {@code logits}: entry {@code [i][j]} is
     * {@code d p_i / d x_j = p_i (delta_ij - p_j)} with {@code p = softmax(logits)}
     * ({@code delta_ij} is 1 if {@code i == j}, else 0).
     *
     * @param logits the logits, as for {@link #softmax(double[])}
     * @return a new {@code n x n} array
     * @throws IllegalArgumentException as {@link #softmax(double[])} does
     */
    public static double[][] softmaxJacobian(double[] logits) {
        throw new UnsupportedOperationException("TODO softmaxJacobian: p_i (delta_ij - p_j)");
    }

    /**
     * Scaled dot-product attention: {@code weights = softmax(Q K^T / sqrt(d_k))} row by row (one distribution
     * over the keys per query), and {@code output = weights V}. {@code d_k} is the number of columns of Q and K.
     *
     * <p>With {@code causal}, query {@code i} may only attend to keys {@code j <= i} (itself and the past):
     * {@code weights[i][j]} must be exactly 0 for {@code j > i}, and each row must still sum to 1, so mask the
     * logits before the softmax.
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
        throw new UnsupportedOperationException("TODO scaledDotProductAttention");
    }
}
