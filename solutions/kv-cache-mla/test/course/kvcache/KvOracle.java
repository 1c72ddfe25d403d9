package course.kvcache;

import java.util.Arrays;

import course.linalg.Matrix;
import course.linalg.VectorOracle;

/**
 * Independent test-side attention: whole sequences computed from scratch, with switches that reproduce the usual
 * mistakes so that a test can tell which one a wrong answer matches.
 */
final class KvOracle {

    /** How RoPE and attention are computed: the correct way or one of the usual mistakes. */
    record Variant(Pairing pairing, double exponent, boolean keysAtQueryPosition, boolean ropeScale) {
        static final Variant CORRECT = new Variant(Pairing.ADJACENT, 2, false, true);

        Variant withPairing(Pairing p) {
            return new Variant(p, exponent, keysAtQueryPosition, ropeScale);
        }

        Variant withExponent(double e) {
            return new Variant(pairing, e, keysAtQueryPosition, ropeScale);
        }

        /** Every cached key rotated by the position of the query that reads it, instead of its own position. */
        Variant withKeysAtQueryPosition() {
            return new Variant(pairing, exponent, true, ropeScale);
        }

        /** MLA scores divided by sqrt(d_h) instead of sqrt(d_h + d_h^R). */
        Variant withoutRopeInScale() {
            return new Variant(pairing, exponent, keysAtQueryPosition, false);
        }
    }

    /** Which entries RoPE rotates together. */
    enum Pairing {
        /** {@code (x_{2i}, x_{2i+1})}, as Su et al. */
        ADJACENT,
        /** {@code (x_i, x_{i + d/2})}, the "rotate half" layout of some libraries. */
        HALVES,
        /** Adjacent pairs rotated the other way round. */
        CLOCKWISE,
        /** Adjacent pairs, the second entry computed from the already rotated first one (an in-place update). */
        IN_PLACE,
        /** No rotation at all. */
        NONE
    }

    private KvOracle() {
    }

    /** RoPE: pair {@code i} of {@code x} turned by {@code position / 10000^(2i/d)}. */
    static double[] rope(double[] x, int position) {
        return rope(x, position, Variant.CORRECT);
    }

    static double[] rope(double[] x, int position, Variant v) {
        int d = x.length;
        double[] out = x.clone();
        if (v.pairing() == Pairing.NONE) {
            return out;
        }
        for (int i = 0; i < d / 2; i++) {
            double angle = position / Math.pow(10000, v.exponent() * i / d);
            if (v.pairing() == Pairing.CLOCKWISE) {
                angle = -angle;
            }
            int a = v.pairing() == Pairing.HALVES ? i : 2 * i;
            int b = v.pairing() == Pairing.HALVES ? i + d / 2 : 2 * i + 1;
            out[a] = Math.cos(angle) * x[a] - Math.sin(angle) * x[b];
            out[b] = Math.sin(angle) * (v.pairing() == Pairing.IN_PLACE ? out[a] : x[a]) + Math.cos(angle) * x[b];
        }
        return out;
    }

    static double[] ropeHeads(double[] x, int heads, int position, Variant v) {
        int size = x.length / heads;
        double[] out = new double[x.length];
        for (int h = 0; h < heads; h++) {
            double[] part = rope(Arrays.copyOfRange(x, h * size, (h + 1) * size), position, v);
            System.arraycopy(part, 0, out, h * size, size);
        }
        return out;
    }

    static double[] times(double[] x, Matrix w) {
        return VectorOracle.times(x, w.toArray());
    }

    /** The rotated keys and the values MHA caches for the token {@code x} at {@code position}. */
    static MhaEntry mhaEntry(MhaWeights w, double[] x, int position) {
        return new MhaEntry(ropeHeads(times(x, w.key()), w.heads(), position, Variant.CORRECT), times(x, w.value()));
    }

    /** The latent and rotated shared key MLA caches for the token {@code x} at {@code position}. */
    static MlaEntry mlaEntry(MlaWeights w, double[] x, int position) {
        return new MlaEntry(times(x, w.downKv()), rope(times(x, w.ropeKey()), position));
    }

    /** Causal MHA with RoPE over the whole sequence: row t attends to rows 0..t. */
    static double[][] mha(MhaWeights w, double[][] x, Variant v) {
        int h = w.heads();
        int dh = w.headDim();
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double[] q = ropeHeads(times(x[t], w.query()), h, t, v);
            double[][] keys = new double[t + 1][];
            double[][] values = new double[t + 1][];
            for (int j = 0; j <= t; j++) {
                keys[j] = ropeHeads(times(x[j], w.key()), h, v.keysAtQueryPosition() ? t : j, v);
                values[j] = times(x[j], w.value());
            }
            out[t] = times(mix(q, keys, values, h, dh, dh, Math.sqrt(dh), t), w.output());
        }
        return out;
    }

    /** Causal MLA over the whole sequence, with every head's full key [k^C; k^R] and query [q^C; q^R] built. */
    static double[][] mla(MlaWeights w, double[][] x, Variant v) {
        int h = w.heads();
        int dh = w.headDim();
        int dr = w.ropeDim();
        double scale = Math.sqrt(v.ropeScale() ? dh + dr : dh);
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double[] qc = times(x[t], w.query());
            double[] qr = ropeHeads(times(x[t], w.ropeQuery()), h, t, v);
            double[] q = new double[h * (dh + dr)];
            for (int i = 0; i < h; i++) {
                System.arraycopy(qc, i * dh, q, i * (dh + dr), dh);
                System.arraycopy(qr, i * dr, q, i * (dh + dr) + dh, dr);
            }
            double[][] keys = new double[t + 1][h * (dh + dr)];
            double[][] values = new double[t + 1][];
            for (int j = 0; j <= t; j++) {
                double[] c = times(x[j], w.downKv());
                double[] kc = times(c, w.upKey());
                double[] kr = rope(times(x[j], w.ropeKey()), v.keysAtQueryPosition() ? t : j, v);
                for (int i = 0; i < h; i++) {
                    System.arraycopy(kc, i * dh, keys[j], i * (dh + dr), dh);
                    System.arraycopy(kr, 0, keys[j], i * (dh + dr) + dh, dr);
                }
                values[j] = times(c, w.upValue());
            }
            out[t] = times(mix(q, keys, values, h, dh + dr, dh, scale, t), w.output());
        }
        return out;
    }

    /** Per head: softmax of the scaled scores of query t against the allowed keys, times the values. */
    private static double[] mix(double[] q, double[][] keys, double[][] values, int heads, int keySize,
                                int valueSize, double scale, int t) {
        double[] mixed = new double[heads * valueSize];
        for (int i = 0; i < heads; i++) {
            double[] scores = new double[t + 1];
            for (int j = 0; j <= t; j++) {
                double s = 0;
                for (int d = 0; d < keySize; d++) {
                    s += q[i * keySize + d] * keys[j][i * keySize + d];
                }
                scores[j] = s / scale;
            }
            double[] p = VectorOracle.softmax(scores);
            for (int j = 0; j <= t; j++) {
                for (int d = 0; d < valueSize; d++) {
                    mixed[i * valueSize + d] += p[j] * values[j][i * valueSize + d];
                }
            }
        }
        return mixed;
    }
}
