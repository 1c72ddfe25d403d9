package course.kvcache;

import java.util.Arrays;

/**
 * One token's entry in a multi-head attention cache: its keys (after RoPE) and values, the heads side by side.
 *
 * @param key   {@code [k_1; ...; k_{n_h}]}, {@code n_h * d_h} numbers, each head's key already rotated by RoPE
 * @param value {@code [v_1; ...; v_{n_h}]}, {@code n_h * d_h} numbers
 */
public record MhaEntry(double[] key, double[] value) implements CacheEntry {

    /** Copies the arrays, so that an entry never changes once cached. */
    public MhaEntry {
        key = key.clone();
        value = value.clone();
    }

    @Override
    public double[] key() {
        return key.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    @Override
    public int floats() {
        return key.length + value.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MhaEntry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "MhaEntry[key=" + Arrays.toString(key) + ", value=" + Arrays.toString(value) + "]";
    }
}
