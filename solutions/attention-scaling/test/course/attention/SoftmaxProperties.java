package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

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
        // One failure site per property: jqwik only shrinks toward samples that fail at the same place.
        String problem = null;
        if (p.length != logits.length) {
            problem = "softmax of " + logits.length + " logits returned " + p.length + " entries";
        } else {
            double sum = Arrays.stream(p).sum();
            for (int i = 0; i < p.length && problem == null; i++) {
                if (!(Math.abs(p[i] - expected[i]) <= 1e-9)) {
                    problem = "softmax(" + Arrays.toString(logits) + ") returned " + Arrays.toString(p) + ": entry "
                            + i + " is " + p[i] + ", expected " + expected[i];
                }
            }
            if (problem == null && !(Math.abs(sum - 1) <= 1e-9)) {
                problem = "softmax(" + Arrays.toString(logits) + ") sums to " + sum + ", expected 1";
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
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
        boolean same = p.length == q.length;
        for (int i = 0; same && i < p.length; i++) {
            same = Math.abs(p[i] - q[i]) <= 1e-9;
        }
        assertThat(same)
                .withFailMessage("softmax(x) = %s but softmax(x + %s) = %s for x = %s; they should be equal",
                        Arrays.toString(p), c, Arrays.toString(q), Arrays.toString(logits))
                .isTrue();
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
        String problem = null;
        if (jacobian.length != n || Arrays.stream(jacobian).anyMatch(row -> row.length != n)) {
            problem = "the Jacobian of " + n + " logits should be " + n + " x " + n;
        }
        for (int i = 0; i < n && problem == null; i++) {
            for (int j = 0; j < n && problem == null; j++) {
                double expected = (i == j ? p[i] : 0) - p[i] * p[j];
                if (!(Math.abs(jacobian[i][j]) <= 0.25 + 1e-12)) {
                    problem = "Jacobian entry [" + i + "][" + j + "] of softmax(" + Arrays.toString(logits) + ") is "
                            + jacobian[i][j] + ", whose magnitude exceeds 1/4";
                } else if (!(Math.abs(jacobian[i][j] - expected) <= 1e-10)) {
                    problem = "Jacobian entry [" + i + "][" + j + "] of softmax(" + Arrays.toString(logits) + ") is "
                            + jacobian[i][j] + ", expected p_" + i + " (delta - p_" + j + ") = " + expected
                            + " with p = " + Arrays.toString(p);
                }
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
