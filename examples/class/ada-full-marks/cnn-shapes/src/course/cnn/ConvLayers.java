package course.cnn;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

import course.tensor.Image;

/** Ada's layers: the convolution pads the input first, then slides over the padded copy. */
public final class ConvLayers {

    private ConvLayers() {
    }

    public static Image conv2d(Image input, Conv2d layer) {
        ConvKernel k = layer.kernel();
        if (k.inChannels() != input.channels()) {
            throw new IllegalArgumentException("channel mismatch");
        }
        int p = layer.padding();
        int d = layer.dilation();
        int s = layer.stride();
        int span = d * (k.size() - 1) + 1;
        int outH = ConvArithmetic.outputSize(input.height(), span, s, p);
        int outW = ConvArithmetic.outputSize(input.width(), span, s, p);
        double[][][] padded = new double[input.height() + 2 * p][input.width() + 2 * p][input.channels()];
        for (int r = 0; r < padded.length; r++) {
            for (int c = 0; c < padded[0].length; c++) {
                int sr = r - p;
                int sc = c - p;
                if (layer.mode() == PaddingMode.CIRCULAR) {
                    sr = Math.floorMod(sr, input.height());
                    sc = Math.floorMod(sc, input.width());
                } else if (sr < 0 || sc < 0 || sr >= input.height() || sc >= input.width()) {
                    continue;
                }
                for (int ch = 0; ch < input.channels(); ch++) {
                    padded[r][c][ch] = input.get(sr, sc, ch);
                }
            }
        }
        double[][][] out = new double[outH][outW][k.outChannels()];
        for (int o = 0; o < k.outChannels(); o++) {
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    double acc = k.bias(o);
                    for (int c = 0; c < k.inChannels(); c++) {
                        for (int u = 0; u < k.size(); u++) {
                            for (int v = 0; v < k.size(); v++) {
                                acc += k.weight(o, c, u, v) * padded[i * s + u * d][j * s + v * d][c];
                            }
                        }
                    }
                    out[i][j][o] = acc;
                }
            }
        }
        return Image.of(out);
    }

    public static Image maxPool(Image input, int size, int stride) {
        return pool(input, size, stride, w -> Arrays.stream(w).max().orElseThrow());
    }

    public static Image avgPool(Image input, int size, int stride) {
        return pool(input, size, stride, w -> Arrays.stream(w).average().orElseThrow());
    }

    /** Collects each window of each channel and reduces it to one number. */
    private static Image pool(Image input, int size, int stride, ToDoubleFunction<double[]> reduce) {
        int outH = ConvArithmetic.outputSize(input.height(), size, stride, 0);
        int outW = ConvArithmetic.outputSize(input.width(), size, stride, 0);
        double[][][] out = new double[outH][outW][input.channels()];
        double[] window = new double[size * size];
        for (int c = 0; c < input.channels(); c++) {
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    for (int t = 0; t < window.length; t++) {
                        window[t] = input.get(i * stride + t / size, j * stride + t % size, c);
                    }
                    out[i][j][c] = reduce.applyAsDouble(window);
                }
            }
        }
        return Image.of(out);
    }

    public static Image residual(Image x, UnaryOperator<Image> f) {
        Image fx = f.apply(x);
        if (fx.height() != x.height() || fx.width() != x.width() || fx.channels() != x.channels()) {
            throw new IllegalArgumentException("shape mismatch: " + fx.shape() + " vs " + x.shape());
        }
        double[][][] a = fx.toArray();
        double[][][] b = x.toArray();
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) {
                for (int ch = 0; ch < a[r][c].length; ch++) {
                    a[r][c][ch] += b[r][c][ch];
                }
            }
        }
        return Image.of(a);
    }
}
