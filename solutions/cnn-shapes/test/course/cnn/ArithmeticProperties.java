package course.cnn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArithmeticProperties {

    @Provide
    Arbitrary<Integer> size() {
        return CourseArbitraries.smallInts(1, 12);
    }

    @Provide
    Arbitrary<Integer> stride() {
        return CourseArbitraries.smallInts(1, 4);
    }

    @Provide
    Arbitrary<Integer> padding() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Integer> channels() {
        return CourseArbitraries.smallInts(1, 8);
    }

    @Provide
    Arbitrary<List<LayerSpec>> stack() {
        return Generators.stacks();
    }

    @Property
    @Points(2)
    @Hint(value = "outputSize must equal the number of window positions 0, S, 2S, ... at which a K-wide window lies "
            + "inside the input padded by P on both sides, i.e. floor((W - K + 2P) / S) + 1; when there is none "
            + "(K > W + 2P) it must throw IllegalArgumentException.",
            zh = "outputSize 必须等于宽为 K 的窗口在两侧各补 P 的输入中可以放置的位置数（位置为 0、S、2S、...），即 "
                    + "floor((W - K + 2P) / S) + 1；一个位置都没有时（K > W + 2P）必须抛出 IllegalArgumentException。")
    void outputSizeCountsTheWindowPositions(@ForAll("size") int w, @ForAll("size") int k, @ForAll("stride") int s,
            @ForAll("padding") int p) {
        int expected = Oracle.windowPositions(w, k, s, p);
        String call = "outputSize(W = " + w + ", K = " + k + ", S = " + s + ", P = " + p + ")";
        String problem;
        try {
            int actual = ConvArithmetic.outputSize(w, k, s, p);
            problem = expected == 0 ? call + " returned " + actual + ", but no window fits (K > W + 2P): expected "
                    + "IllegalArgumentException" : actual == expected ? null
                    : call + " is " + actual + " but should be " + expected;
        } catch (IllegalArgumentException e) {
            problem = expected == 0 ? null : call + " threw " + e + " but " + expected + " windows fit";
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "Adding a layer never shrinks the receptive field: layer l adds D_l (K_l - 1) times the product of "
            + "the strides before it, which is >= 0, and > 0 whenever K_l >= 2. Shallow layers see small local "
            + "regions; depth widens the context.",
            zh = "增加一层绝不会缩小感受野：第 l 层增加 D_l (K_l - 1) 乘以它之前各层步幅之积，这个量 >= 0，且 K_l >= 2 时 "
                    + "> 0。浅层只看到局部的小区域；深度让上下文变宽。")
    void receptiveFieldGrowsMonotonicallyWithDepth(@ForAll("stack") List<LayerSpec> layers) {
        String problem = null;
        long previous = ConvArithmetic.receptiveField(List.of());
        if (previous != 1) {
            problem = "the receptive field of no layer is " + previous + ", expected 1";
        }
        for (int l = 1; l <= layers.size() && problem == null; l++) {
            List<LayerSpec> prefix = layers.subList(0, l);
            long r = ConvArithmetic.receptiveField(prefix);
            long expected = Oracle.receptiveField(prefix);
            LayerSpec added = layers.get(l - 1);
            if (r < previous || (added.kernel() >= 2 && r == previous)) {
                problem = "adding layer " + l + " " + added + " changed the receptive field from " + previous + " to "
                        + r + "; it must grow" + (added.kernel() >= 2 ? "" : " or stay");
            } else if (r != expected) {
                problem = "the receptive field of the first " + l + " layers " + prefix + " is " + r
                        + " but should be " + expected + Oracle.diagnoseField(prefix, r);
            }
            previous = r;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("outputSizeCountsTheWindowPositions")
    @Hint(value = "A convolution shares its (K * K * C_in + 1) * C_out parameters across all positions, so the count "
            + "does not depend on the image. A dense layer producing the same output volume needs (H W C_in + 1) "
            + "(H' W' C_out), which grows with every pixel added to the input.",
            zh = "卷积在所有位置共享它的 (K * K * C_in + 1) * C_out 个参数，所以参数量与图像无关。产生相同输出体积的"
                    + "全连接层需要 (H W C_in + 1)(H' W' C_out) 个参数，输入每多一个像素它就增长。")
    void convParametersDoNotDependOnTheInputSize(@ForAll("size") int k, @ForAll("channels") int cIn,
            @ForAll("channels") int cOut, @ForAll("stride") int s) {
        long conv = ConvArithmetic.convParameters(k, cIn, cOut);
        long expectedConv = ((long) k * k * cIn + 1) * cOut;
        String problem = conv == expectedConv ? null : "convParameters(K = " + k + ", C_in = " + cIn + ", C_out = "
                + cOut + ") is " + conv + " but should be " + expectedConv;
        long previousDense = 0;
        for (int side = k; side <= k + 3 && problem == null; side++) {
            int out = ConvArithmetic.outputSize(side, k, s, 0);
            long dense = ConvArithmetic.denseParameters((long) side * side * cIn, (long) out * out * cOut);
            long expectedDense = ((long) side * side * cIn + 1) * ((long) out * out * cOut);
            if (dense != expectedDense) {
                problem = "denseParameters(" + side * side * cIn + ", " + out * out * cOut + ") is " + dense
                        + " but should be " + expectedDense;
            } else if (dense <= previousDense) {
                problem = "the dense layer for a " + side + " x " + side + " input has " + dense
                        + " parameters, not more than for a smaller input (" + previousDense + ")";
            }
            previousDense = dense;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
