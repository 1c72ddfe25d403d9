package course.cnn;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import course.tensor.Image;
import course.tensor.ImageArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: small images, convolution layers that fit them, stacks of layers. */
final class Generators {

    private Generators() {
    }

    /** An image and a convolution layer whose dilated kernel fits into the padded image. */
    record ConvCase(Image image, Conv2d layer) {
        @Override
        public String toString() {
            return "S = " + layer.stride() + ", P = " + layer.padding() + ", D = " + layer.dilation() + ", "
                    + layer.mode() + "\n  x = " + image + "\n  " + layer.kernel();
        }
    }

    /** An image, a circular 'same' convolution with stride 1, and a circular shift. */
    record ShiftCase(ConvCase conv, int dy, int dx) {
        @Override
        public String toString() {
            return conv + "\n  shift by (" + dy + ", " + dx + ")";
        }
    }

    /** An image and a pooling window that fits into it. */
    record PoolCase(Image image, int size, int stride) {
        @Override
        public String toString() {
            return "window " + size + ", stride " + stride + ", x = " + image;
        }
    }

    /** Kernels of whole numbers in [-2, 2] and biases in [-2, 2]. */
    static Arbitrary<ConvKernel> kernels(int outChannels, int inChannels, int size) {
        int taps = outChannels * inChannels * size * size;
        return Combinators.combine(CourseArbitraries.smallInts(-2, 2).list().ofSize(taps),
                        CourseArbitraries.smallInts(-2, 2).list().ofSize(outChannels))
                .as((w, b) -> {
                    double[][][][] weights = new double[outChannels][inChannels][size][size];
                    int i = 0;
                    for (int o = 0; o < outChannels; o++) {
                        for (int c = 0; c < inChannels; c++) {
                            for (int u = 0; u < size; u++) {
                                for (int v = 0; v < size; v++) {
                                    weights[o][c][u][v] = w.get(i++);
                                }
                            }
                        }
                    }
                    return ConvKernel.of(weights, b.stream().mapToDouble(Integer::doubleValue).toArray());
                });
    }

    /**
     * Images of 1..5 x 1..5 pixels with 1..2 channels and layers with K 1..3, S 1..2, P 0..2, D 1..2, 1..2
     * filters and either padding mode; only layers whose dilated kernel fits.
     */
    static Arbitrary<ConvCase> convCases() {
        return Combinators.combine(CourseArbitraries.smallInts(1, 5), CourseArbitraries.smallInts(1, 5),
                        CourseArbitraries.smallInts(1, 2), CourseArbitraries.smallInts(1, 2),
                        CourseArbitraries.smallInts(1, 3), CourseArbitraries.smallInts(1, 2),
                        Arbitraries.integers().between(0, 2), CourseArbitraries.smallInts(1, 2))
                .filter((h, w, cIn, cOut, k, s, p, d) -> d * (k - 1) + 1 <= Math.min(h, w) + 2 * p)
                .flatAs((h, w, cIn, cOut, k, s, p, d) -> Combinators.combine(ImageArbitraries.images(h, w, cIn, 3),
                        kernels(cOut, cIn, k), Arbitraries.of(PaddingMode.values()))
                        .as((x, kernel, mode) -> new ConvCase(x, new Conv2d(kernel, s, p, d, mode))));
    }

    /**
     * Circular 'same' convolutions (odd K, P = D (K - 1) / 2, S = 1, as many filters as channels, so the output has
     * the input's shape) on 2..5 x 2..5 images, with a shift.
     */
    static Arbitrary<ShiftCase> shiftCases() {
        return Combinators.combine(CourseArbitraries.smallInts(2, 5), CourseArbitraries.smallInts(2, 5),
                        CourseArbitraries.smallInts(1, 2), Arbitraries.of(1, 3), CourseArbitraries.smallInts(1, 2))
                .flatAs((h, w, c, k, d) -> Combinators.combine(ImageArbitraries.images(h, w, c, 3),
                        kernels(c, c, k), Arbitraries.integers().between(0, h - 1),
                        Arbitraries.integers().between(0, w - 1))
                        .as((x, kernel, dy, dx) -> new ShiftCase(new ConvCase(x,
                                new Conv2d(kernel, 1, d * (k - 1) / 2, d, PaddingMode.CIRCULAR)), dy, dx)));
    }

    /** Stacks of 1..6 layers with K 1..5, S 1..3, P 0..2, D 1..3. */
    static Arbitrary<List<LayerSpec>> stacks() {
        Arbitrary<LayerSpec> layer = Combinators.combine(CourseArbitraries.smallInts(1, 5),
                        CourseArbitraries.smallInts(1, 3), Arbitraries.integers().between(0, 2),
                        CourseArbitraries.smallInts(1, 3))
                .as(LayerSpec::new);
        return layer.list().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
    }

    /** Images of 1..6 x 1..6 pixels, 1..2 channels, and windows 1..3 with strides 1..3 that fit. */
    static Arbitrary<PoolCase> poolCases() {
        return Combinators.combine(CourseArbitraries.smallInts(1, 6), CourseArbitraries.smallInts(1, 6),
                        CourseArbitraries.smallInts(1, 2), CourseArbitraries.smallInts(1, 3),
                        CourseArbitraries.smallInts(1, 3))
                .filter((h, w, c, size, stride) -> size <= Math.min(h, w))
                .flatAs((h, w, c, size, stride) -> ImageArbitraries.images(h, w, c, 5)
                        .map(x -> new PoolCase(x, size, stride)));
    }
}
