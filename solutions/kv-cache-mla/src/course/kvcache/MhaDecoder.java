package course.kvcache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/**
 * Causal multi-head self-attention with RoPE, decoded one token at a time with a KV cache, and the same layer
 * recomputed from scratch over a whole sequence.
 */
public final class MhaDecoder {

    private final MhaWeights weights;
    private final KvCache<MhaEntry> cache = new KvCache<>();

    /** A decoder with an empty cache. */
    public MhaDecoder(MhaWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Returns the cache: one entry per token decoded so far, entry {@code t} for position {@code t}. */
    public KvCache<MhaEntry> cache() {
        return cache;
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
        checkToken(weights, x);
        int t = cache.size();
        double[] q = Rope.rotateHeads(weights.query().leftMultiply(x), weights.heads(), t);
        double[] k = Rope.rotateHeads(weights.key().leftMultiply(x), weights.heads(), t);
        cache.append(new MhaEntry(k, weights.value().leftMultiply(x)));
        List<double[]> keys = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (MhaEntry e : cache.entries()) {
            keys.add(e.key());
            values.add(e.value());
        }
        return attend(weights, q, keys, values);
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
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("tokens have " + x.cols() + " entries, the layer expects "
                    + weights.modelDim());
        }
        List<double[]> keys = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        double[][] out = new double[x.rows()][];
        for (int t = 0; t < x.rows(); t++) {
            keys.add(Rope.rotateHeads(weights.key().leftMultiply(x.row(t)), weights.heads(), t));
            values.add(weights.value().leftMultiply(x.row(t)));
        }
        for (int t = 0; t < x.rows(); t++) {
            double[] q = Rope.rotateHeads(weights.query().leftMultiply(x.row(t)), weights.heads(), t);
            out[t] = attend(weights, q, keys.subList(0, t + 1), values.subList(0, t + 1));
        }
        return Matrix.of(out);
    }

    private static double[] attend(MhaWeights w, double[] q, List<double[]> keys, List<double[]> values) {
        int dh = w.headDim();
        double[][] heads = new double[w.heads()][];
        for (int h = 0; h < w.heads(); h++) {
            double[] qh = VectorMath.head(q, h, dh);
            double[] scores = new double[keys.size()];
            for (int j = 0; j < scores.length; j++) {
                scores[j] = VectorMath.dot(qh, VectorMath.head(keys.get(j), h, dh)) / Math.sqrt(dh);
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

    private static void checkToken(MhaWeights weights, double[] x) {
        if (x.length != weights.modelDim()) {
            throw new IllegalArgumentException("a token has " + weights.modelDim() + " entries, got " + x.length);
        }
    }
}
