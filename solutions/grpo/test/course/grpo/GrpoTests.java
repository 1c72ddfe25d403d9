package course.grpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** GRPO's pieces on groups and tokens worked by hand, and the documented exceptions. */
class GrpoTests {

    private static final double LN2 = Math.log(2);

    @Test
    @Points(1)
    @Hint(value = "A_i = (r_i - mean) / std with the POPULATION standard deviation (divide by G, not G - 1). For "
            + "rewards (1, 0, 0, 0): mean 1/4, std sqrt(3)/4, so A = (sqrt 3, -1/sqrt 3, -1/sqrt 3, -1/sqrt 3). "
            + "A group whose rewards are all equal carries no signal: all advantages are 0. Compute the variance as "
            + "the mean of (r - mean)^2, not mean(r^2) - mean^2 (that cancels for rewards 1e8 and 1e8 + 1).",
            zh = "A_i = (r_i - 均值) / 标准差，使用总体标准差（除以 G，不是 G - 1）。奖励 (1, 0, 0, 0) 时：均值 1/4，标准差 "
                    + "sqrt(3)/4，所以 A = (sqrt 3, -1/sqrt 3, -1/sqrt 3, -1/sqrt 3)。奖励全部相等的组没有信号：所有优势都为 0。"
                    + "方差要按 (r - 均值)^2 的平均来算，不要用 mean(r^2) - 均值^2（奖励为 1e8 和 1e8 + 1 时会相消）。")
    void advantagesOfHandGroups() {
        double[] rewards = {1, 0, 0, 0};
        double[] a = Grpo.advantages(rewards);
        double s = Math.sqrt(3);
        double[] expected = {s, -1 / s, -1 / s, -1 / s};
        Approx.difference("advantages of rewards (1, 0, 0, 0)", a, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(a, expected, Tolerance.DEFAULT).called("advantages")
                    .mistake("the standard deviation was divided by G - 1 (the sample standard deviation)",
                            () -> GrpoOracle.advantages(rewards, 1))
                    .mistake("the rewards were only centred, not divided by the standard deviation",
                            () -> new double[] {0.75, -0.25, -0.25, -0.25})
                    .explain());
        });
        assertThat(Grpo.advantages(new double[] {0.1, 0.1, 0.1})).as("rewards (0.1, 0.1, 0.1) are all equal")
                .containsExactly(0, 0, 0);
        assertThat(Grpo.advantages(new double[] {1})).as("a group of one").containsExactly(0);
        double[] far = Grpo.advantages(new double[] {1e8, 1e8 + 1});
        Approx.difference("advantages of rewards (1e8, 1e8 + 1)", far, new double[] {-1, 1}, Tolerance.DEFAULT)
                .ifPresent(d -> {
                    throw new AssertionError(d + ": the variance must be the mean of (r - mean)^2; the mean of r^2 "
                            + "minus mean^2 cancels when the rewards are large and close");
                });
        assertThat(rewards).as("advantages must not change its argument").containsExactly(1, 0, 0, 0);
    }

    @Test
    @Points(1)
    @Hint(value = "min(rho A, clip(rho, 1 - eps, 1 + eps) A): with A > 0 the term stops growing at rho = 1 + eps; "
            + "with A < 0 the clipped value (1 - eps) A is the smaller one once rho < 1 - eps. The slope (d/d rho) is "
            + "0 exactly where the clip is the smaller branch, A elsewhere, and A on the boundary rho = 1 +- eps.",
            zh = "min(rho A, clip(rho, 1 - eps, 1 + eps) A)：A > 0 时该项在 rho = 1 + eps 处停止增长；A < 0 时一旦 "
                    + "rho < 1 - eps，截断值 (1 - eps) A 更小。斜率（对 rho 求导）恰在截断分支更小的地方为 0，其他地方为 A，"
                    + "在边界 rho = 1 +- eps 上为 A。")
    void clippedTermAndSlopeOfHandCases() {
        double eps = 0.2;
        double[][] cases = {
            // rho, A, term, slope
            {1.5, 2, 2.4, 0}, {0.5, -1, -0.8, 0}, {0.5, 1, 0.5, 1}, {1.5, -1, -1.5, -1}, {1.1, 3, 3.3, 3},
            {1.2, 2, 2.4, 2}, {0.8, -1, -0.8, -1}, {2, 0, 0, 0},
        };
        for (double[] c : cases) {
            double term = Grpo.clippedTerm(c[0], c[1], eps);
            String what = "rho = " + c[0] + ", A = " + c[1] + ", eps = 0.2";
            Approx.difference("clippedTerm(" + what + ")", term, c[2], Tolerance.DEFAULT).ifPresent(d -> {
                throw new AssertionError(d + Diagnosis.of(term, c[2], Tolerance.DEFAULT).called("term")
                        .mistakeNumber("max instead of min", () -> Math.max(c[0] * c[1], GrpoOracle.clip(c[0], eps)
                                * c[1]))
                        .mistakeNumber("the clipped branch alone, without the min",
                                () -> GrpoOracle.clip(c[0], eps) * c[1])
                        .explain());
            });
            double slope = Grpo.clippedTermSlope(c[0], c[1], eps);
            Approx.assertClose("clippedTermSlope(" + what + ")", slope, c[3], Tolerance.DEFAULT);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "With x = log pi_ref - log pi the estimator is e^x - x - 1 (= pi_ref/pi - log(pi_ref/pi) - 1). "
            + "For tiny x it is about x^2/2; computed as exp(x) - x - 1 it drowns in round-off and can even come out "
            + "negative: use Math.expm1(x) - x.",
            zh = "令 x = log pi_ref - log pi，估计量为 e^x - x - 1（= pi_ref/pi - log(pi_ref/pi) - 1）。x 很小时它约为 x^2/2；"
                    + "按 exp(x) - x - 1 计算会被舍入误差淹没，甚至变成负数：请用 Math.expm1(x) - x。")
    void klEstimateOfHandValues() {
        Approx.assertClose("KL for pi_ref / pi = 2", Grpo.klEstimate(Math.log(0.25), Math.log(0.5)), 1 - LN2,
                Tolerance.DEFAULT);
        Approx.assertClose("KL for pi_ref / pi = 1/2", Grpo.klEstimate(Math.log(0.5), Math.log(0.25)), LN2 - 0.5,
                Tolerance.DEFAULT);
        assertThat(Grpo.klEstimate(-1.5, -1.5)).as("equal log-probabilities").isZero();
        double tiny = Grpo.klEstimate(-1, -1 + 1e-7);
        Approx.difference("KL for log pi_ref - log pi = 1e-7 (about x^2 / 2)", tiny, GrpoOracle.kl(-1, -1 + 1e-7),
                new Tolerance(0, 1e-6)).ifPresent(d -> {
                    throw new AssertionError(d + ": exp(x) - x - 1 loses every digit here; use Math.expm1(x) - x");
                });
    }

    /**
     * eps = 0.2, beta = 0.1. Output 0 has one token with new = old = ref = ln 0.5, advantage 1: ratio 1, KL 0, term 1.
     * Output 1 has two tokens, advantage -1: token 1 with new = ln 0.6, old = ln 0.4 (ratio 1.5, clipped term
     * min(-1.5, -1.2) = -1.5) and ref = ln 0.6 (KL 0); token 2 with new = old = ln 0.5 (term -1) and ref = ln 0.25
     * (KL = 0.5 + ln 2 - 1). Output 1's mean is (-1.5 - 1 - 0.1 (ln 2 - 0.5)) / 2; J = (1 + that) / 2.
     */
    @Test
    @Points(2)
    @DependsOn({"clippedTermAndSlopeOfHandCases", "klEstimateOfHandValues"})
    @Hint(value = "J = (1/G) sum_i (1/|o_i|) sum_t [min(rho A_i, clip(rho) A_i) - beta KL_t], rho = exp(log pi_theta - "
            + "log pi_old): average over each output's tokens first, then over the G outputs (not over all tokens of "
            + "the group at once), and SUBTRACT beta times the KL.",
            zh = "J = (1/G) sum_i (1/|o_i|) sum_t [min(rho A_i, clip(rho) A_i) - beta KL_t]，rho = exp(log pi_theta - "
                    + "log pi_old)：先在每个输出的 token 上取平均，再在 G 个输出上取平均（而不是一次对整组所有 token 取平均），"
                    + "并且要减去 beta 乘以 KL。")
    void objectiveOfAHandGroup() {
        double h = Math.log(0.5);
        List<SampledOutput> group = List.of(
                new SampledOutput(new double[] {h}, new double[] {h}, new double[] {h}),
                new SampledOutput(new double[] {Math.log(0.6), h}, new double[] {Math.log(0.4), h},
                        new double[] {Math.log(0.6), Math.log(0.25)}));
        double[] adv = {1, -1};
        double j = Grpo.objective(group, adv, 0.2, 0.1);
        double second = (-1.5 - 1 - 0.1 * (LN2 - 0.5)) / 2;
        double expected = (1 + second) / 2;
        Approx.difference("J of the hand group", j, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(j, expected, Tolerance.DEFAULT).called("objective")
                    .mistakeNumber("it averages over all 3 tokens of the group at once (the token-level mean of "
                            + "later work), not per output then over outputs",
                            () -> (1 + 2 * second) / 3)
                    .mistakeNumber("the KL penalty was added instead of subtracted",
                            () -> (1 + (-1.5 - 1 + 0.1 * (LN2 - 0.5)) / 2) / 2)
                    .explain());
        });
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for: no reward or a non-finite one; a negative or non-finite ratio, "
            + "a non-finite advantage or eps outside (0, 1); a positive, NaN or infinite log-probability in "
            + "klEstimate; an empty group, a number of advantages other than G, or a negative or non-finite beta.",
            zh = "以下情况抛出 IllegalArgumentException：没有奖励或奖励非有限；比值为负或非有限、优势非有限、eps 不在 (0, 1) 内；"
                    + "klEstimate 中对数概率为正、NaN 或无穷；组为空、优势个数不等于 G、beta 为负或非有限。")
    void rejectsInvalidInput() {
        SampledOutput o = new SampledOutput(new double[] {-1}, new double[] {-1}, new double[] {-1});
        Map<String, Runnable> bad = new LinkedHashMap<>();
        bad.put("advantages of no reward", () -> Grpo.advantages(new double[0]));
        bad.put("advantages with a NaN reward", () -> Grpo.advantages(new double[] {1, Double.NaN}));
        bad.put("advantages with an infinite reward", () -> Grpo.advantages(new double[] {Double.NEGATIVE_INFINITY}));
        bad.put("clippedTerm with ratio -0.1", () -> Grpo.clippedTerm(-0.1, 1, 0.2));
        bad.put("clippedTerm with ratio NaN", () -> Grpo.clippedTerm(Double.NaN, 1, 0.2));
        bad.put("clippedTerm with an infinite advantage", () -> Grpo.clippedTerm(1, Double.POSITIVE_INFINITY, 0.2));
        bad.put("clippedTerm with eps = 0", () -> Grpo.clippedTerm(1, 1, 0));
        bad.put("clippedTerm with eps = 1", () -> Grpo.clippedTerm(1, 1, 1));
        bad.put("clippedTermSlope with eps = -0.2", () -> Grpo.clippedTermSlope(1, 1, -0.2));
        bad.put("clippedTermSlope with ratio +Infinity", () -> Grpo.clippedTermSlope(Double.POSITIVE_INFINITY, 1,
                0.2));
        bad.put("clippedTerm with a NaN advantage", () -> Grpo.clippedTerm(1, Double.NaN, 0.2));
        bad.put("clippedTermSlope with ratio -0.1", () -> Grpo.clippedTermSlope(-0.1, 1, 0.2));
        bad.put("clippedTermSlope with a NaN advantage", () -> Grpo.clippedTermSlope(1, Double.NaN, 0.2));
        bad.put("clippedTermSlope with eps = 1", () -> Grpo.clippedTermSlope(1, 1, 1));
        bad.put("klEstimate of a log-probability 0.5", () -> Grpo.klEstimate(0.5, -1));
        bad.put("klEstimate of a NaN log-probability", () -> Grpo.klEstimate(-1, Double.NaN));
        bad.put("klEstimate of a log-probability +Infinity", () -> Grpo.klEstimate(-1, Double.POSITIVE_INFINITY));
        bad.put("klEstimate of log 0 = -Infinity", () -> Grpo.klEstimate(Double.NEGATIVE_INFINITY, -1));
        bad.put("objective of an empty group", () -> Grpo.objective(List.of(), new double[0], 0.2, 0.04));
        bad.put("objective with 2 advantages for 1 output", () -> Grpo.objective(List.of(o), new double[2], 0.2,
                0.04));
        bad.put("objective with beta = -0.04", () -> Grpo.objective(List.of(o), new double[1], 0.2, -0.04));
        bad.put("objective with beta = NaN", () -> Grpo.objective(List.of(o), new double[1], 0.2, Double.NaN));
        bad.put("objective with beta = Infinity", () -> Grpo.objective(List.of(o), new double[1], 0.2,
                Double.POSITIVE_INFINITY));
        bad.put("objective with a NaN advantage", () -> Grpo.objective(List.of(o), new double[] {Double.NaN}, 0.2,
                0.04));
        bad.put("objective with eps = 1.5", () -> Grpo.objective(List.of(o), new double[1], 1.5, 0.04));
        bad.forEach((what, call) -> assertThatThrownBy(call::run).as(what)
                .isInstanceOf(IllegalArgumentException.class));
        assertThat(Grpo.clippedTerm(0, 2, 0.2)).as("ratio 0 is allowed: min(0, 0.8 * 2)").isZero();
        assertThat(Grpo.objective(List.of(o), new double[1], 0.2, 0)).as("beta = 0 is allowed").isZero();
    }
}
