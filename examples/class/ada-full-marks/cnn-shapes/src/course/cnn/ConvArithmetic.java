package course.cnn;

import java.util.List;

/** Ada's arithmetic: output size by the formula, receptive field backwards from the last layer. */
public final class ConvArithmetic {

    private ConvArithmetic() {
    }

    public static int outputSize(int inputSize, int kernel, int stride, int padding) {
        if (inputSize <= 0 || kernel <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException("invalid layer");
        }
        int room = inputSize + 2 * padding - kernel;
        if (room < 0) {
            throw new IllegalArgumentException("kernel larger than the padded input");
        }
        return Math.floorDiv(room, stride) + 1;
    }

    public static long convParameters(int kernel, int inChannels, int outChannels) {
        if (Math.min(kernel, Math.min(inChannels, outChannels)) <= 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        long perFilter = (long) kernel * kernel * inChannels + 1;
        return perFilter * outChannels;
    }

    public static long denseParameters(long inputs, long outputs) {
        if (inputs <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        return inputs * outputs + outputs;
    }

    public static long receptiveField(List<LayerSpec> layers) {
        long r = 1;
        for (int l = layers.size() - 1; l >= 0; l--) {
            LayerSpec s = layers.get(l);
            long span = (long) s.dilation() * (s.kernel() - 1) + 1;
            r = (r - 1) * s.stride() + span;
        }
        return r;
    }
}
