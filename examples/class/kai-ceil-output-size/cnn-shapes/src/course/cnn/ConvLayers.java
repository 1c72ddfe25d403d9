package course.cnn;

import java.util.function.UnaryOperator;

import course.tensor.Image;

/** Kai's layers read through a helper that returns 0 (or wraps) outside the image. */
public final class ConvLayers {

    private ConvLayers() {
    }

    private static double at(Image x, int r, int c, int ch, PaddingMode mode) {
        if (mode == PaddingMode.CIRCULAR) {
            return x.get(Math.floorMod(r, x.height()), Math.floorMod(c, x.width()), ch);
        }
        boolean inside = r >= 0 && c >= 0 && r < x.height() && c < x.width();
        return inside ? x.get(r, c, ch) : 0;
    }

    public static Image conv2d(Image input, Conv2d layer) {
        ConvKernel k = layer.kernel();
        if (input.channels() != k.inChannels()) {
            throw new IllegalArgumentException("wrong number of channels");
        }
        int span = layer.dilation() * (k.size() - 1) + 1;
        int h = ConvArithmetic.outputSize(input.height(), span, layer.stride(), layer.padding());
        int w = ConvArithmetic.outputSize(input.width(), span, layer.stride(), layer.padding());
        double[][][] y = new double[h][w][k.outChannels()];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                for (int o = 0; o < k.outChannels(); o++) {
                    double v = k.bias(o);
                    for (int c = 0; c < k.inChannels(); c++) {
                        for (int a = 0; a < k.size(); a++) {
                            for (int b = 0; b < k.size(); b++) {
                                v += k.weight(o, c, a, b) * at(input, i * layer.stride() + a * layer.dilation()
                                        - layer.padding(), j * layer.stride() + b * layer.dilation()
                                        - layer.padding(), c, layer.mode());
                            }
                        }
                    }
                    y[i][j][o] = v;
                }
            }
        }
        return Image.of(y);
    }

    private static Image pool(Image x, int size, int stride, boolean max) {
        int h = ConvArithmetic.outputSize(x.height(), size, stride, 0);
        int w = ConvArithmetic.outputSize(x.width(), size, stride, 0);
        double[][][] y = new double[h][w][x.channels()];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                for (int c = 0; c < x.channels(); c++) {
                    double acc = max ? Double.NEGATIVE_INFINITY : 0;
                    int n = 0;
                    for (int a = 0; a < size; a++) {
                        for (int b = 0; b < size; b++) {
                            int r = i * stride + a;
                            int col = j * stride + b;
                            if (r < x.height() && col < x.width()) {
                                acc = max ? Math.max(acc, x.get(r, col, c)) : acc + x.get(r, col, c);
                                n++;
                            }
                        }
                    }
                    y[i][j][c] = max ? acc : acc / n;
                }
            }
        }
        return Image.of(y);
    }

    public static Image maxPool(Image input, int size, int stride) {
        return pool(input, size, stride, true);
    }

    public static Image avgPool(Image input, int size, int stride) {
        return pool(input, size, stride, false);
    }

    public static Image residual(Image x, UnaryOperator<Image> f) {
        Image fx = f.apply(x);
        if (!fx.sameShape(x)) {
            throw new IllegalArgumentException("F(x) " + fx.shape() + " does not match x " + x.shape());
        }
        double[][][] y = x.toArray();
        for (int r = 0; r < x.height(); r++) {
            for (int c = 0; c < x.width(); c++) {
                for (int ch = 0; ch < x.channels(); ch++) {
                    y[r][c][ch] += fx.get(r, c, ch);
                }
            }
        }
        return Image.of(y);
    }
}
