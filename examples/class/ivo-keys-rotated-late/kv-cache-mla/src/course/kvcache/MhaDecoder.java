package course.kvcache;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/** Ivo's MHA decoder: caches plain keys and applies RoPE when a query reads them. */
public final class MhaDecoder {

    private final MhaWeights weights;
    private final KvCache<MhaEntry> cache = new KvCache<>();

    public MhaDecoder(MhaWeights weights) {
        this.weights = weights;
    }

    public KvCache<MhaEntry> cache() {
        return cache;
    }

    public double[] step(double[] x) {
        if (x.length != weights.modelDim()) {
            throw new IllegalArgumentException("wrong token size");
        }
        cache.append(new MhaEntry(weights.key().leftMultiply(x), weights.value().leftMultiply(x)));
        int now = cache.size() - 1;
        int dh = weights.headDim();
        double[] q = weights.query().leftMultiply(x);
        List<double[]> outs = new ArrayList<>();
        for (int h = 0; h < weights.heads(); h++) {
            double[] qh = Rope.rotate(VectorMath.head(q, h, dh), now);
            double[] s = new double[cache.size()];
            for (int j = 0; j < s.length; j++) {
                // the key is rotated here, with the position of the token being decoded
                double[] kh = Rope.rotate(VectorMath.head(cache.get(j).key(), h, dh), now);
                s[j] = VectorMath.dot(qh, kh) / Math.sqrt(dh);
            }
            double[] p = VectorMath.softmax(s);
            double[] o = new double[dh];
            for (int j = 0; j < s.length; j++) {
                double[] vh = VectorMath.head(cache.get(j).value(), h, dh);
                for (int d = 0; d < dh; d++) {
                    o[d] += p[j] * vh[d];
                }
            }
            outs.add(o);
        }
        return weights.output().leftMultiply(VectorMath.concat(outs.toArray(double[][]::new)));
    }

    public static Matrix recompute(MhaWeights weights, Matrix x) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("wrong token size");
        }
        double[][] out = new double[x.rows()][];
        for (int t = 0; t < x.rows(); t++) {
            int dh = weights.headDim();
            double[] q = weights.query().leftMultiply(x.row(t));
            List<double[]> outs = new ArrayList<>();
            for (int h = 0; h < weights.heads(); h++) {
                double[] qh = Rope.rotate(VectorMath.head(q, h, dh), t);
                double[] s = new double[t + 1];
                for (int j = 0; j <= t; j++) {
                    double[] kh = Rope.rotate(VectorMath.head(weights.key().leftMultiply(x.row(j)), h, dh), j);
                    s[j] = VectorMath.dot(qh, kh) / Math.sqrt(dh);
                }
                double[] p = VectorMath.softmax(s);
                double[] o = new double[dh];
                for (int j = 0; j <= t; j++) {
                    double[] vh = VectorMath.head(weights.value().leftMultiply(x.row(j)), h, dh);
                    for (int d = 0; d < dh; d++) {
                        o[d] += p[j] * vh[d];
                    }
                }
                outs.add(o);
            }
            out[t] = weights.output().leftMultiply(VectorMath.concat(outs.toArray(double[][]::new)));
        }
        return Matrix.of(out);
    }
}
