package course.kvcache;

import course.linalg.Matrix;

/** Ada's MHA decoder: one attention routine used by both the cached and the full path. */
public final class MhaDecoder {

    private final MhaWeights w;
    private final KvCache<MhaEntry> cache = new KvCache<>();

    public MhaDecoder(MhaWeights weights) {
        this.w = weights;
    }

    public KvCache<MhaEntry> cache() {
        return cache;
    }

    public double[] step(double[] x) {
        if (x.length != w.modelDim()) {
            throw new IllegalArgumentException("token size " + x.length);
        }
        int pos = cache.size();
        cache.append(new MhaEntry(rotatePerHead(w, w.key().leftMultiply(x), pos), w.value().leftMultiply(x)));
        return attend(w, rotatePerHead(w, w.query().leftMultiply(x), pos), cache);
    }

    public static Matrix recompute(MhaWeights weights, Matrix x) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("token size " + x.cols());
        }
        double[][] rows = new double[x.rows()][];
        for (int t = 0; t < x.rows(); t++) {
            KvCache<MhaEntry> prefix = new KvCache<>();
            for (int j = 0; j <= t; j++) {
                double[] xj = x.row(j);
                prefix.append(new MhaEntry(rotatePerHead(weights, weights.key().leftMultiply(xj), j),
                        weights.value().leftMultiply(xj)));
            }
            rows[t] = attend(weights, rotatePerHead(weights, weights.query().leftMultiply(x.row(t)), t), prefix);
        }
        return Matrix.of(rows);
    }

    private static double[] rotatePerHead(MhaWeights w, double[] v, int pos) {
        double[] out = new double[v.length];
        int dh = w.headDim();
        for (int h = 0; h < w.heads(); h++) {
            System.arraycopy(Rope.rotate(VectorMath.head(v, h, dh), pos), 0, out, h * dh, dh);
        }
        return out;
    }

    private static double[] attend(MhaWeights w, double[] q, KvCache<MhaEntry> kv) {
        int dh = w.headDim();
        double[] concat = new double[w.heads() * dh];
        for (int h = 0; h < w.heads(); h++) {
            double[] qh = VectorMath.head(q, h, dh);
            double[] logits = new double[kv.size()];
            for (int j = 0; j < kv.size(); j++) {
                logits[j] = VectorMath.dot(qh, VectorMath.head(kv.get(j).key(), h, dh)) / Math.sqrt(dh);
            }
            double[] p = VectorMath.softmax(logits);
            for (int j = 0; j < kv.size(); j++) {
                double[] v = kv.get(j).value();
                for (int d = 0; d < dh; d++) {
                    concat[h * dh + d] += p[j] * v[h * dh + d];
                }
            }
        }
        return w.output().leftMultiply(concat);
    }
}
