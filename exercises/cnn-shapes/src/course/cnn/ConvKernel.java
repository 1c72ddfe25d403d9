package course.cnn;

import java.util.Arrays;
import java.util.Objects;

/**
 * The learned parameters of one convolution layer: {@code C_out} filters of size {@code K x K x C_in} and one bias
 * per filter. Immutable; the factory copies its arrays.
 */
public final class ConvKernel {

    private final double[][][][] weights;
    private final double[] bias;

    private ConvKernel(double[][][][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Builds a kernel from copies of the arrays.
     *
     * @param weights {@code weights[o][c][u][v]}: filter {@code o}, input channel {@code c}, kernel row {@code u},
     *                kernel column {@code v}
     * @param bias    {@code bias[o]}, one per filter
     * @throws IllegalArgumentException if a dimension is 0, the kernel is not square, the arrays are ragged or
     *                                  their sizes disagree, or an entry is not finite
     */
    public static ConvKernel of(double[][][][] weights, double[] bias) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (weights.length == 0 || weights[0].length == 0 || weights[0][0].length == 0) {
            throw new IllegalArgumentException("a kernel needs at least one filter, one channel and one tap");
        }
        int cIn = weights[0].length;
        int k = weights[0][0].length;
        if (bias.length != weights.length) {
            throw new IllegalArgumentException(weights.length + " filters but " + bias.length + " biases");
        }
        double[][][][] copy = new double[weights.length][cIn][k][];
        for (int o = 0; o < weights.length; o++) {
            if (weights[o].length != cIn) {
                throw new IllegalArgumentException("filter " + o + " has " + weights[o].length
                        + " input channels but filter 0 has " + cIn);
            }
            for (int c = 0; c < cIn; c++) {
                if (weights[o][c].length != k) {
                    throw new IllegalArgumentException("filter " + o + ", channel " + c + " has " + weights[o][c].length
                            + " rows; every kernel is " + k + " x " + k);
                }
                for (int u = 0; u < k; u++) {
                    if (weights[o][c][u].length != k) {
                        throw new IllegalArgumentException("filter " + o + ", channel " + c + ", row " + u + " has "
                                + weights[o][c][u].length + " taps; every kernel is " + k + " x " + k);
                    }
                    for (double w : weights[o][c][u]) {
                        if (!Double.isFinite(w)) {
                            throw new IllegalArgumentException("a kernel weight is " + w);
                        }
                    }
                    copy[o][c][u] = weights[o][c][u].clone();
                }
            }
            if (!Double.isFinite(bias[o])) {
                throw new IllegalArgumentException("bias " + o + " is " + bias[o]);
            }
        }
        return new ConvKernel(copy, bias.clone());
    }

    /** Returns {@code C_out}, the number of filters (output channels). */
    public int outChannels() {
        return weights.length;
    }

    /** Returns {@code C_in}, the number of input channels each filter reads. */
    public int inChannels() {
        return weights[0].length;
    }

    /** Returns {@code K}, the side of the square kernel. */
    public int size() {
        return weights[0][0].length;
    }

    /**
     * Returns weight {@code (o, c, u, v)}.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double weight(int filter, int channel, int row, int col) {
        return weights[filter][channel][row][col];
    }

    /**
     * Returns the bias of one filter.
     *
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double bias(int filter) {
        return bias[filter];
    }

    @Override
    public String toString() {
        return "ConvKernel " + outChannels() + " x " + inChannels() + " x " + size() + " x " + size() + " "
                + Arrays.deepToString(weights) + ", bias " + Arrays.toString(bias);
    }
}
