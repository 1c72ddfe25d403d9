package course.cnn;

import java.util.Objects;
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
        Objects.requireNonNull(input, "input");
        ConvKernel k = layer.kernel();
        if (input.channels() != k.inChannels()) {
            throw new IllegalArgumentException("the kernel reads " + k.inChannels() + " channels but the image has "
                    + input.channels());
        }
        int span = layer.dilation() * (k.size() - 1) + 1;
        int outH = ConvArithmetic.outputSize(input.height(), span, layer.stride(), layer.padding());
        int outW = ConvArithmetic.outputSize(input.width(), span, layer.stride(), layer.padding());
        double[][][] out = new double[outH][outW][k.outChannels()];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                for (int o = 0; o < k.outChannels(); o++) {
                    double sum = k.bias(o);
                    for (int u = 0; u < k.size(); u++) {
                        for (int v = 0; v < k.size(); v++) {
                            int row = i * layer.stride() + u * layer.dilation() - layer.padding();
                            int col = j * layer.stride() + v * layer.dilation() - layer.padding();
                            for (int c = 0; c < k.inChannels(); c++) {
                                sum += k.weight(o, c, u, v) * read(input, row, col, c, layer.mode());
                            }
                        }
                    }
                    out[i][j][o] = sum;
                }
            }
        }
        return Image.of(out);
    }

    private static double read(Image x, int row, int col, int channel, PaddingMode mode) {
        return switch (mode) {
            case ZEROS -> row < 0 || row >= x.height() || col < 0 || col >= x.width() ? 0
                    : x.get(row, col, channel);
            case CIRCULAR -> x.get(Math.floorMod(row, x.height()), Math.floorMod(col, x.width()), channel);
        };
    }

    /**
     * Max pooling: every channel separately, the largest value of each {@code size x size} window, windows
     * {@code stride} apart, no padding.
     *
     * @throws IllegalArgumentException if {@code size < 1}, {@code stride < 1}, or the window is larger than the
     *                                  image
     */
    public static Image maxPool(Image input, int size, int stride) {
        return pool(input, size, stride, true);
    }

    /**
     * Average pooling: as {@link #maxPool(Image, int, int)}, with the mean of each window.
     *
     * @throws IllegalArgumentException as {@link #maxPool(Image, int, int)} does
     */
    public static Image avgPool(Image input, int size, int stride) {
        return pool(input, size, stride, false);
    }

    private static Image pool(Image input, int size, int stride, boolean max) {
        Objects.requireNonNull(input, "input");
        int outH = ConvArithmetic.outputSize(input.height(), size, stride, 0);
        int outW = ConvArithmetic.outputSize(input.width(), size, stride, 0);
        double[][][] out = new double[outH][outW][input.channels()];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                for (int c = 0; c < input.channels(); c++) {
                    double acc = max ? Double.NEGATIVE_INFINITY : 0;
                    for (int u = 0; u < size; u++) {
                        for (int v = 0; v < size; v++) {
                            double x = input.get(i * stride + u, j * stride + v, c);
                            acc = max ? Math.max(acc, x) : acc + x;
                        }
                    }
                    out[i][j][c] = max ? acc : acc / (size * size);
                }
            }
        }
        return Image.of(out);
    }

    /**
     * A residual block: {@code y = F(x) + x}, entry by entry. {@code F} is applied once.
     *
     * @throws IllegalArgumentException if {@code F(x)} does not have the shape of {@code x} (the message names
     *                                  both shapes)
     */
    public static Image residual(Image x, UnaryOperator<Image> f) {
        Objects.requireNonNull(x, "x");
        Image fx = Objects.requireNonNull(f.apply(x), "F(x)");
        if (!fx.sameShape(x)) {
            throw new IllegalArgumentException("F(x) is " + fx.shape() + " but x is " + x.shape()
                    + ": y = F(x) + x needs equal shapes (use padding, or a projection on the shortcut)");
        }
        double[][][] y = fx.toArray();
        for (int r = 0; r < y.length; r++) {
            for (int c = 0; c < y[r].length; c++) {
                for (int ch = 0; ch < y[r][c].length; ch++) {
                    y[r][c][ch] += x.get(r, c, ch);
                }
            }
        }
        return Image.of(y);
    }
}
