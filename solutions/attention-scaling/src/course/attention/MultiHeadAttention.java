package course.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/** Multi-head self-attention: several attention heads on their own projections, concatenated, projected. */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    /**
     * Multi-head self-attention of the rows of {@code x}:
     * {@code concat(head_0, ..., head_{h-1}) W_o} with
     * {@code head_i = Attention(X W_q[i], X W_k[i], X W_v[i])} (scaled dot-product attention, causal if asked).
     *
     * @param x       the input, one row per token, {@code n x d_model}
     * @param weights the projections of every head and the output projection
     * @param causal  whether every head applies the causal mask
     * @return the {@code n x d_out} output
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} columns
     */
    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(weights, "weights");
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("the input is " + x.shape() + " but the projections expect d_model = "
                    + weights.modelDim() + " columns");
        }
        // Each head sees the same tokens through its own projections, so it can attend to a different pattern;
        // the output projection mixes what the heads found back into one representation.
        List<Matrix> heads = new ArrayList<>(weights.heads());
        for (int h = 0; h < weights.heads(); h++) {
            Matrix q = x.multiply(weights.queryProjections().get(h));
            Matrix k = x.multiply(weights.keyProjections().get(h));
            Matrix v = x.multiply(weights.valueProjections().get(h));
            heads.add(Attention.scaledDotProductAttention(q, k, v, causal).output());
        }
        return Matrix.concatColumns(heads).multiply(weights.outputProjection());
    }
}
