package course.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class ArithmeticTests {

    @Test
    @Points(2)
    @Hint(value = "Output size = floor((W - K + 2P) / S) + 1: the padded input has W + 2P positions, a window of K "
            + "fits at W + 2P - K + 1 of them, and a stride of S keeps every S-th, starting with the first. Padding is "
            + "added on BOTH sides (2P), and the division rounds DOWN (a last window that does not fit is dropped).",
            zh = "输出尺寸 = floor((W - K + 2P) / S) + 1：补齐后的输入有 W + 2P 个位置，宽为 K 的窗口可以放在其中 "
                    + "W + 2P - K + 1 个位置上，步幅 S 从第一个开始每 S 个取一个。两侧都要补齐（2P），除法向下取整"
                    + "（放不下的最后一个窗口被丢弃）。")
    void outputSizeOfKnownLayers() {
        int[][] cases = {
            {7, 3, 1, 0, 5}, {7, 3, 2, 0, 3}, {7, 3, 3, 0, 2}, {32, 5, 1, 2, 32}, {224, 3, 1, 1, 224},
            {227, 11, 4, 0, 55}, {224, 7, 2, 3, 112}, {112, 3, 2, 1, 56}, {5, 5, 1, 0, 1}, {4, 5, 2, 1, 1}, {6, 3, 2, 0, 2},
        };
        for (int[] c : cases) {
            assertThat(ConvArithmetic.outputSize(c[0], c[1], c[2], c[3]))
                    .as("outputSize(W = %d, K = %d, S = %d, P = %d)", c[0], c[1], c[2], c[3]).isEqualTo(c[4]);
        }
    }

    @Test
    @Points(2)
    @Hint(value = "A window wider than the padded input (K > W + 2P) has no position at all: throw "
            + "IllegalArgumentException. Do not rely on integer division: in Java (4 - 5) / 2 is 0, not -1, so the "
            + "formula alone would answer 1. Also reject W < 1, K < 1, S < 1 and P < 0.",
            zh = "比补齐后的输入还宽的窗口（K > W + 2P）没有任何位置：抛出 IllegalArgumentException。不要依赖整数除法："
                    + "在 Java 中 (4 - 5) / 2 等于 0 而不是 -1，只用公式会得到 1。同样要拒绝 W < 1、K < 1、S < 1 "
                    + "和 P < 0。")
    void outputSizeRejectsImpossibleLayers() {
        int[][] bad = {{3, 5, 1, 0}, {4, 5, 2, 0}, {1, 4, 1, 1}, {0, 1, 1, 0}, {5, 0, 1, 0}, {5, 3, 0, 0},
            {5, 3, 1, -1}};
        for (int[] b : bad) {
            assertThatIllegalArgumentException()
                    .as("outputSize(W = %d, K = %d, S = %d, P = %d)", b[0], b[1], b[2], b[3])
                    .isThrownBy(() -> ConvArithmetic.outputSize(b[0], b[1], b[2], b[3]));
        }
    }

    @Test
    @Points(2)
    @Hint(value = "A convolution has (K * K * C_in + 1) * C_out parameters (each filter: K*K*C_in weights and a "
            + "bias), whatever the image size; a dense layer has (inputs + 1) * outputs. Compute in long: a dense "
            + "layer from 224 x 224 x 3 to 224 x 224 x 64 has 483 billion parameters, far beyond an int.",
            zh = "卷积层有 (K * K * C_in + 1) * C_out 个参数（每个滤波器 K*K*C_in 个权重加一个偏置），与图像大小无关；"
                    + "全连接层有 (inputs + 1) * outputs 个。用 long 计算：从 224 x 224 x 3 到 224 x 224 x 64 的全连接层"
                    + "有 4830 亿个参数，远超 int 的范围。")
    void parameterCountsOfKnownLayers() {
        assertThat(ConvArithmetic.convParameters(3, 3, 16)).as("convParameters(K = 3, C_in = 3, C_out = 16)")
                .isEqualTo(448);
        assertThat(ConvArithmetic.convParameters(11, 3, 96)).as("AlexNet's first layer, 96 filters of 11 x 11 x 3")
                .isEqualTo(34_944);
        assertThat(ConvArithmetic.convParameters(1, 64, 32)).as("a 1 x 1 convolution from 64 to 32 channels")
                .isEqualTo(2_080);
        assertThat(ConvArithmetic.convParameters(3, 100_000, 100_000))
                .as("convParameters(3, 100000, 100000) (overflows an int)").isEqualTo(90_000_100_000L);
        assertThat(ConvArithmetic.denseParameters(32 * 32 * 3, 32 * 32 * 16))
                .as("dense layer from 32 x 32 x 3 to 32 x 32 x 16").isEqualTo(50_348_032L);
        assertThat(ConvArithmetic.denseParameters(224 * 224 * 3, 224 * 224 * 64))
                .as("dense layer from 224 x 224 x 3 to 224 x 224 x 64").isEqualTo(483_388_358_656L);
        assertThat(ConvArithmetic.denseParameters(3072, 100)).as("dense layer from 3072 inputs to 100 units")
                .isEqualTo(307_300);
        int[][] bad = {{0, 3, 16}, {3, 0, 16}, {3, 3, 0}};
        for (int[] b : bad) {
            assertThatIllegalArgumentException().as("convParameters(%d, %d, %d)", b[0], b[1], b[2])
                    .isThrownBy(() -> ConvArithmetic.convParameters(b[0], b[1], b[2]));
        }
        assertThatIllegalArgumentException().as("denseParameters(0, 10)")
                .isThrownBy(() -> ConvArithmetic.denseParameters(0, 10));
        assertThatIllegalArgumentException().as("denseParameters(10, 0)")
                .isThrownBy(() -> ConvArithmetic.denseParameters(10, 0));
    }

    @Test
    @Points(2)
    @Hint(value = "r = 1 + sum_l D_l (K_l - 1) * (S_1 * ... * S_(l-1)): each layer widens the field by its dilated "
            + "kernel minus one, measured in steps of the layers BEFORE it (its own stride only affects later "
            + "layers). Three 3 x 3 convolutions see 7 x 7; dilations 1, 2, 4 with 3 x 3 kernels see 15; padding "
            + "does not matter.",
            zh = "r = 1 + sum_l D_l (K_l - 1) * (S_1 * ... * S_(l-1))：每一层把感受野扩大（膨胀后的核宽减一），单位是它"
                    + "之前各层的步幅之积（它自己的步幅只影响后面的层）。三个 3 x 3 卷积看到 7 x 7；膨胀率 1、2、4 的 "
                    + "3 x 3 卷积看到 15；填充不影响感受野。")
    void receptiveFieldOfKnownStacks() {
        LayerSpec c3 = LayerSpec.conv(3, 1, 1);
        expectField(List.of(), 1, "no layer");
        expectField(List.of(c3), 3, "one 3 x 3 convolution");
        expectField(List.of(c3, c3, c3), 7, "three 3 x 3 convolutions");
        expectField(List.of(LayerSpec.conv(3, 2, 0), LayerSpec.conv(3, 2, 0)), 7, "two 3 x 3 convolutions, stride 2");
        expectField(List.of(c3, LayerSpec.conv(3, 2, 1), c3), 9, "3 x 3, then 3 x 3 with stride 2, then 3 x 3");
        expectField(List.of(LayerSpec.conv(3, 2, 1), c3, c3), 11, "3 x 3 with stride 2, then two 3 x 3");
        expectField(List.of(new LayerSpec(3, 1, 1, 1), new LayerSpec(3, 1, 2, 2), new LayerSpec(3, 1, 4, 4)), 15,
                "3 x 3 convolutions with dilations 1, 2, 4");
        expectField(List.of(LayerSpec.conv(11, 4, 0), LayerSpec.pool(3, 2), LayerSpec.conv(5, 1, 2)), 51,
                "AlexNet: conv 11 stride 4, max pool 3 stride 2, conv 5");
    }

    private static void expectField(List<LayerSpec> layers, long expected, String what) {
        long actual = ConvArithmetic.receptiveField(layers);
        assertThat(actual).withFailMessage("the receptive field of %s is %d but should be %d%s", what, actual,
                expected, Oracle.diagnoseField(layers, actual)).isEqualTo(expected);
    }
}
