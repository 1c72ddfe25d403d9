package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class SoftmaxTests {

    @Test
    @Points(1)
    @Hint(value = "softmax: p_i = exp(x_i) / sum_j exp(x_j). Check that you normalize by the sum of the exponentials "
            + "(not of the logits) and that masked logits (-Infinity) get probability exactly 0.",
            zh = "softmax：p_i = exp(x_i) / sum_j exp(x_j)。检查是否除以指数之和（而不是 logit 之和），"
                    + "以及被掩码的 logit（-Infinity）的概率是否恰好为 0。")
    void softmaxOfKnownLogits() {
        double e1 = Math.exp(1);
        double e2 = Math.exp(2);
        double sum = 1 + e1 + e2;
        expectSoftmax(new double[] {0, 1, 2}, new double[] {1 / sum, e1 / sum, e2 / sum});
        expectSoftmax(new double[] {3, 3}, new double[] {0.5, 0.5});
        expectSoftmax(new double[] {7.5}, new double[] {1});
        expectSoftmax(new double[] {Double.NEGATIVE_INFINITY, 0, Double.NEGATIVE_INFINITY}, new double[] {0, 1, 0});
        expectSoftmax(new double[] {Math.log(3), Double.NEGATIVE_INFINITY, 0}, new double[] {0.75, 0, 0.25});
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
        expectSoftmax(new double[] {1000, 999, 998}, new double[] {1 / sum, e1 / sum, e2 / sum});
        expectSoftmax(new double[] {-1000, -1001, -1002}, new double[] {1 / sum, e1 / sum, e2 / sum});
        expectSoftmax(new double[] {800, -800}, new double[] {1, 0});
        expectSoftmax(new double[] {1e6, 1e6}, new double[] {0.5, 0.5});
    }

    @Test
    @Points(1)
    @Hint(value = "softmax needs at least one logit and at least one that is not masked; NaN and +Infinity are not "
            + "valid logits. Throw IllegalArgumentException for those inputs.",
            zh = "softmax 至少需要一个 logit，并且至少有一个未被掩码；NaN 和 +Infinity 不是合法的 logit。"
                    + "对这些输入抛出 IllegalArgumentException。")
    void softmaxRejectsInvalidLogits() {
        double[][] invalid = {
            {},
            {1, Double.NaN},
            {Double.POSITIVE_INFINITY, 0},
            {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
        };
        for (double[] logits : invalid) {
            assertThatThrownBy(() -> Attention.softmax(logits))
                    .as("softmax(%s) should throw IllegalArgumentException", Arrays.toString(logits))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "The softmax Jacobian is dp_i/dx_j = p_i (delta_ij - p_j): p_i (1 - p_i) on the diagonal and "
            + "-p_i p_j off it. It is compared here with finite differences of softmax.",
            zh = "softmax 的雅可比矩阵为 dp_i/dx_j = p_i (delta_ij - p_j)：对角线上是 p_i (1 - p_i)，"
                    + "非对角线是 -p_i p_j。这里与 softmax 的有限差分结果比较。")
    void softmaxJacobianMatchesFiniteDifferences() {
        double[][] cases = {{0, 0}, {0.5, -1, 2}, {3, 1, 0, -2}};
        double h = 1e-6;
        for (double[] x : cases) {
            double[][] jacobian = Attention.softmaxJacobian(x.clone());
            assertThat(jacobian.length).as("Jacobian of softmax(%s) should be %d x %d", Arrays.toString(x),
                    x.length, x.length).isEqualTo(x.length);
            for (int j = 0; j < x.length; j++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[j] += h;
                minus[j] -= h;
                double[] pPlus = Oracle.softmax(plus);
                double[] pMinus = Oracle.softmax(minus);
                for (int i = 0; i < x.length; i++) {
                    double numeric = (pPlus[i] - pMinus[i]) / (2 * h);
                    assertThat(jacobian[i][j])
                            .withFailMessage("Jacobian of softmax(%s): entry [%d][%d] = dp_%d/dx_%d is %s, expected "
                                    + "about %.8f", Arrays.toString(x), i, j, i, j, jacobian[i][j], numeric)
                            .isCloseTo(numeric, within(1e-7));
                }
            }
        }
    }

    private static void expectSoftmax(double[] logits, double[] expected) {
        double[] input = logits.clone();
        double[] p = Attention.softmax(input);
        assertThat(p.length).as("softmax(%s) has %d entries", Arrays.toString(logits), p.length)
                .isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(p[i])
                    .withFailMessage("softmax(%s) returned %s; entry %d should be %s",
                            Arrays.toString(logits), Arrays.toString(p), i, expected[i])
                    .isCloseTo(expected[i], within(1e-9));
        }
        assertThat(input).as("softmax must not change its argument").isEqualTo(logits);
    }
}
