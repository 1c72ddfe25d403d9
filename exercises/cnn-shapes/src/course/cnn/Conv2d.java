package course.cnn;

import java.util.Objects;

/**
 * One 2-D convolution layer: its kernel and how it slides (stride, padding, dilation, padding mode).
 *
 * @param kernel   the filters and biases
 * @param stride   {@code S >= 1}
 * @param padding  {@code P >= 0} on each side
 * @param dilation {@code D >= 1}
 * @param mode     what is read outside the input
 */
public record Conv2d(ConvKernel kernel, int stride, int padding, int dilation, PaddingMode mode) {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if stride, padding or dilation is out of range
     */
    public Conv2d {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(mode, "mode");
        // LayerSpec checks the ranges and names the bad value
        new LayerSpec(kernel.size(), stride, padding, dilation);
    }

    /** The layer's geometry, e.g. for a receptive-field computation. */
    public LayerSpec spec() {
        return new LayerSpec(kernel.size(), stride, padding, dilation);
    }
}
