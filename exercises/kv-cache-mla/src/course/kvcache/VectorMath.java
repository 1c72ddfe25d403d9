package course.kvcache;

import java.util.Arrays;
import java.util.Objects;

/** Small vector helpers for the decoders: dot products, head slices, concatenation and a stable softmax. */
public final class VectorMath {

    private VectorMath() {
    }

    /**
     * Returns the dot product of two vectors.
     *
     * @throws IllegalArgumentException if their lengths differ
     */
    public static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dot product of vectors of " + a.length + " and " + b.length
                    + " entries");
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * Returns head {@code head}'s part of a vector whose heads of {@code size} entries lie side by side: entries
     * {@code head*size .. (head+1)*size - 1}.
     *
     * @throws IndexOutOfBoundsException if that range is not inside the vector
     */
    public static double[] head(double[] v, int head, int size) {
        Objects.checkFromIndexSize(head * size, size, v.length);
        return Arrays.copyOfRange(v, head * size, (head + 1) * size);
    }

    /** Returns the vectors placed one after the other. */
    public static double[] concat(double[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Returns {@code softmax(x)_i = exp(x_i - max) / sum_j exp(x_j - max)}, stable for logits of any size.
     *
     * @throws IllegalArgumentException if the array is empty or holds NaN or an infinity
     */
    public static double[] softmax(double[] x) {
        if (x.length == 0 || Arrays.stream(x).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("softmax needs finite logits, got " + Arrays.toString(x));
        }
        double max = Arrays.stream(x).max().orElseThrow();
        double[] p = Arrays.stream(x).map(v -> Math.exp(v - max)).toArray();
        double sum = Arrays.stream(p).sum();
        return Arrays.stream(p).map(v -> v / sum).toArray();
    }
}
