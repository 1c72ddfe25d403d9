package course.attention;

import course.linalg.Matrix;

/**
 * Multi-head self-attention: several attention heads on their own projections, concatenated, projected.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    /**
     * Multi-head self-attention of the rows of {@code x}:
     * {@code concat(head_0, ..., head_{h-1}) W_o} with
     * {@code head_i = Attention(X W_q[i], X W_k[i], X W_v[i])} (scaled dot-product attention, causal if asked).
     *
     * <p>Head {@code i} uses the {@code i}-th matrix of each projection list and nothing of the other heads; the
     * heads' outputs go side by side in head order ({@link Matrix#concatColumns}) before {@code W_o}.
     *
     * @param x       the input, one row per token, {@code n x d_model}
     * @param weights the projections of every head and the output projection
     * @param causal  whether every head applies the causal mask
     * @return the {@code n x d_out} output
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} columns
     */
    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        throw new UnsupportedOperationException("TODO multi-head attention");
    }
}
