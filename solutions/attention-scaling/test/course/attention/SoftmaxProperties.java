package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

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
        return Generators.hundredths(1000);
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "softmax must return a probability distribution for ANY finite logits, including ones like 800 or "
            + "-900: entries in [0, 1] summing to 1. NaN or Infinity here means exp overflowed (or everything "
            + "underflowed to 0): subtract the max logit first.",
            zh = "对任意有限的 logit（包括 800 或 -900 这样的值），softmax 都必须返回概率分布：每项在 [0, 1] 内且和为 1。"
                    + "出现 NaN 或 Infinity 说明 exp 上溢了（或全部下溢为 0）：先减去最大的 logit。")
    void softmaxIsAProbabilityDistribution(@ForAll("wideLogits") double[] logits) {
        double[] p = Attention.softmax(logits.clone());
        // One failure site per property: jqwik only shrinks toward samples that fail at the same place.
        String call = "softmax(" + NumberText.show(logits) + ")";
        Optional<String> problem = Approx.difference(call, p, Oracle.softmax(logits), Tolerance.DEFAULT)
                .or(() -> Approx.difference("the sum of " + call, Arrays.stream(p).sum(), 1, Tolerance.DEFAULT));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
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
        Optional<String> problem = Approx.difference("softmax(x + " + NumberText.show(c) + ")", q, p,
                Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("x = %s, softmax(x) = %s; they should be equal: %s",
                NumberText.show(logits), NumberText.show(p), problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
    @Points(1)
    @DependsOn("SoftmaxTests.softmaxOfKnownLogits")
    @Hint(value = "The softmax Jacobian p_i (delta_ij - p_j) has every entry in [-1/4, 1/4] (p(1 - p) <= 1/4 and "
            + "p_i p_j <= 1/4 when p_i + p_j <= 1), and it shrinks toward 0 as softmax saturates: this is why "
            + "attention divides its logits by sqrt(d_k).",
            zh = "softmax 雅可比矩阵 p_i (delta_ij - p_j) 的每一项都在 [-1/4, 1/4] 内（p(1 - p) <= 1/4，且 p_i + p_j <= 1 时 "
                    + "p_i p_j <= 1/4），softmax 饱和时它趋于 0：这正是注意力要把 logit 除以 sqrt(d_k) 的原因。")
    void softmaxJacobianEntriesAreAtMostOneQuarter(@ForAll("moderateLogits") double[] logits) {
        double[][] jacobian = Attention.softmaxJacobian(logits.clone());
        double[] p = Oracle.softmax(logits);
        int n = logits.length;
        double[][] expected = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                expected[i][j] = (i == j ? p[i] : 0) - p[i] * p[j];
            }
        }
        String at = "the Jacobian of softmax(" + NumberText.show(logits) + ")";
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < jacobian.length && problem.isEmpty(); i++) {
            for (int j = 0; j < jacobian[i].length && problem.isEmpty(); j++) {
                if (!(Math.abs(jacobian[i][j]) <= 0.25 + 1e-12)) {
                    problem = Optional.of("entry [" + i + "][" + j + "] of " + at + " is "
                            + NumberText.show(jacobian[i][j]) + ", whose magnitude exceeds 1/4");
                }
            }
        }
        if (problem.isEmpty()) {
            problem = Approx.difference(at, jacobian, expected, new Tolerance(1e-10, 0))
                    .map(d -> d + "\n  expected p_i (delta_ij - p_j) with p = " + NumberText.show(p));
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
