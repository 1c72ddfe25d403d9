package course.kvcache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/**
 * Causal multi-head latent attention (DeepSeek-V2) with decoupled RoPE, decoded one token at a time with a cache
 * of latents and RoPE keys, and the same layer recomputed from scratch over a whole sequence.
 */
public final class MlaDecoder {

    private final MlaWeights weights;
    private final KvCache<MlaEntry> cache = new KvCache<>();

    /** A decoder with an empty cache. */
    public MlaDecoder(MlaWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Returns the cache: one entry per token decoded so far, entry {@code t} for position {@code t}. */
    public KvCache<MlaEntry> cache() {
        return cache;
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
        if (x.length != weights.modelDim()) {
            throw new IllegalArgumentException("a token has " + weights.modelDim() + " entries, got " + x.length);
        }
        int t = cache.size();
        cache.append(entry(weights, x, t));
        return attend(weights, x, t, cache.entries());
    }

    /**
     * Computes the layer for every token of a sequence without any cache: row {@code t} is the output of token
     * {@code t} attending to tokens {@code 0..t}.
     *
     * @throws IllegalArgumentException if {@code x} does not have {@code d_model} columns
     */
    public static Matrix recompute(MlaWeights weights, Matrix x) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("tokens have " + x.cols() + " entries, the layer expects "
                    + weights.modelDim());
        }
        List<MlaEntry> entries = new ArrayList<>();
        for (int t = 0; t < x.rows(); t++) {
            entries.add(entry(weights, x.row(t), t));
        }
        double[][] out = new double[x.rows()][];
        for (int t = 0; t < x.rows(); t++) {
            out[t] = attend(weights, x.row(t), t, entries.subList(0, t + 1));
        }
        return Matrix.of(out);
    }

    private static MlaEntry entry(MlaWeights w, double[] x, int position) {
        return new MlaEntry(w.downKv().leftMultiply(x), Rope.rotate(w.ropeKey().leftMultiply(x), position));
    }

    private static double[] attend(MlaWeights w, double[] x, int t, List<MlaEntry> past) {
        int dh = w.headDim();
        int dr = w.ropeDim();
        double scale = Math.sqrt(dh + dr);
        double[] qc = w.query().leftMultiply(x);
        double[] qr = Rope.rotateHeads(w.ropeQuery().leftMultiply(x), w.heads(), t);
        List<double[]> keys = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (MlaEntry e : past) {
            keys.add(w.upKey().leftMultiply(e.latent()));
            values.add(w.upValue().leftMultiply(e.latent()));
        }
        double[][] heads = new double[w.heads()][];
        for (int h = 0; h < w.heads(); h++) {
            double[] scores = new double[past.size()];
            for (int j = 0; j < scores.length; j++) {
                scores[j] = (VectorMath.dot(VectorMath.head(qc, h, dh), VectorMath.head(keys.get(j), h, dh))
                        + VectorMath.dot(VectorMath.head(qr, h, dr), past.get(j).ropeKey())) / scale;
            }
            double[] p = VectorMath.softmax(scores);
            heads[h] = new double[dh];
            for (int j = 0; j < p.length; j++) {
                double[] vh = VectorMath.head(values.get(j), h, dh);
                for (int d = 0; d < dh; d++) {
                    heads[h][d] += p[j] * vh[d];
                }
            }
        }
        return w.output().leftMultiply(VectorMath.concat(heads));
    }
}
