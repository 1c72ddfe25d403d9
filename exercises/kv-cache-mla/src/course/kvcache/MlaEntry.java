package course.kvcache;

import java.util.Arrays;

/**
 * One token's entry in a multi-head latent attention cache: the compressed latent and the shared RoPE key.
 *
 * @param latent  {@code c^KV = x W^DKV}, {@code d_c} numbers
 * @param ropeKey {@code k^R = RoPE(x W^KR)}, {@code d_h^R} numbers, shared by all heads
 */
public record MlaEntry(double[] latent, double[] ropeKey) implements CacheEntry {

    /** Copies the arrays, so that an entry never changes once cached. */
    public MlaEntry {
        latent = latent.clone();
        ropeKey = ropeKey.clone();
    }

    @Override
    public double[] latent() {
        return latent.clone();
    }

    @Override
    public double[] ropeKey() {
        return ropeKey.clone();
    }

    @Override
    public int floats() {
        return latent.length + ropeKey.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlaEntry e && Arrays.equals(latent, e.latent) && Arrays.equals(ropeKey, e.ropeKey);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(latent) + Arrays.hashCode(ropeKey);
    }

    @Override
    public String toString() {
        return "MlaEntry[latent=" + Arrays.toString(latent) + ", ropeKey=" + Arrays.toString(ropeKey) + "]";
    }
}
