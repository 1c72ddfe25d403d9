package course.cnn;

/**
 * The geometry of one convolution or pooling layer along one spatial axis (square kernels: the same along both).
 *
 * @param kernel   the kernel size {@code K}, {@code >= 1}
 * @param stride   the step {@code S} between two windows, {@code >= 1}
 * @param padding  the rows / columns {@code P} added on each side, {@code >= 0}
 * @param dilation the spacing {@code D} between two kernel taps, {@code >= 1} (1 = an ordinary kernel)
 */
public record LayerSpec(int kernel, int stride, int padding, int dilation) {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a value is out of its range
     */
    public LayerSpec {
        if (kernel < 1 || stride < 1 || padding < 0 || dilation < 1) {
            throw new IllegalArgumentException("need kernel >= 1, stride >= 1, padding >= 0, dilation >= 1; got K = "
                    + kernel + ", S = " + stride + ", P = " + padding + ", D = " + dilation);
        }
    }

    /** A convolution without dilation. */
    public static LayerSpec conv(int kernel, int stride, int padding) {
        return new LayerSpec(kernel, stride, padding, 1);
    }

    /** A pooling window: no padding, no dilation. */
    public static LayerSpec pool(int kernel, int stride) {
        return new LayerSpec(kernel, stride, 0, 1);
    }
}
