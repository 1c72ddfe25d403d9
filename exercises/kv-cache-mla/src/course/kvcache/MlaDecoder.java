package course.kvcache;

import course.linalg.Matrix;

/**
 * Causal multi-head latent attention (DeepSeek-V2) with decoupled RoPE, decoded one token at a time with a cache
 * of latents and RoPE keys, and the same layer recomputed from scratch over a whole sequence.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here. You may add fields and
 * private methods.
 */
public final class MlaDecoder {

    /** A decoder with an empty cache. */
    public MlaDecoder(MlaWeights weights) {
        throw new UnsupportedOperationException("TODO MlaDecoder: keep the weights and an empty KvCache");
    }

    /** Returns the cache: one entry per token decoded so far, entry {@code t} for position {@code t}. */
    public KvCache<MlaEntry> cache() {
        throw new UnsupportedOperationException("TODO cache");
    }

    /**
     * Decodes the next token, at position {@code t = cache().size()}: caches its latent {@code c = x W^DKV} and its
     * RoPE key {@code RoPE(x W^KR, t)}, then lets its queries attend to every cached token (itself included),
     * expanding keys and values from the cached latents.
     *
     * @param x the token's vector, {@code d_model} numbers
     * @return the layer's output for this token, {@code d_out} numbers
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} entries
     */
    public double[] step(double[] x) {
        throw new UnsupportedOperationException("TODO step: cache the latent and the RoPE key, then attend");
    }

    /**
     * Computes the layer for every token of a sequence without any cache: row {@code t} is the output of token
     * {@code t} attending to tokens {@code 0..t}.
     *
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} columns
     */
    public static Matrix recompute(MlaWeights weights, Matrix x) {
        throw new UnsupportedOperationException("TODO recompute: causal MLA over the whole sequence");
    }
}
