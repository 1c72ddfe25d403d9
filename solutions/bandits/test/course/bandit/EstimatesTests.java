package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The incremental updates and the recency weights on numbers checked by hand, and bad input. */
class EstimatesTests {

    @Test
    @Points(1)
    @Hint(value = "The sample average after n rewards is Q_{n+1} = Q_n + (R_n - Q_n) / n with n counting this reward: "
            + "the first reward (n = 1) replaces Q_1 entirely, so Q_1 = 5 then R_1 = 2 gives 2, and R_2 = 4 gives 3.",
            zh = "n 个奖励之后的样本平均为 Q_{n+1} = Q_n + (R_n - Q_n) / n，n 包括这一次的奖励：第一个奖励（n = 1）"
                    + "完全替换 Q_1，所以 Q_1 = 5 之后 R_1 = 2 得到 2，R_2 = 4 得到 3。")
    void sampleAverageForgetsTheInitialEstimate() {
        double first = Estimates.sampleAverage(5, 2, 1);
        double second = Estimates.sampleAverage(first, 4, 2);
        String problem = Approx.difference("(Q_2, Q_3)", new double[] {first, second}, new double[] {2, 3},
                Tolerance.DEFAULT).orElse(null);
        assertThat(problem).withFailMessage("Q_1 = 5, R_1 = 2 (n = 1), R_2 = 4 (n = 2): %s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "A constant step moves the estimate a fraction alpha of the way to the reward: Q + alpha (R - Q). "
            + "update() uses 1/n for StepSize.sampleAverage() and alpha for StepSize.constant(alpha).",
            zh = "常数步长让估计值向奖励移动 alpha 比例的距离：Q + alpha (R - Q)。update() 对 StepSize.sampleAverage() "
                    + "用 1/n，对 StepSize.constant(alpha) 用 alpha。")
    void constantStepAndUpdateDispatch() {
        double[] got = {Estimates.constantStep(5, 1, 0.25), Estimates.update(5, 1, 4, StepSize.constant(0.25)),
            Estimates.update(5, 1, 4, StepSize.sampleAverage())};
        String problem = Approx.difference("(constantStep, update constant, update sample average)", got,
                new double[] {4, 4, 4}, Tolerance.DEFAULT).orElse(null);
        double averaged = Estimates.update(6, 2, 2, StepSize.sampleAverage());
        if (problem == null && Math.abs(averaged - 4) > 1e-12) {
            problem = "update(6, 2, n = 2, sampleAverage) is " + averaged + " but should be 6 + (2 - 6) / 2 = 4";
        }
        assertThat(problem).withFailMessage("Q = 5, R = 1, alpha = 1/4 (or 1/n with n = 4): %s", problem).isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "After n constant-step updates Q_{n+1} = (1 - alpha)^n Q_1 + sum_i alpha (1 - alpha)^(n-i) R_i: "
            + "entry 0 is the weight of Q_1, entry i that of R_i, and the NEWEST reward R_n has the largest weight "
            + "alpha. For alpha = 1/2 and n = 3: [1/8, 1/8, 1/4, 1/2].",
            zh = "n 次常数步长更新之后 Q_{n+1} = (1 - alpha)^n Q_1 + sum_i alpha (1 - alpha)^(n-i) R_i："
                    + "第 0 项是 Q_1 的权重，第 i 项是 R_i 的权重，最新的奖励 R_n 权重最大，为 alpha。"
                    + "alpha = 1/2、n = 3 时为 [1/8, 1/8, 1/4, 1/2]。")
    void recencyWeightsByHand() {
        String problem = Approx.difference("recencyWeights(1/2, 3)", Estimates.recencyWeights(0.5, 3),
                new double[] {0.125, 0.125, 0.25, 0.5}, Tolerance.DEFAULT).orElse(null);
        if (problem == null) {
            problem = Approx.difference("recencyWeights(1, 2)", Estimates.recencyWeights(1, 2),
                    new double[] {0, 0, 1}, Tolerance.DEFAULT).map(d -> d + " (alpha = 1 keeps only the last reward)")
                    .orElse(null);
        }
        if (problem == null) {
            problem = Approx.difference("recencyWeights(0.3, 0)", Estimates.recencyWeights(0.3, 0),
                    new double[] {1}, Tolerance.DEFAULT).map(d -> d + " (no rewards yet: all weight on Q_1)")
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for n < 1 (n counts the rewards, this one included), for alpha "
            + "outside (0, 1] (0, negative, above 1, NaN) and for a negative number of rewards in recencyWeights.",
            zh = "n < 1（n 统计包括本次在内的奖励数）、alpha 不在 (0, 1] 内（0、负数、大于 1、NaN）、"
                    + "recencyWeights 的奖励数为负时，都要抛 IllegalArgumentException。")
    void badInputIsRejected() {
        rejects(() -> Estimates.sampleAverage(0, 1, 0), "sampleAverage with n = 0");
        rejects(() -> Estimates.sampleAverage(0, 1, -2), "sampleAverage with n = -2");
        rejects(() -> Estimates.update(0, 1, 0, StepSize.sampleAverage()), "update(sampleAverage) with n = 0");
        rejects(() -> Estimates.update(0, 1, 0, StepSize.constant(0.5)), "update(constant 0.5) with n = 0");
        for (double alpha : new double[] {0, -0.1, 1.5, Double.NaN}) {
            rejects(() -> Estimates.constantStep(0, 1, alpha), "constantStep with alpha = " + alpha);
            rejects(() -> Estimates.recencyWeights(alpha, 3), "recencyWeights with alpha = " + alpha);
        }
        rejects(() -> Estimates.recencyWeights(0.5, -1), "recencyWeights with n = -1");
    }

    private static void rejects(ThrowingCallable call, String what) {
        assertThatExceptionOfType(IllegalArgumentException.class).as(what + " must throw IllegalArgumentException")
                .isThrownBy(call);
    }
}
