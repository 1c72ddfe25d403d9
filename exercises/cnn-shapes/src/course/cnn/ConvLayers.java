package course.cnn;

import java.util.function.UnaryOperator;

import course.tensor.Image;

/**
 * The layers of a convolutional network, computed directly: 2-D convolution, max and average pooling, and the
 * residual connection.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class ConvLayers {

    private ConvLayers() {
    }

    /**
     * Applies a convolution layer (cross-correlation, as in every deep-learning library: the kernel is not
     * flipped). Output entry {@code (i, j, o)} is
     * {@code bias(o) + sum_(c, u, v) weight(o, c, u, v) * x(i*S + u*D - P, j*S + v*D - P, c)}, where {@code x}
     * outside the input is 0 ({@link PaddingMode#ZEROS}) or wraps around ({@link PaddingMode#CIRCULAR}). The
     * output is {@code H' x W' x C_out} with {@code H' = outputSize(H, D (K - 1) + 1, S, P)}, {@code W'} alike.
     *
     * @throws IllegalArgumentException if the image does not have {@code C_in} channels, or the dilated kernel
     *                                  does not fit into the padded input
     */
    public static Image conv2d(Image input, Conv2d layer) {
        throw new UnsupportedOperationException("TODO conv2d: a direct cross-correlation");
    }

    /**
     * Max pooling: every channel separately, the largest value of each {@code size x size} window, windows
     * {@code stride} apart, no padding.
     *
     * @throws IllegalArgumentException if {@code size < 1}, {@code stride < 1}, or the window is larger than the
     *                                  image
     */
    public static Image maxPool(Image input, int size, int stride) {
        throw new UnsupportedOperationException("TODO maxPool: the largest value of every window");
    }

    /**
     * Average pooling: as {@link #maxPool(Image, int, int)}, with the mean of each window.
     *
     * @throws IllegalArgumentException as {@link #maxPool(Image, int, int)} does
     */
    public static Image avgPool(Image input, int size, int stride) {
        throw new UnsupportedOperationException("TODO avgPool: the mean of every window");
    }

    /**
     * A residual block: {@code y = F(x) + x}, entry by entry. {@code F} is applied once.
     *
     * @throws IllegalArgumentException if {@code F(x)} does not have the shape of {@code x} (the message names
     *                                  both shapes)
     */
    public static Image residual(Image x, UnaryOperator<Image> f) {
        throw new UnsupportedOperationException("TODO residual: F(x) + x after a shape check");
    }
}
