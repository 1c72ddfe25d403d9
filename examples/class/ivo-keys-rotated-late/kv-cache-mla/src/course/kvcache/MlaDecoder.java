package course.kvcache;

import course.linalg.Matrix;

/** Ivo's MLA decoder: expands keys and values from the cached latents at every step. */
public final class MlaDecoder {

    private final MlaWeights weights;
    private final KvCache<MlaEntry> cache = new KvCache<>();

    public MlaDecoder(MlaWeights weights) {
        this.weights = weights;
    }

    public KvCache<MlaEntry> cache() {
        return cache;
    }

    public double[] step(double[] x) {
        if (x.length != weights.modelDim()) {
            throw new IllegalArgumentException("wrong token size");
        }
        int t = cache.size();
        cache.append(new MlaEntry(weights.downKv().leftMultiply(x), Rope.rotate(weights.ropeKey().leftMultiply(x), t)));
        return output(weights, x, t, cache);
    }

    public static Matrix recompute(MlaWeights weights, Matrix x) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("wrong token size");
        }
        MlaDecoder d = new MlaDecoder(weights);
        double[][] rows = new double[x.rows()][];
        for (int t = 0; t < x.rows(); t++) {
            d.cache.append(new MlaEntry(weights.downKv().leftMultiply(x.row(t)),
                    Rope.rotate(weights.ropeKey().leftMultiply(x.row(t)), t)));
        }
        for (int t = 0; t < x.rows(); t++) {
            KvCache<MlaEntry> prefix = new KvCache<>();
            for (int j = 0; j <= t; j++) {
                prefix.append(d.cache.get(j));
            }
            rows[t] = output(weights, x.row(t), t, prefix);
        }
        return Matrix.of(rows);
    }

    private static double[] output(MlaWeights w, double[] x, int t, KvCache<MlaEntry> kv) {
        int heads = w.heads();
        int dh = w.headDim();
        int dr = w.ropeDim();
        double[] qc = w.query().leftMultiply(x);
        double[] qr = w.ropeQuery().leftMultiply(x);
        double[] o = new double[heads * dh];
        for (int h = 0; h < heads; h++) {
            double[] q = VectorMath.concat(VectorMath.head(qc, h, dh), Rope.rotate(VectorMath.head(qr, h, dr), t));
            double[] s = new double[kv.size()];
            for (int j = 0; j < s.length; j++) {
                double[] kc = VectorMath.head(w.upKey().leftMultiply(kv.get(j).latent()), h, dh);
                s[j] = VectorMath.dot(q, VectorMath.concat(kc, kv.get(j).ropeKey())) / Math.sqrt(dh + dr);
            }
            double[] p = VectorMath.softmax(s);
            for (int j = 0; j < s.length; j++) {
                double[] v = VectorMath.head(w.upValue().leftMultiply(kv.get(j).latent()), h, dh);
                for (int k = 0; k < dh; k++) {
                    o[h * dh + k] += p[j] * v[k];
                }
            }
        }
        return w.output().leftMultiply(o);
    }
}
