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
        throw new UnsupportedOperationException("TODO rotate: turn each adjacent pair by position * theta_i");
    }
}
