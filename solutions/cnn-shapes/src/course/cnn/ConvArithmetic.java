package course.cnn;

import java.util.List;

/**
 * The arithmetic of convolutional layers: output sizes, parameter counts and receptive fields.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class ConvArithmetic {

    private ConvArithmetic() {
    }

    /**
     * Returns the output size {@code floor((W - K + 2P) / S) + 1} of a layer along one axis: the number of
     * positions of a {@code K}-wide window that fit, stepping by {@code S}, into the input padded by {@code P} on
     * each side.
     *
     * @throws IllegalArgumentException if {@code W < 1}, {@code K < 1}, {@code S < 1}, {@code P < 0}, or the
     *                                  window is wider than the padded input ({@code K > W + 2P})
     */
    public static int outputSize(int inputSize, int kernel, int stride, int padding) {
        if (inputSize < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("need W >= 1, K >= 1, S >= 1, P >= 0; got W = " + inputSize
                    + ", K = " + kernel + ", S = " + stride + ", P = " + padding);
        }
        long span = (long) inputSize + 2L * padding - kernel;
        if (span < 0) {
            throw new IllegalArgumentException("a window of " + kernel + " does not fit into " + inputSize
                    + " + 2 * " + padding + " padded positions");
        }
        return (int) (span / stride + 1);
    }

    /**
     * Returns the number of learned parameters of a convolution layer, {@code (K * K * C_in + 1) * C_out}: each of
     * the {@code C_out} filters has {@code K * K * C_in} weights and one bias, shared by every output position.
     *
     * @throws IllegalArgumentException if a value is smaller than 1
     */
    public static long convParameters(int kernel, int inChannels, int outChannels) {
        if (kernel < 1 || inChannels < 1 || outChannels < 1) {
            throw new IllegalArgumentException("need K, C_in, C_out >= 1; got " + kernel + ", " + inChannels + ", "
                    + outChannels);
        }
        return ((long) kernel * kernel * inChannels + 1) * outChannels;
    }

    /**
     * Returns the number of parameters of a fully connected (dense) layer from {@code inputs} to {@code outputs}
     * units, {@code (inputs + 1) * outputs}: one weight per pair and one bias per output.
     *
     * @throws IllegalArgumentException if a value is smaller than 1
     */
    public static long denseParameters(long inputs, long outputs) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("need inputs, outputs >= 1; got " + inputs + ", " + outputs);
        }
        return (inputs + 1) * outputs;
    }

    /**
     * Returns the receptive field of one output unit of a stack of layers, in input pixels along one axis:
     * {@code r = 1 + sum_l D_l (K_l - 1) * (S_1 * ... * S_(l-1))}. Padding does not change it; an empty stack
     * gives 1.
     */
    public static long receptiveField(List<LayerSpec> layers) {
        long field = 1;
        long jump = 1;
        for (LayerSpec layer : layers) {
            field += (long) layer.dilation() * (layer.kernel() - 1) * jump;
            jump *= layer.stride();
        }
        return field;
    }
}
