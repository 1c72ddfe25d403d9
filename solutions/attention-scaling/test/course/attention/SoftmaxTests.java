package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class SoftmaxTests {

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;

    @Test
    @Points(1)
    @Hint(value = "softmax: p_i = exp(x_i) / sum_j exp(x_j). Check that you normalize by the sum of the exponentials "
            + "(not of the logits) and that masked logits (-Infinity) get probability EXACTLY 0 (not a tiny number: "
            + "exp(-Infinity) is 0; do not replace -Infinity by a large negative number).",
            zh = "softmax：p_i = exp(x_i) / sum_j exp(x_j)。检查是否除以指数之和（而不是 logit 之和），"
                    + "以及被掩码的 logit（-Infinity）的概率是否恰好为 0（不是一个很小的数：exp(-Infinity) 就是 0；"
                    + "不要把 -Infinity 换成一个很大的负数）。")
    void softmaxOfKnownLogits() {
        double e1 = Math.exp(1);
        double e2 = Math.exp(2);
        double sum = 1 + e1 + e2;
        Optional<String> problem = expectSoftmax(new double[] {0, 1, 2}, new double[] {1 / sum, e1 / sum, e2 / sum})
                .or(() -> expectSoftmax(new double[] {3, 3}, new double[] {0.5, 0.5}))
                .or(() -> expectSoftmax(new double[] {7.5}, new double[] {1}))
                .or(() -> expectSoftmax(new double[] {NEG_INF, 0, NEG_INF}, new double[] {0, 1, 0}))
                .or(() -> expectSoftmax(new double[] {Math.log(3), NEG_INF, 0}, new double[] {0.75, 0, 0.25}))
                .or(() -> expectSoftmax(new double[] {-40, NEG_INF, -40}, new double[] {0.5, 0, 0.5}));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(2)
    @Hint(value = "Numerical stability: exp(1000) overflows to Infinity and Infinity/Infinity is NaN; exp(-1000) "
            + "underflows to 0 and 0/0 is NaN. Subtract the largest logit before exponentiating: softmax(x) = "
            + "softmax(x - max x), and then every exponent is <= 0.",
            zh = "数值稳定性：exp(1000) 上溢为 Infinity，Infinity/Infinity 得 NaN；exp(-1000) 下溢为 0，0/0 得 NaN。"
                    + "取指数前先减去最大的 logit：softmax(x) = softmax(x - max x)，这样所有指数都 <= 0。")
    void softmaxSurvivesHugeLogits() {
        double e1 = Math.exp(-1);
        double e2 = Math.exp(-2);
        double sum = 1 + e1 + e2;
        double[] descending = {1 / sum, e1 / sum, e2 / sum};
        Optional<String> problem = expectSoftmax(new double[] {1000, 999, 998}, descending)
                .or(() -> expectSoftmax(new double[] {-1000, -1001, -1002}, descending))
                .or(() -> expectSoftmax(new double[] {800, -800}, new double[] {1, 0}))
                .or(() -> expectSoftmax(new double[] {1e6, 1e6}, new double[] {0.5, 0.5}))
                .or(() -> expectSoftmax(new double[] {NEG_INF, 1000}, new double[] {0, 1}));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "softmax and softmaxJacobian need at least one logit and at least one that is not masked; NaN and "
            + "+Infinity are not valid logits. Throw IllegalArgumentException for those inputs, in both methods "
            + "(the Jacobian has the same input rules as softmax).",
            zh = "softmax 和 softmaxJacobian 至少需要一个 logit，并且至少有一个未被掩码；NaN 和 +Infinity 不是合法的 "
                    + "logit。两个方法都要对这些输入抛出 IllegalArgumentException（雅可比矩阵的输入规则与 softmax 相同）。")
    void softmaxRejectsInvalidLogits() {
        double[][] invalid = {
            {},
            {1, Double.NaN},
            {Double.POSITIVE_INFINITY, 0},
            {NEG_INF, NEG_INF},
        };
        Rejections calls = new Rejections();
        for (double[] logits : invalid) {
            calls.mustThrow(IllegalArgumentException.class, "softmax(" + Arrays.toString(logits) + ")",
                            () -> Attention.softmax(logits.clone()))
                    .mustThrow(IllegalArgumentException.class, "softmaxJacobian(" + Arrays.toString(logits) + ")",
                            () -> Attention.softmaxJacobian(logits.clone()));
        }
        Optional<String> problem = calls.problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @DependsOn("softmaxOfKnownLogits")
    @Hint(value = "The softmax Jacobian is dp_i/dx_j = p_i (delta_ij - p_j): p_i (1 - p_i) on the diagonal and "
            + "-p_i p_j off it. It is compared here with finite differences of softmax; a masked logit (-Infinity) "
            + "has p = 0, so its row and column are 0.",
            zh = "softmax 的雅可比矩阵为 dp_i/dx_j = p_i (delta_ij - p_j)：对角线上是 p_i (1 - p_i)，"
                    + "非对角线是 -p_i p_j。这里与 softmax 的有限差分结果比较；被掩码的 logit（-Infinity）p = 0，"
                    + "所以它所在的行和列都是 0。")
    void softmaxJacobianMatchesFiniteDifferences() {
        double[][] cases = {{0, 0}, {0.5, -1, 2}, {3, 1, 0, -2}, {0, NEG_INF, Math.log(3)}};
        double h = 1e-6;
        Optional<String> problem = Optional.empty();
        for (int c = 0; c < cases.length && problem.isEmpty(); c++) {
            double[] x = cases[c];
            double[][] numeric = new double[x.length][x.length];
            for (int j = 0; j < x.length; j++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] pPlus = Oracle.softmax(plus);
                double[] pMinus = Oracle.softmax(minus);
                for (int i = 0; i < x.length; i++) {
                    // a masked logit stays -Infinity when nudged: its column is 0
                    numeric[i][j] = Double.isInfinite(x[j]) ? 0 : (pPlus[i] - pMinus[i]) / (2 * h);
                }
            }
            problem = Approx.difference("Jacobian of softmax(" + NumberText.show(x) + ")",
                    Attention.softmaxJacobian(x.clone()), numeric, Tolerance.absolute(1e-7));
        }
        assertThat(problem).withFailMessage("%s (dp_i/dx_j, compared with finite differences)", problem.orElse(""))
                .isEmpty();
    }

    /** The difference between softmax(logits) and expected; a masked logit's probability must be exactly 0. */
    static Optional<String> expectSoftmax(double[] logits, double[] expected) {
        double[] input = logits.clone();
        double[] p = Attention.softmax(input);
        String call = "softmax(" + NumberText.show(logits) + ")";
        Optional<String> problem = Approx.difference(call, p, expected, Tolerance.DEFAULT);
        for (int i = 0; i < logits.length && problem.isEmpty() && p.length == logits.length; i++) {
            if (logits[i] == NEG_INF && p[i] != 0.0) {
                problem = Optional.of(call + "[" + i + "] is " + p[i] + " but a masked logit (-Infinity) has "
                        + "probability exactly 0");
            }
        }
        if (problem.isEmpty() && !Arrays.equals(input, logits)) {
            problem = Optional.of(call + " changed its argument to " + NumberText.show(input)
                    + ": softmax must not change its argument (work on a new array)");
        }
        return problem;
    }
}
