package course.kvcache;

import course.linalg.Matrix;

/**
 * Ada's MLA decoder with the absorption trick: the content score q^C . (c W^UK) is computed as (q^C W^UK^T) . c
 * and the value mix as (sum p_j c_j) W^UV, so keys and values are never expanded.
 */
public final class MlaDecoder {

    private final MlaWeights w;
    private final KvCache<MlaEntry> cache = new KvCache<>();

    public MlaDecoder(MlaWeights weights) {
        this.w = weights;
    }

    public KvCache<MlaEntry> cache() {
        return cache;
    }

    public double[] step(double[] x) {
        if (x.length != w.modelDim()) {
            throw new IllegalArgumentException("token size " + x.length);
        }
        int t = cache.size();
        cache.append(new MlaEntry(w.downKv().leftMultiply(x), Rope.rotate(w.ropeKey().leftMultiply(x), t)));
        return attend(w, x, t, cache);
    }

    public static Matrix recompute(MlaWeights weights, Matrix x) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("token size " + x.cols());
        }
        double[][] rows = new double[x.rows()][];
        KvCache<MlaEntry> all = new KvCache<>();
        for (int t = 0; t < x.rows(); t++) {
            all.append(new MlaEntry(weights.downKv().leftMultiply(x.row(t)),
                    Rope.rotate(weights.ropeKey().leftMultiply(x.row(t)), t)));
        }
        for (int t = 0; t < x.rows(); t++) {
            KvCache<MlaEntry> prefix = new KvCache<>();
            for (int j = 0; j <= t; j++) {
                prefix.append(all.get(j));
            }
            rows[t] = attend(weights, x.row(t), t, prefix);
        }
        return Matrix.of(rows);
    }

    private static double[] attend(MlaWeights w, double[] x, int t, KvCache<MlaEntry> kv) {
        int dh = w.headDim();
        int dr = w.ropeDim();
        double[] qc = w.query().leftMultiply(x);
        double[] qrAll = w.ropeQuery().leftMultiply(x);
        double[] concat = new double[w.heads() * dh];
        for (int h = 0; h < w.heads(); h++) {
            double[] qLatent = w.upKey().columns(h * dh, (h + 1) * dh).transpose().leftMultiply(VectorMath.head(qc, h,
                    dh));
            double[] qr = Rope.rotate(VectorMath.head(qrAll, h, dr), t);
            double[] logits = new double[kv.size()];
            for (int j = 0; j < kv.size(); j++) {
                logits[j] = (VectorMath.dot(qLatent, kv.get(j).latent()) + VectorMath.dot(qr, kv.get(j).ropeKey()))
                        / Math.sqrt(dh + dr);
            }
            double[] p = VectorMath.softmax(logits);
            double[] mixedLatent = new double[w.latentDim()];
            for (int j = 0; j < kv.size(); j++) {
                double[] c = kv.get(j).latent();
                for (int k = 0; k < c.length; k++) {
                    mixedLatent[k] += p[j] * c[k];
                }
            }
            double[] v = w.upValue().columns(h * dh, (h + 1) * dh).leftMultiply(mixedLatent);
            System.arraycopy(v, 0, concat, h * dh, dh);
        }
        return w.output().leftMultiply(concat);
    }
}
