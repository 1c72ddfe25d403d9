package course.kvcache;

import course.linalg.Matrix;

/**
 * Causal multi-head self-attention with RoPE, decoded one token at a time with a KV cache, and the same layer
 * recomputed from scratch over a whole sequence.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here. You may add fields and
 * private methods.
 */
public final class MhaDecoder {

    /** A decoder with an empty cache. */
    public MhaDecoder(MhaWeights weights) {
        throw new UnsupportedOperationException("TODO MhaDecoder: keep the weights and an empty KvCache");
    }

    /** Returns the cache: one entry per token decoded so far, entry {@code t} for position {@code t}. */
    public KvCache<MhaEntry> cache() {
        throw new UnsupportedOperationException("TODO cache");
    }

    /**
     * Decodes the next token: the token at position {@code t = cache().size()}. Appends its rotated keys and its
     * values to the cache, then lets its query attend to every cached token (itself included).
     *
     * @param x the token's vector, {@code d_model} numbers
     * @return the layer's output for this token, {@code d_out} numbers
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} entries
     */
    public double[] step(double[] x) {
        throw new UnsupportedOperationException("TODO step: cache this token's keys and values, then attend");
    }

    /**
     * Computes the layer for every token of a sequence without any cache: row {@code t} is the output of token
     * {@code t} attending to tokens {@code 0..t}.
     *
     * @param weights the layer
     * @param x       the tokens, one per row, {@code T x d_model}
     * @return the outputs, {@code T x d_out}
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} columns
     */
    public static Matrix recompute(MhaWeights weights, Matrix x) {
        throw new UnsupportedOperationException("TODO recompute: causal attention over the whole sequence");
    }
}
