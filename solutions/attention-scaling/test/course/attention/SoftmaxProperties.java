package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SoftmaxProperties {

    @Provide
    Arbitrary<double[]> wideLogits() {
        return Generators.logits(1000);
    }

    @Provide
    Arbitrary<double[]> moderateLogits() {
        return Generators.logits(50);
    }

    @Provide
    Arbitrary<Double> shifts() {
        return Arbitraries.doubles().between(-1000, 1000).ofScale(2);
    }

    @Property
    @Points(2)
    @Hint(value = "softmax must return a probability distribution for ANY finite logits, including ones like 800 or "
            + "-900: entries in [0, 1] summing to 1. NaN or Infinity here means exp overflowed (or everything "
            + "underflowed to 0): subtract the max logit first.",
            zh = "对任意有限的 logit（包括 800 或 -900 这样的值），softmax 都必须返回概率分布：每项在 [0, 1] 内且和为 1。"
                    + "出现 NaN 或 Infinity 说明 exp 上溢了（或全部下溢为 0）：先减去最大的 logit。")
    void softmaxIsAProbabilityDistribution(@ForAll("wideLogits") double[] logits) {
        double[] p = Attention.softmax(logits.clone());
        double[] expected = Oracle.softmax(logits);
        assertThat(p.length).as("softmax of %d logits returned %d entries", logits.length, p.length)
                .isEqualTo(logits.length);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i])
                    .withFailMessage("softmax(%s) returned %s: entry %d is %s, expected %s",
                            Arrays.toString(logits), Arrays.toString(p), i, p[i], expected[i])
                    .isCloseTo(expected[i], within(1e-9));
            sum += p[i];
        }
        assertThat(sum).withFailMessage("softmax(%s) sums to %s, expected 1", Arrays.toString(logits), sum)
                .isCloseTo(1.0, within(1e-9));
    }

    @Property
    @Points(2)
    @Hint(value = "Shift invariance: softmax(x + c) = softmax(x) for every constant c, because exp(x_i + c) = "
            + "exp(c) exp(x_i) and exp(c) cancels in the normalization. An implementation that exponentiates the "
            + "raw logits breaks this as soon as x + c leaves about [-745, 709].",
            zh = "平移不变性：对任意常数 c，softmax(x + c) = softmax(x)，因为 exp(x_i + c) = exp(c) exp(x_i)，"
                    + "exp(c) 在归一化时约掉。直接对原始 logit 取指数的实现在 x + c 超出约 [-745, 709] 时就会出错。")
    void softmaxIgnoresAConstantShift(@ForAll("moderateLogits") double[] logits, @ForAll("shifts") double c) {
        double[] shifted = Arrays.stream(logits).map(x -> x + c).toArray();
        double[] p = Attention.softmax(logits.clone());
        double[] q = Attention.softmax(shifted.clone());
        for (int i = 0; i < p.length; i++) {
            assertThat(q[i])
                    .withFailMessage("softmax(x) = %s but softmax(x + %s) = %s for x = %s; they should be equal",
                            Arrays.toString(p), c, Arrays.toString(q), Arrays.toString(logits))
                    .isCloseTo(p[i], within(1e-9));
        }
    }

    @Property
    @Points(2)
    @Hint(value = "The softmax Jacobian p_i (delta_ij - p_j) has every entry in [-1/4, 1/4] (p(1 - p) <= 1/4 and "
            + "p_i p_j <= 1/4 when p_i + p_j <= 1), and it shrinks toward 0 as softmax saturates: this is why "
            + "attention divides its logits by sqrt(d_k).",
            zh = "softmax 雅可比矩阵 p_i (delta_ij - p_j) 的每一项都在 [-1/4, 1/4] 内（p(1 - p) <= 1/4，且 p_i + p_j <= 1 时 "
                    + "p_i p_j <= 1/4），softmax 饱和时它趋于 0：这正是注意力要把 logit 除以 sqrt(d_k) 的原因。")
    void softmaxJacobianEntriesAreAtMostOneQuarter(@ForAll("moderateLogits") double[] logits) {
        double[][] jacobian = Attention.softmaxJacobian(logits.clone());
        double[] p = Oracle.softmax(logits);
        int n = logits.length;
        assertThat(jacobian.length).as("the Jacobian of %d logits should have %d rows", n, n).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(jacobian[i].length).as("row %d of the Jacobian should have %d entries", i, n).isEqualTo(n);
            for (int j = 0; j < n; j++) {
                double expected = (i == j ? p[i] : 0) - p[i] * p[j];
                assertThat(Math.abs(jacobian[i][j]))
                        .withFailMessage("Jacobian entry [%d][%d] of softmax(%s) is %s, whose magnitude exceeds 1/4",
                                i, j, Arrays.toString(logits), jacobian[i][j])
                        .isLessThanOrEqualTo(0.25 + 1e-12);
                assertThat(jacobian[i][j])
                        .withFailMessage("Jacobian entry [%d][%d] of softmax(%s) is %s, expected p_%d (delta - p_%d)"
                                        + " = %s with p = %s", i, j, Arrays.toString(logits), jacobian[i][j], i, j,
                                expected, Arrays.toString(p))
                        .isCloseTo(expected, within(1e-10));
            }
        }
    }
}
