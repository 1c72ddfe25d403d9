package course.cnn;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import course.tensor.Image;

/**
 * Independent answers for the hidden tests: output sizes by counting window positions, receptive fields by the
 * backward recursion (the reference goes forward), convolutions on an explicitly padded copy of the input, and
 * the answers of the usual mistakes on the same input.
 */
final class Oracle {

    private Oracle() {
    }

    /** How a convolution is computed: as stated, or with a usual mistake. */
    enum Variant {
        STATED, FLIPPED_KERNEL, CIRCULAR_AS_ZEROS, NO_BIAS
    }

    /** The number of window starts 0, S, 2S, ... with the window inside the padded input. */
    static int windowPositions(int size, int kernel, int stride, int padding) {
        int count = 0;
        for (int start = 0; start + kernel <= size + 2 * padding; start += stride) {
            count++;
        }
        return count;
    }

    /** From one output unit back to the input: {@code r <- S (r - 1) + D (K - 1) + 1}, last layer first. */
    static long receptiveField(List<LayerSpec> layers) {
        long r = 1;
        for (int l = layers.size() - 1; l >= 0; l--) {
            LayerSpec s = layers.get(l);
            r = s.stride() * (r - 1) + (long) s.dilation() * (s.kernel() - 1) + 1;
        }
        return r;
    }

    /** The usual receptive-field mistakes. */
    enum FieldMistake {
        STRIDES_IGNORED, OWN_STRIDE_INCLUDED, DILATION_IGNORED
    }

    /** Names the receptive-field mistake a wrong answer matches, or "". */
    static String diagnoseField(List<LayerSpec> layers, long actual) {
        return Diagnosis.of(actual, receptiveField(layers), Tolerance.absolute(0)).called("receptive fields")
                .mistakeNumber("the strides of the earlier layers are ignored (each layer adds only D (K - 1))",
                        () -> (double) field(layers, FieldMistake.STRIDES_IGNORED))
                .mistakeNumber("a layer's own stride is already applied to its kernel; only the strides of the "
                        + "layers before it count", () -> (double) field(layers, FieldMistake.OWN_STRIDE_INCLUDED))
                .mistakeNumber("the dilation is ignored (a dilated kernel spans D (K - 1) + 1 pixels)",
                        () -> (double) field(layers, FieldMistake.DILATION_IGNORED))
                .explain();
    }

    /** The forward sum {@code 1 + sum D (K - 1) * jump} with one usual mistake. */
    private static long field(List<LayerSpec> layers, FieldMistake mistake) {
        long r = 1;
        long jump = 1;
        for (LayerSpec l : layers) {
            if (mistake == FieldMistake.OWN_STRIDE_INCLUDED) {
                jump *= l.stride();
            }
            long d = mistake == FieldMistake.DILATION_IGNORED ? 1 : l.dilation();
            r += d * (l.kernel() - 1) * jump;
            if (mistake == FieldMistake.DILATION_IGNORED) {
                jump *= l.stride();
            }
        }
        return r;
    }

    /** The input padded by P on every side, zeros or wrapped around. */
    static double[][][] padded(Image x, int p, boolean circular) {
        double[][][] a = x.toArray();
        double[][][] out = new double[x.height() + 2 * p][x.width() + 2 * p][x.channels()];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[r].length; c++) {
                int sr = r - p;
                int sc = c - p;
                boolean inside = sr >= 0 && sr < x.height() && sc >= 0 && sc < x.width();
                if (inside || circular) {
                    out[r][c] = a[Math.floorMod(sr, x.height())][Math.floorMod(sc, x.width())];
                }
            }
        }
        return out;
    }

    static double[][][] conv(Image x, Conv2d layer, Variant variant) {
        ConvKernel k = layer.kernel();
        int p = layer.padding();
        double[][][] xp = padded(x, p, layer.mode() == PaddingMode.CIRCULAR && variant != Variant.CIRCULAR_AS_ZEROS);
        int span = layer.dilation() * (k.size() - 1) + 1;
        int outH = windowPositions(x.height(), span, layer.stride(), p);
        int outW = windowPositions(x.width(), span, layer.stride(), p);
        double[][][] out = new double[outH][outW][k.outChannels()];
        for (int o = 0; o < k.outChannels(); o++) {
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    double s = variant == Variant.NO_BIAS ? 0 : k.bias(o);
                    for (int c = 0; c < k.inChannels(); c++) {
                        for (int u = 0; u < k.size(); u++) {
                            for (int v = 0; v < k.size(); v++) {
                                int ku = variant == Variant.FLIPPED_KERNEL ? k.size() - 1 - u : u;
                                int kv = variant == Variant.FLIPPED_KERNEL ? k.size() - 1 - v : v;
                                s += k.weight(o, c, ku, kv)
                                        * xp[i * layer.stride() + u * layer.dilation()][j * layer.stride()
                                        + v * layer.dilation()][c];
                            }
                        }
                    }
                    out[i][j][o] = s;
                }
            }
        }
        return out;
    }

    static double[][][] conv(Image x, Conv2d layer) {
        return conv(x, layer, Variant.STATED);
    }

    /** Names the convolution mistake a wrong output matches, or "". */
    static String diagnoseConv(Image x, Conv2d layer, double[][][] actual) {
        return Diagnosis.of(flat(actual), flat(conv(x, layer)), Tolerance.DEFAULT).called("outputs")
                .mistakeMatrix("the kernel is flipped (a true mathematical convolution); deep-learning layers "
                        + "compute a cross-correlation: weight (u, v) multiplies input (i*S + u*D - P, j*S + v*D - P)",
                        () -> flat(conv(x, layer, Variant.FLIPPED_KERNEL)))
                .mistakeMatrix("circular padding reads zeros outside the input instead of wrapping around",
                        () -> flat(conv(x, layer, Variant.CIRCULAR_AS_ZEROS)))
                .mistakeMatrix("the bias is not added", () -> flat(conv(x, layer, Variant.NO_BIAS)))
                .explain();
    }

    /** Pooling by its definition, on copies of the windows. */
    static double[][][] pool(Image x, int size, int stride, boolean max) {
        int outH = windowPositions(x.height(), size, stride, 0);
        int outW = windowPositions(x.width(), size, stride, 0);
        double[][][] out = new double[outH][outW][x.channels()];
        for (int c = 0; c < x.channels(); c++) {
            for (int i = 0; i < outH; i++) {
                for (int j = 0; j < outW; j++) {
                    double[] window = new double[size * size];
                    for (int t = 0; t < window.length; t++) {
                        window[t] = x.get(i * stride + t / size, j * stride + t % size, c);
                    }
                    out[i][j][c] = max ? Arrays.stream(window).max().orElseThrow()
                            : Arrays.stream(window).average().orElseThrow();
                }
            }
        }
        return out;
    }

    /** An image's entries shifted circularly: entry (r, c) moves to (r + dy, c + dx) modulo the sides. */
    static Image shifted(Image x, int dy, int dx) {
        double[][][] a = x.toArray();
        double[][][] out = new double[x.height()][x.width()][];
        for (int r = 0; r < x.height(); r++) {
            for (int c = 0; c < x.width(); c++) {
                out[Math.floorMod(r + dy, x.height())][Math.floorMod(c + dx, x.width())] = a[r][c];
            }
        }
        return Image.of(out);
    }

    /**
     * How an image differs from the expected {@code [row][col][channel]} array: a shape mismatch, or the first
     * channel with a wrong entry, shown as a {@code H x W} matrix so that rows and columns read as in the image.
     */
    static Optional<String> difference(String what, Image actual, double[][][] expected, Tolerance tolerance) {
        int h = expected.length;
        int w = h == 0 ? 0 : expected[0].length;
        int c = w == 0 ? 0 : expected[0][0].length;
        String shape = h + " x " + w + " x " + c;
        if (!actual.shape().equals(shape)) {
            return Optional.of(what + " is " + actual.shape() + " but should be " + shape);
        }
        double[][][] a = actual.toArray();
        for (int ch = 0; ch < c; ch++) {
            Optional<String> d = Approx.difference(what + " (channel " + ch + ")", channel(a, ch),
                    channel(expected, ch), tolerance);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static double[][] channel(double[][][] a, int ch) {
        double[][] out = new double[a.length][a[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int col = 0; col < a[r].length; col++) {
                out[r][col] = a[r][col][ch];
            }
        }
        return out;
    }

    /** Rows of (row, column) pixels, each the channels: a 2-D view for the testkit's comparisons. */
    static double[][] flat(double[][][] a) {
        double[][] out = new double[a.length * (a.length == 0 ? 0 : a[0].length)][];
        int n = 0;
        for (double[][] row : a) {
            for (double[] pixel : row) {
                out[n++] = pixel;
            }
        }
        return out;
    }
}
