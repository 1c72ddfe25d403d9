package course.cnn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Tolerance;

import course.cnn.Generators.ConvCase;
import course.cnn.Generators.PoolCase;
import course.cnn.Generators.ShiftCase;
import course.tensor.Image;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LayersProperties {

    @Provide
    Arbitrary<ConvCase> anyConv() {
        return Generators.convCases();
    }

    @Provide
    Arbitrary<ShiftCase> circularShift() {
        return Generators.shiftCases();
    }

    @Provide
    Arbitrary<PoolCase> anyPool() {
        return Generators.poolCases();
    }

    @Property
    @Points(3)
    @DependsOn("ArithmeticProperties.outputSizeCountsTheWindowPositions")
    @Hint(value = "Output (i, j, o) = bias(o) + sum over channels c and taps (u, v) of weight(o, c, u, v) times the "
            + "input at row i*S + u*D - P, column j*S + v*D - P (0 outside with ZEROS, wrapped with CIRCULAR); the "
            + "output is outputSize(H, D (K - 1) + 1, S, P) x outputSize(W, ...) x C_out.",
            zh = "输出 (i, j, o) = bias(o) + 对所有通道 c 和抽头 (u, v) 求和 weight(o, c, u, v) 乘以第 i*S + u*D - P 行、"
                    + "第 j*S + v*D - P 列的输入（ZEROS 时外面为 0，CIRCULAR 时首尾相接）；输出尺寸为 "
                    + "outputSize(H, D (K - 1) + 1, S, P) x outputSize(W, ...) x C_out。")
    void conv2dMatchesTheDirectDefinition(@ForAll("anyConv") ConvCase c) {
        Image out = ConvLayers.conv2d(c.image(), c.layer());
        Optional<String> diff = Oracle.difference("conv2d output", out, Oracle.conv(c.image(), c.layer()),
                Tolerance.DEFAULT);
        String problem = diff.map(d -> d + Oracle.diagnoseConv(c.image(), c.layer(), out.toArray())).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("LayersTests.conv2dWithCircularPadding")
    @Hint(value = "With circular padding, stride 1 and P = D (K - 1) / 2 the output has the input's size, and a "
            + "convolution commutes with circular shifts: shifting the image by (dy, dx) shifts the output by "
            + "(dy, dx). The same weights are used at every position (weight sharing) - that is the translation "
            + "equivariance of CNNs.",
            zh = "使用循环填充、步幅 1 且 P = D (K - 1) / 2 时，输出与输入同样大小，卷积与循环平移可交换：把图像平移 "
                    + "(dy, dx)，输出也平移 (dy, dx)。每个位置使用同一组权重（权值共享）——这就是 CNN 的平移等变性。")
    void circularConvolutionIsTranslationEquivariant(@ForAll("circularShift") ShiftCase s) {
        Conv2d layer = s.conv().layer();
        Image x = s.conv().image();
        Image shiftedThenConv = ConvLayers.conv2d(Oracle.shifted(x, s.dy(), s.dx()), layer);
        Image convThenShifted = Oracle.shifted(ConvLayers.conv2d(x, layer), s.dy(), s.dx());
        String problem = Oracle.difference("conv2d(shift(x))", shiftedThenConv, convThenShifted.toArray(),
                Tolerance.DEFAULT).map(d -> d + "\n  (expected: shift(conv2d(x)), your own convolution of x, shifted)")
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(1)
    @DependsOn("LayersTests.poolingOnAKnownImage")
    @Hint(value = "Pooling keeps the channels and shrinks each side to outputSize(H, size, stride, 0); every max "
            + "pooling output is the largest value of its window, every average pooling output the window's mean.",
            zh = "池化保留通道数，把每条边缩小为 outputSize(H, size, stride, 0)；每个最大池化输出是其窗口中的最大值，"
                    + "每个平均池化输出是窗口的均值。")
    void poolingMatchesTheDefinition(@ForAll("anyPool") PoolCase p) {
        Image max = ConvLayers.maxPool(p.image(), p.size(), p.stride());
        Image avg = ConvLayers.avgPool(p.image(), p.size(), p.stride());
        String problem = Oracle.difference("maxPool", max, Oracle.pool(p.image(), p.size(), p.stride(), true),
                        Tolerance.DEFAULT)
                .or(() -> Oracle.difference("avgPool", avg, Oracle.pool(p.image(), p.size(), p.stride(), false),
                        Tolerance.DEFAULT))
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(1)
    @DependsOn("LayersTests.residualAddsTheInput")
    @Hint(value = "residual(x, F) is F(x) + x for any F that keeps the shape, here a 'same' convolution (computed "
            + "by the test, not by your conv2d).",
            zh = "对任何保持形状的 F，residual(x, F) 都是 F(x) + x；这里 F 是一个保持尺寸的卷积（由测试计算，"
                    + "不用你的 conv2d）。")
    void residualIsFOfXPlusX(@ForAll("circularShift") ShiftCase s) {
        Conv2d layer = s.conv().layer();
        Image x = s.conv().image();
        Image fx = Image.of(Oracle.conv(x, layer));
        double[][][] expected = fx.toArray();
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                for (int ch = 0; ch < expected[r][c].length; ch++) {
                    expected[r][c][ch] += x.get(r, c, ch);
                }
            }
        }
        String problem = Oracle.difference("residual(x, F)", ConvLayers.residual(x, img -> fx), expected,
                Tolerance.DEFAULT).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
