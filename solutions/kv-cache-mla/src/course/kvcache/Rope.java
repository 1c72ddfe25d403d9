package course.kvcache;

/** Rotary position embedding (RoPE, Su et al.): rotates pairs of entries by angles proportional to the position. */
public final class Rope {

    /** The base {@code b} of the frequencies {@code theta_i = b^(-2i/d)}. */
    public static final double BASE = 10000;

    private Rope() {
    }

    /**
     * Rotates each pair {@code (x_{2i}, x_{2i+1})} by the angle {@code position * theta_i}, with
     * {@code theta_i = BASE^(-2i/d)} for {@code i = 0 .. d/2 - 1}.
     *
     * @param x        the vector, of even length {@code d}; left unchanged
     * @param position the token's position, {@code >= 0}
     * @return a new vector
     * @throws IllegalArgumentException if {@code x} is empty or of odd length, or {@code position < 0}
     */
    public static double[] rotate(double[] x, int position) {
        if (x.length == 0 || x.length % 2 != 0) {
            throw new IllegalArgumentException("RoPE rotates pairs: the length must be even and positive, got "
                    + x.length);
        }
        if (position < 0) {
            throw new IllegalArgumentException("a position cannot be negative: " + position);
        }
        int d = x.length;
        double[] out = new double[d];
        for (int i = 0; i < d / 2; i++) {
            double angle = position * Math.pow(BASE, -2.0 * i / d);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            out[2 * i] = x[2 * i] * cos - x[2 * i + 1] * sin;
            out[2 * i + 1] = x[2 * i] * sin + x[2 * i + 1] * cos;
        }
        return out;
    }

    /** Rotates each of the {@code heads} equal parts of {@code x} on its own, all by the same position. */
    static double[] rotateHeads(double[] x, int heads, int position) {
        int size = x.length / heads;
        double[][] parts = new double[heads][];
        for (int h = 0; h < heads; h++) {
            parts[h] = rotate(VectorMath.head(x, h, size), position);
        }
        return VectorMath.concat(parts);
    }
}
