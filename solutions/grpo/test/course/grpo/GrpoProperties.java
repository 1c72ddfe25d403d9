package course.grpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.grpo.Generators.Group;
import course.grpo.GrpoOracle.Averaging;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of GRPO's pieces on random groups, ratios and log-probabilities. */
class GrpoProperties {

    @Provide
    Arbitrary<double[]> rewards() {
        return Generators.rewards();
    }

    @Provide
    Arbitrary<Double> scales() {
        return CourseArbitraries.tenths(0.1, 5);
    }

    @Provide
    Arbitrary<Double> shifts() {
        return CourseArbitraries.tenths(-5, 5);
    }

    @Provide
    Arbitrary<Double> ratios() {
        return Arbitraries.integers().between(0, 300).map(i -> i / 100.0);
    }

    @Provide
    Arbitrary<Double> advantages() {
        return CourseArbitraries.tenths(-3, 3);
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(0.1, 0.2, 0.3);
    }

    @Provide
    Arbitrary<Double> logProbs() {
        return Generators.logProbs();
    }

    /** Differences between two log-probabilities: 0, tiny (1e-9 to 1e-6) or ordinary (0.01 to 3). */
    @Provide
    Arbitrary<Double> gaps() {
        return Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.integers().between(1, 1000).map(i -> i * 1e-9),
                Arbitraries.integers().between(-1000, -1).map(i -> i * 1e-9),
                Arbitraries.integers().between(-300, 300).map(i -> i / 100.0));
    }

    @Provide
    Arbitrary<Group> groups() {
        return Generators.groups();
    }

    @Property(tries = 80)
    @Points(2)
    @Hint(value = "Group-relative advantages are centred and scaled: they sum to 0 and their population standard "
            + "deviation is 1 (unless all rewards are equal: then every advantage is 0). Compare the rewards "
            + "themselves to detect the all-equal case; a computed std of 0.1, 0.1, 0.1 is about 1e-17, not 0.",
            zh = "组相对优势是中心化并缩放过的：它们的和为 0，总体标准差为 1（除非所有奖励相等：此时每个优势都是 0）。"
                    + "判断全部相等要直接比较奖励本身；对 0.1, 0.1, 0.1 算出的标准差约为 1e-17，而不是 0。")
    void advantagesSumToZeroWithUnitSpread(@ForAll("rewards") double[] r) {
        double[] a = Grpo.advantages(r.clone());
        double[] expected = GrpoOracle.advantages(r, 0);
        double sum = Arrays.stream(a).sum();
        String problem = Approx.difference("advantages", a, expected, Tolerance.DEFAULT).map(d -> d
                + Diagnosis.of(a, expected, Tolerance.DEFAULT).called("advantages")
                .mistake("the standard deviation was divided by G - 1 (the sample standard deviation)",
                        () -> GrpoOracle.advantages(r, 1))
                .explain()).orElse(null);
        if (problem == null && !(Math.abs(sum) <= 1e-9 * r.length)) {
            problem = "the advantages sum to " + NumberText.show(sum) + ", expected 0";
        }
        assertThat(problem).withFailMessage("%s\n  for rewards %s", problem, Arrays.toString(r)).isNull();
    }

    @Property(tries = 80)
    @Points(2)
    @DependsOn("advantagesSumToZeroWithUnitSpread")
    @Hint(value = "Advantages compare each output with its group only: rescaling every reward by a > 0 and shifting "
            + "by b (r -> a r + b) must leave them unchanged, since the mean moves by the same shift and the standard "
            + "deviation scales by the same a.",
            zh = "优势只把每个输出与本组比较：把每个奖励乘以 a > 0 再加 b（r -> a r + b）必须不改变优势，因为均值同样平移、"
                    + "标准差同样按 a 缩放。")
    void advantagesIgnorePositiveAffineRewardChanges(@ForAll("rewards") double[] r, @ForAll("scales") double scale,
                                                     @ForAll("shifts") double shift) {
        double[] moved = Arrays.stream(r).map(x -> scale * x + shift).toArray();
        double[] a = Grpo.advantages(r);
        double[] b = Grpo.advantages(moved);
        String problem = Approx.difference("advantages of " + scale + " r + " + shift, b, a, new Tolerance(1e-8, 1e-8))
                .map(d -> d + " (the advantages of r)").orElse(null);
        assertThat(problem).withFailMessage("%s\n  for rewards %s", problem, Arrays.toString(r)).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "The clipped term min(rho A, clip(rho, 1 - eps, 1 + eps) A) never exceeds the unclipped rho A: the "
            + "min makes it a pessimistic bound. A max, or the clipped branch alone, breaks this.",
            zh = "截断项 min(rho A, clip(rho, 1 - eps, 1 + eps) A) 永远不超过未截断的 rho A：min 让它成为一个悲观的下界。"
                    + "用 max，或只用截断分支，都会破坏这一点。")
    void clippedTermNeverExceedsTheUnclippedTerm(@ForAll("ratios") double rho, @ForAll("advantages") double a,
                                                 @ForAll("epsilons") double eps) {
        double term = Grpo.clippedTerm(rho, a, eps);
        double expected = GrpoOracle.clipped(rho, a, eps);
        String problem = term > rho * a + 1e-12 ? "clippedTerm = " + NumberText.show(term)
                + " exceeds the unclipped rho A = " + NumberText.show(rho * a) : null;
        if (problem == null) {
            problem = Approx.difference("clippedTerm", term, expected, Tolerance.DEFAULT).orElse(null);
        }
        if (problem != null) {
            problem += Diagnosis.of(term, expected, Tolerance.DEFAULT).called("term")
                    .mistakeNumber("max instead of min", () -> Math.max(rho * a, GrpoOracle.clip(rho, eps) * a))
                    .mistakeNumber("the clipped branch alone, without the min", () -> GrpoOracle.clip(rho, eps) * a)
                    .explain();
        }
        assertThat(problem).withFailMessage("%s\n  for rho = %s, A = %s, eps = %s", problem, rho, a, eps).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("clippedTermNeverExceedsTheUnclippedTerm")
    @Hint(value = "The slope is 0 outside the trust region in the direction the clip names: for A > 0 once rho > 1 + "
            + "eps (no reward for pushing the probability up further), for A < 0 once rho < 1 - eps (none for pushing "
            + "it down further). Everywhere else, including rho > 1 + eps with A < 0, it is A.",
            zh = "在信任域之外、沿截断所指的方向，斜率为 0：A > 0 时一旦 rho > 1 + eps（再提高概率没有收益），A < 0 时一旦 "
                    + "rho < 1 - eps（再压低概率没有收益）。其他地方，包括 A < 0 且 rho > 1 + eps 时，斜率都是 A。")
    void slopeIsZeroOutsideTheTrustRegionInTheClipsDirection(@ForAll("ratios") double rho,
                                                            @ForAll("advantages") double a,
                                                            @ForAll("epsilons") double eps) {
        double slope = Grpo.clippedTermSlope(rho, a, eps);
        boolean clipped = a > 0 && rho > 1 + eps || a < 0 && rho < 1 - eps;
        double expected = clipped ? 0 : a;
        String problem = Approx.difference("slope", slope, expected, Tolerance.DEFAULT)
                .map(d -> d + (clipped ? " (the clip is active here)" : " (the clip is not active here)"))
                .orElse(null);
        double h = 1e-6;
        boolean nearKink = Math.abs(rho - (1 + eps)) < 2 * h || Math.abs(rho - (1 - eps)) < 2 * h || rho < 2 * h;
        if (problem == null && !nearKink) {
            double numeric = (Grpo.clippedTerm(rho + h, a, eps) - Grpo.clippedTerm(rho - h, a, eps)) / (2 * h);
            problem = Approx.difference("slope compared with the finite difference of clippedTerm", slope, numeric,
                    new Tolerance(1e-5, 1e-5)).orElse(null);
        }
        assertThat(problem).withFailMessage("%s\n  for rho = %s, A = %s, eps = %s", problem, rho, a, eps).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "The estimator e^x - x - 1 (x = log pi_ref - log pi) is >= 0 for every input, 0 exactly when the "
            + "two log-probabilities are equal and positive otherwise; for tiny x it is about x^2/2, which exp(x) - "
            + "x - 1 loses to round-off (it can even come out negative): use Math.expm1(x) - x.",
            zh = "估计量 e^x - x - 1（x = log pi_ref - log pi）对任何输入都 >= 0，仅当两个对数概率相等时恰为 0，其余情况为正；"
                    + "x 很小时它约为 x^2/2，exp(x) - x - 1 会因舍入误差丢掉它（甚至变成负数）：请用 Math.expm1(x) - x。")
    void klEstimateIsNonNegativeAndZeroExactlyWhenEqual(@ForAll("logProbs") double logPolicy,
                                                        @ForAll("gaps") double gap) {
        double logReference = Math.min(0, logPolicy + gap);
        double kl = Grpo.klEstimate(logPolicy, logReference);
        double expected = GrpoOracle.kl(logPolicy, logReference);
        String problem = null;
        if (!(kl >= 0)) {
            problem = "the estimate is " + kl + ", but it can never be negative";
        } else if (logReference == logPolicy && kl != 0) {
            problem = "equal log-probabilities give " + kl + ", expected exactly 0";
        } else if (logReference != logPolicy && !(kl > 0)) {
            problem = "the log-probabilities differ by " + (logReference - logPolicy) + " but the estimate is 0";
        } else {
            problem = Approx.difference("the estimate", kl, expected, new Tolerance(1e-15, 1e-6)).orElse(null);
        }
        assertThat(problem).withFailMessage("%s\n  for log pi = %s, log pi_ref = %s", problem, logPolicy,
                logReference).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn({"clippedTermNeverExceedsTheUnclippedTerm", "klEstimateIsNonNegativeAndZeroExactlyWhenEqual"})
    @Hint(value = "The objective averages each output's per-token terms over its own length, then averages the G "
            + "outputs: (1/G) sum_i (1/|o_i|) sum_t [clipped term - beta KL]. Averaging all tokens of the group at "
            + "once weights long outputs more; rho = exp(log pi_theta - log pi_old).",
            zh = "目标函数先把每个输出的逐 token 项在其自身长度上取平均，再对 G 个输出取平均：(1/G) sum_i (1/|o_i|) sum_t "
                    + "[截断项 - beta KL]。一次对整组所有 token 取平均会让长输出的权重更大；rho = exp(log pi_theta - log pi_old)。")
    void objectiveAveragesPerTokenWithinEachOutputThenOverTheGroup(@ForAll("groups") Group g,
                                                                  @ForAll("epsilons") double eps) {
        double beta = 0.04;
        double j = Grpo.objective(g.outputs(), g.advantages(), eps, beta);
        double expected = GrpoOracle.objective(g.outputs(), g.advantages(), eps, beta, Averaging.PER_SEQUENCE, 1);
        String problem = Approx.difference("J", j, expected, Tolerance.DEFAULT).map(d -> d
                + Diagnosis.of(j, expected, Tolerance.DEFAULT).called("objective")
                .mistakeNumber("it averages over all tokens of the group at once instead of per output, then over "
                        + "outputs", () -> GrpoOracle.objective(g.outputs(), g.advantages(), eps, beta,
                        Averaging.OVER_ALL_TOKENS, 1))
                .mistakeNumber("the KL penalty was added instead of subtracted", () -> GrpoOracle.objective(
                        g.outputs(), g.advantages(), eps, beta, Averaging.PER_SEQUENCE, -1))
                .explain()).orElse(null);
        assertThat(problem).withFailMessage("%s\n  for eps = %s, beta = 0.04, %s", problem, eps, g).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @DependsOn("objectiveAveragesPerTokenWithinEachOutputThenOverTheGroup")
    @Hint(value = "When the policy has not moved (pi_theta = pi_old = pi_ref for every token), every ratio is 1 and "
            + "every KL 0, so J is the mean of the advantages.",
            zh = "当策略没有变化（每个 token 都有 pi_theta = pi_old = pi_ref）时，每个比值都是 1、每个 KL 都是 0，所以 J 等于优势"
                    + "的平均值。")
    void anUnmovedPolicyScoresTheMeanAdvantage(@ForAll("groups") Group g) {
        List<SampledOutput> same = g.outputs().stream()
                .map(o -> new SampledOutput(o.newLogProbs(), o.newLogProbs(), o.newLogProbs())).toList();
        double mean = Arrays.stream(g.advantages()).average().orElseThrow();
        double j = Grpo.objective(same, g.advantages(), 0.2, 0.04);
        String problem = Approx.difference("J of an unmoved policy", j, mean, Tolerance.DEFAULT)
                .map(d -> d + " (the mean advantage)").orElse(null);
        assertThat(problem).withFailMessage("%s\n  for %s", problem, g).isNull();
    }
}
