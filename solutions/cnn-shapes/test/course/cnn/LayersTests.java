package course.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.tensor.Image;
import course.tensor.ImageArbitraries;

class LayersTests {

    /** One filter, one channel, from a K x K array of weights. */
    private static ConvKernel single(double[][] w, double bias) {
        return ConvKernel.of(new double[][][][] {{w}}, new double[] {bias});
    }

    /** A one-channel image from its rows. */
    private static Image gray(double[][] rows) {
        double[][][] a = new double[rows.length][rows[0].length][1];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                a[r][c][0] = rows[r][c];
            }
        }
        return Image.of(a);
    }

    private static void expect(String what, Image actual, double[][] expected, Image x, Conv2d layer) {
        double[][][] e = new double[expected.length][expected[0].length][1];
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                e[r][c][0] = expected[r][c];
            }
        }
        Optional<String> diff = Oracle.difference(what, actual, e, Tolerance.DEFAULT);
        assertThat(diff).withFailMessage("%s%s", diff.orElse(""),
                layer == null ? "" : Oracle.diagnoseConv(x, layer, actual.toArray())).isEmpty();
    }

    @Test
    @Points(2)
    @Hint(value = "A convolution layer computes a cross-correlation: output (i, j) = bias + sum_(u, v) w(u, v) "
            + "x(i + u, j + v), the kernel laid on the input as it is, NOT flipped. On [[1, 2, 3], [4, 5, 6], "
            + "[7, 8, 9]] the kernel [[1, 0], [0, 2]] with bias 0.5 gives [[11.5, 14.5], [20.5, 23.5]].",
            zh = "卷积层计算的是互相关：输出 (i, j) = bias + sum_(u, v) w(u, v) x(i + u, j + v)，卷积核按原样放在输入上，"
                    + "不翻转。在 [[1, 2, 3], [4, 5, 6], [7, 8, 9]] 上，核 [[1, 0], [0, 2]] 加偏置 0.5 得到 "
                    + "[[11.5, 14.5], [20.5, 23.5]]。")
    void conv2dOnAKnownImage() {
        Image x = gray(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Conv2d layer = new Conv2d(single(new double[][] {{1, 0}, {0, 2}}, 0.5), 1, 0, 1, PaddingMode.ZEROS);
        expect("conv2d with kernel [[1, 0], [0, 2]], bias 0.5", ConvLayers.conv2d(x, layer),
                new double[][] {{11.5, 14.5}, {20.5, 23.5}}, x, layer);
        // two input channels and two filters of 1 x 1: a per-pixel linear map
        Image rgb = Image.of(new double[][][] {{{1, 10}, {2, 20}}});
        ConvKernel mix = ConvKernel.of(new double[][][][] {{{{1}}, {{1}}}, {{{2}}, {{-1}}}}, new double[] {0, 1});
        Image out = ConvLayers.conv2d(rgb, new Conv2d(mix, 1, 0, 1, PaddingMode.ZEROS));
        assertThat(out).as("1 x 1 convolution of [[[1, 10], [2, 20]]] with filters (1, 1) and (2, -1) + 1")
                .isEqualTo(Image.of(new double[][][] {{{11, -7}, {22, -15}}}));
    }

    @Test
    @Points(1)
    @DependsOn({"conv2dOnAKnownImage", "ArithmeticTests.outputSizeOfKnownLayers"})
    @Hint(value = "Input row i*S + u*D - P, column j*S + v*D - P meets weight (u, v): padding P shifts the window "
            + "back by P (positions outside read 0), stride S moves it by S per output, dilation D spaces the taps "
            + "D apart, so the kernel spans D (K - 1) + 1 pixels.",
            zh = "第 i*S + u*D - P 行、第 j*S + v*D - P 列的输入与权重 (u, v) 相乘：填充 P 让窗口向前移 P（外面读到 0），"
                    + "步幅 S 让每个输出移动 S，膨胀 D 让各抽头相隔 D，因此卷积核覆盖 D (K - 1) + 1 个像素。")
    void conv2dWithPaddingStrideAndDilation() {
        Image x = gray(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
        // the top-left tap alone: output (i, j) = x(2i - 1, 2j - 1), 0 outside
        Conv2d corner = new Conv2d(single(new double[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}}, 0), 2, 1, 1,
                PaddingMode.ZEROS);
        expect("conv2d, top-left tap, S = 2, P = 1", ConvLayers.conv2d(x, corner), new double[][] {{0, 0}, {0, 6}},
                x, corner);
        // dilation 2: the 2 x 2 kernel reads x(i, j) + x(i + 2, j + 2) and spans 3 pixels
        Conv2d dilated = new Conv2d(single(new double[][] {{1, 0}, {0, 1}}, 0), 1, 0, 2, PaddingMode.ZEROS);
        expect("conv2d, diagonal 2 x 2 kernel, D = 2", ConvLayers.conv2d(x, dilated),
                new double[][] {{12, 14}, {20, 22}}, x, dilated);
    }

    @Test
    @Points(1)
    @DependsOn("conv2dWithPaddingStrideAndDilation")
    @Hint(value = "Circular padding wraps around: row -1 is the last row, column W is the first column (indices "
            + "modulo H and W), instead of reading zeros.",
            zh = "循环填充是首尾相接的：第 -1 行是最后一行，第 W 列是第一列（下标对 H 和 W 取模），而不是读到 0。")
    void conv2dWithCircularPadding() {
        Image x = gray(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Conv2d corner = new Conv2d(single(new double[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}}, 0), 1, 1, 1,
                PaddingMode.CIRCULAR);
        // output (i, j) = x((i - 1) mod 3, (j - 1) mod 3): the image rolled down and right by one
        expect("conv2d, top-left tap, P = 1, circular", ConvLayers.conv2d(x, corner),
                new double[][] {{9, 7, 8}, {3, 1, 2}, {6, 4, 5}}, x, corner);
    }

    @Test
    @Points(1)
    @Hint(value = "conv2d must throw IllegalArgumentException when the image does not have the kernel's C_in "
            + "channels, or when the dilated kernel (D (K - 1) + 1 pixels) does not fit into the padded image.",
            zh = "当图像的通道数不等于卷积核的 C_in，或者膨胀后的卷积核（D (K - 1) + 1 个像素）放不进补齐后的图像时，"
                    + "conv2d 必须抛出 IllegalArgumentException。")
    void conv2dRejectsMismatches() {
        Image x = ImageArbitraries.counting(3, 3, 2);
        ConvKernel oneChannel = single(new double[][] {{1}}, 0);
        assertThatIllegalArgumentException().as("conv2d of a 2-channel image with a 1-channel kernel")
                .isThrownBy(() -> ConvLayers.conv2d(x, new Conv2d(oneChannel, 1, 0, 1, PaddingMode.ZEROS)));
        ConvKernel wide = ConvKernel.of(new double[2][2][2][2], new double[2]);
        assertThatIllegalArgumentException().as("conv2d of a 3 x 3 image, 2 x 2 kernel with D = 3, P = 0 (spans 4)")
                .isThrownBy(() -> ConvLayers.conv2d(x, new Conv2d(wide, 1, 0, 3, PaddingMode.ZEROS)));
        ConvKernel big = ConvKernel.of(new double[1][2][5][5], new double[1]);
        assertThatIllegalArgumentException().as("conv2d of a 3 x 3 image with a 5 x 5 kernel, P = 0")
                .isThrownBy(() -> ConvLayers.conv2d(x, new Conv2d(big, 1, 0, 1, PaddingMode.CIRCULAR)));
    }

    @Test
    @Points(1)
    @Hint(value = "Pooling works on each channel separately: max pooling keeps the largest value of every "
            + "size x size window, average pooling their mean (divide by size * size); windows start every stride "
            + "pixels and there is no padding.",
            zh = "池化对每个通道分别进行：最大池化保留每个 size x size 窗口中的最大值，平均池化取它们的均值（除以 "
                    + "size * size）；窗口每隔 stride 个像素开始一个，不补齐。")
    void poolingOnAKnownImage() {
        Image x = gray(new double[][] {{1, 3, 2, 4}, {5, 7, 6, 8}, {9, 2, 1, 0}, {4, 3, 6, 5}});
        expect("maxPool(size 2, stride 2)", ConvLayers.maxPool(x, 2, 2), new double[][] {{7, 8}, {9, 6}}, x, null);
        expect("avgPool(size 2, stride 2)", ConvLayers.avgPool(x, 2, 2), new double[][] {{4, 5}, {4.5, 3}}, x,
                null);
        expect("maxPool(size 3, stride 1)", ConvLayers.maxPool(x, 3, 1), new double[][] {{9, 8}, {9, 8}}, x, null);
        Image two = Image.of(new double[][][] {{{1, -1}, {2, -2}}, {{3, -3}, {4, -4}}});
        assertThat(ConvLayers.maxPool(two, 2, 2)).as("maxPool of a 2-channel image, channel by channel")
                .isEqualTo(Image.of(new double[][][] {{{4, -1}}}));
    }

    @Test
    @Points(1)
    @Hint(value = "A pooling window must fit into the image and both size and stride must be at least 1: throw "
            + "IllegalArgumentException otherwise.",
            zh = "池化窗口必须放得进图像，size 和 stride 都必须至少为 1：否则抛出 IllegalArgumentException。")
    void poolingRejectsImpossibleWindows() {
        Image x = ImageArbitraries.counting(2, 3, 1);
        int[][] bad = {{3, 1}, {0, 1}, {2, 0}};
        for (int[] b : bad) {
            assertThatIllegalArgumentException().as("maxPool of a 2 x 3 image, size %d, stride %d", b[0], b[1])
                    .isThrownBy(() -> ConvLayers.maxPool(x, b[0], b[1]));
            assertThatIllegalArgumentException().as("avgPool of a 2 x 3 image, size %d, stride %d", b[0], b[1])
                    .isThrownBy(() -> ConvLayers.avgPool(x, b[0], b[1]));
        }
    }

    @Test
    @Points(1)
    @Hint(value = "A residual block returns y = F(x) + x, entry by entry, calling F once: with F = 0 it is the "
            + "identity, which is why very deep residual networks stay trainable.",
            zh = "残差块返回 y = F(x) + x（逐元素相加），只调用 F 一次：F = 0 时它就是恒等映射，这正是很深的残差网络仍然"
                    + "可以训练的原因。")
    void residualAddsTheInput() {
        Image x = ImageArbitraries.counting(2, 2, 2);
        int[] calls = {0};
        UnaryOperator<Image> doubled = img -> {
            calls[0]++;
            return Image.of(scale(img.toArray(), 2));
        };
        assertThat(ConvLayers.residual(x, doubled)).as("residual(x, F = 2x) on x = 1..8")
                .isEqualTo(Image.of(scale(x.toArray(), 3)));
        assertThat(calls[0]).as("how often residual called F").isEqualTo(1);
        assertThat(ConvLayers.residual(x, img -> Image.zeros(2, 2, 2))).as("residual(x, F = 0)").isEqualTo(x);
    }

    @Test
    @Points(1)
    @Hint(value = "y = F(x) + x needs F(x) to have exactly the shape of x (height, width AND channels): throw "
            + "IllegalArgumentException when a layer in F changes the size (stride, no padding) or the number of "
            + "channels. ResNet then uses a projection on the shortcut.",
            zh = "y = F(x) + x 要求 F(x) 的形状与 x 完全相同（高、宽和通道数）：当 F 中的某一层改变了尺寸（步幅、不补齐）"
                    + "或通道数时抛出 IllegalArgumentException。ResNet 此时在捷径上使用投影。")
    void residualRejectsAShapeChange() {
        Image x = ImageArbitraries.counting(3, 3, 2);
        assertThatIllegalArgumentException().as("residual where F makes 3 x 3 x 2 into 2 x 2 x 2")
                .isThrownBy(() -> ConvLayers.residual(x, img -> Image.zeros(2, 2, 2)));
        assertThatIllegalArgumentException().as("residual where F makes 3 x 3 x 2 into 3 x 3 x 1")
                .isThrownBy(() -> ConvLayers.residual(x, img -> Image.zeros(3, 3, 1)));
        assertThatIllegalArgumentException().as("residual where F makes 3 x 3 x 2 into 3 x 4 x 2")
                .isThrownBy(() -> ConvLayers.residual(x, img -> Image.zeros(3, 4, 2)));
        assertThatIllegalArgumentException().as("residual where F makes 3 x 3 x 2 into 4 x 3 x 2")
                .isThrownBy(() -> ConvLayers.residual(x, img -> Image.zeros(4, 3, 2)));
    }

    private static double[][][] scale(double[][][] a, double f) {
        for (double[][] row : a) {
            for (double[] pixel : row) {
                for (int c = 0; c < pixel.length; c++) {
                    pixel[c] *= f;
                }
            }
        }
        return a;
    }
}
