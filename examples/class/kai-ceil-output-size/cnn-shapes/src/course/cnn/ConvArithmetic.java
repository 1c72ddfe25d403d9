package course.cnn;

import java.util.List;

/**
 * Kai rounds the output size UP (Caffe's pooling convention), so a last window that sticks out of the padded
 * input still counts.
 */
public final class ConvArithmetic {

    private ConvArithmetic() {
    }

    public static int outputSize(int inputSize, int kernel, int stride, int padding) {
        if (inputSize < 1 || kernel < 1 || stride < 1 || padding < 0 || kernel > inputSize + 2 * padding) {
            throw new IllegalArgumentException("impossible layer");
        }
        return (int) Math.ceil((inputSize - kernel + 2.0 * padding) / stride) + 1;
    }

    public static long convParameters(int kernel, int inChannels, int outChannels) {
        if (kernel < 1 || inChannels < 1 || outChannels < 1) {
            throw new IllegalArgumentException("sizes must be at least 1");
        }
        return (1L * kernel * kernel * inChannels + 1) * outChannels;
    }

    public static long denseParameters(long inputs, long outputs) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("sizes must be at least 1");
        }
        return (inputs + 1) * outputs;
    }

    public static long receptiveField(List<LayerSpec> layers) {
        long field = 1;
        long step = 1;
        for (LayerSpec l : layers) {
            field += step * l.dilation() * (l.kernel() - 1);
            step *= l.stride();
        }
        return field;
    }
}
