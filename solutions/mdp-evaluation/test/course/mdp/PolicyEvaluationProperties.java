package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.MdpArbitraries.Case;
import course.mdp.MdpArbitraries.Shape;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of v_pi on random MDPs and policies, for both the iterative and the exact evaluation. */
class PolicyEvaluationProperties {

    /** Relative tolerance for values of order Rmax/(1 - gamma) computed by elimination or by sweeps. */
    private static final Tolerance VALUES = new Tolerance(1e-8, 1e-8);

    @Provide
    Arbitrary<Case> anyCase() {
        return MdpArbitraries.cases(Shape.SMALL);
    }

    @Provide
    Arbitrary<Case> myopicCase() {
        return MdpArbitraries.cases(Shape.SMALL.gamma(0, 0));
    }

    @Provide
    Arbitrary<Case> caseWithoutTerminals() {
        return MdpArbitraries.cases(Shape.SMALL.gamma(0.1, 0.9).withoutTerminals());
    }

    @Provide
    Arbitrary<Double> theta() {
        return Arbitraries.of(1e-2, 1e-4, 1e-6, 1e-8);
    }

    @Provide
    Arbitrary<Double> shift() {
        return CourseArbitraries.tenths(-3, 3).filter(c -> c != 0);
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("MrpProperties.mrpMatchesTheDefinition")
    @Hint(value = "evaluateExactly must return the solution of the Bellman expectation equation v = r_pi + gamma "
            + "P_pi v (the Bellman residual is 0). Build A = I - gamma P_pi and b = r_pi, eliminate with partial "
            + "pivoting (swapping whole rows, right-hand side included), then back-substitute from the last row.",
            zh = "evaluateExactly 必须返回贝尔曼期望方程 v = r_pi + gamma P_pi v 的解（贝尔曼残差为 0）。"
                    + "构造 A = I - gamma P_pi、b = r_pi，用部分主元消元（整行交换，包括右端项），"
                    + "再从最后一行开始回代。")
    void exactValuesSolveTheBellmanExpectationEquation(@ForAll("anyCase") Case c) {
        double[] v = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        double[] expected = MdpOracle.values(c.mdp(), c.pi());
        Optional<String> problem = Approx.difference("v", v, expected, VALUES).map(d -> "exact evaluation: " + d
                + (v.length == expected.length ? "\nBellman residual max_s |r_pi + gamma P_pi v - v| = "
                + NumberText.show(MdpOracle.residual(c.mdp(), c.pi(), v)) + ", expected 0" : "")
                + Mistakes.values(c.mdp(), c.pi(), v, expected, VALUES, false).explain());
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "Iterative evaluation stops after the first sweep in which max_s |change| < theta. Then one more "
            + "Bellman expectation backup would move no state by theta or more, and v is within theta/(1 - gamma) "
            + "of v_pi. A fixed number of sweeps, a max over actions or a uniform average over actions breaks this.",
            zh = "迭代评估在第一个 max_s |变化| < theta 的那一轮之后停止。此时再做一次贝尔曼期望备份，"
                    + "任何状态的变化都小于 theta，且 v 与 v_pi 相差不超过 theta/(1 - gamma)。"
                    + "固定轮数、对动作取 max 或对动作等权平均都会破坏这一点。",
            timeout = "The sweeps never stopped on a small random MDP (gamma <= 0.9): is the largest change reset to "
                    + "0 at the start of every sweep?",
            timeoutZh = "在一个小的随机 MDP 上（gamma <= 0.9）迭代一直没有停下：每一轮开始时是否把最大变化重置为 0？")
    void iterativeValuesAreWithinThetaOfTheFixedPoint(@ForAll("anyCase") Case c, @ForAll("theta") double theta) {
        double[] v = PolicyEvaluation.evaluate(c.mdp(), c.pi(), theta);
        double[] expected = MdpOracle.values(c.mdp(), c.pi());
        double gamma = c.mdp().gamma();
        Tolerance bound = new Tolerance(theta / (1 - gamma) + 1e-9, 1e-9);
        Optional<String> problem = Approx.difference("v", v, expected, bound)
                .map(d -> "iterative evaluation with theta = " + NumberText.show(theta) + ", gamma = "
                        + NumberText.show(gamma) + " must end within theta/(1 - gamma) of v_pi: " + d
                        + Mistakes.values(c.mdp(), c.pi(), v, expected, bound, true).explain())
                .or(() -> {
                    double residual = MdpOracle.residual(c.mdp(), c.pi(), v);
                    return residual < theta + 1e-12 * (1 + MdpOracle.maxAbs(expected)) ? Optional.empty()
                            : Optional.of("iterative evaluation with theta = " + NumberText.show(theta)
                            + " stopped although one more sweep would still change a value by "
                            + NumberText.show(residual));
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @Hint(value = "With gamma = 0 only the next reward counts, so v_pi(s) = r_pi(s) = sum_a pi(a|s) sum_s' "
            + "P(s'|s,a) R(s,a,s'), for both methods. A wrong value here means the immediate expected reward is "
            + "wrong: not weighted by pi(a|s), not weighted by P(s'|s,a), or taken from the wrong transition.",
            zh = "gamma = 0 时只算下一步奖励，因此两种方法都应得到 v_pi(s) = r_pi(s) = sum_a pi(a|s) sum_s' "
                    + "P(s'|s,a) R(s,a,s')。这里出错说明即时期望奖励算错了：没乘 pi(a|s)、没乘 P(s'|s,a)，"
                    + "或用了错误转移的奖励。",
            timeout = "With gamma = 0 the second sweep already changes nothing; if the sweeps never stop, the largest "
                    + "change is not reset at the start of every sweep.",
            timeoutZh = "gamma = 0 时第二轮就不再有任何变化；如果迭代停不下来，说明每一轮开始时没有重置最大变化。")
    void gammaZeroGivesTheExpectedImmediateReward(@ForAll("myopicCase") Case c) {
        double[] r = MdpOracle.rewards(c.mdp(), c.pi());
        double[] exact = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        Optional<String> problem = Approx.difference("v", exact, r, Tolerance.DEFAULT)
                .map(d -> "evaluateExactly with gamma = 0 must give r_pi: " + d
                        + Mistakes.values(c.mdp(), c.pi(), exact, r, Tolerance.DEFAULT, false).explain())
                .or(() -> {
                    double[] iterative = PolicyEvaluation.evaluate(c.mdp(), c.pi(), 1e-9);
                    return Approx.difference("v", iterative, r, Tolerance.DEFAULT)
                            .map(d -> "evaluate with gamma = 0 must give r_pi: " + d
                                    + Mistakes.values(c.mdp(), c.pi(), iterative, r, Tolerance.DEFAULT,
                                    true).explain());
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn("exactValuesSolveTheBellmanExpectationEquation")
    @Hint(value = "Adding a constant c to every reward adds c + gamma c + gamma^2 c + ... = c/(1 - gamma) to the "
            + "value of every state (in an MDP without terminal states). If the shift comes out as c, gamma is "
            + "missing from the equation; other shifts mean the rewards are not weighted so as to add up to 1.",
            zh = "每个奖励都加上常数 c，则每个状态的价值增加 c + gamma c + gamma^2 c + ... = c/(1 - gamma)"
                    + "（在没有终止状态的 MDP 中）。如果只增加了 c，说明方程里漏了 gamma；"
                    + "其他增量说明奖励的权重加起来不是 1。")
    void shiftingEveryRewardByCShiftsEveryValueByCOverOneMinusGamma(@ForAll("caseWithoutTerminals") Case c,
            @ForAll("shift") double shift) {
        double[] v = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        double[] shifted = PolicyEvaluation.evaluateExactly(c.mdp().withRewardsShiftedBy(shift), c.pi());
        double gamma = c.mdp().gamma();
        double[] expected = v.clone();
        for (int s = 0; s < expected.length; s++) {
            expected[s] += shift / (1 - gamma);
        }
        Optional<String> problem = Approx.difference("v after the shift", shifted, expected, VALUES);
        assertThat(problem).withFailMessage("every reward + %s with gamma = %s must add %s to every value (exact "
                + "evaluation; before the shift v = %s): %s", NumberText.show(shift), NumberText.show(gamma),
                NumberText.show(shift / (1 - gamma)), NumberText.show(v), problem.orElse("")).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn({"exactValuesSolveTheBellmanExpectationEquation", "iterativeValuesAreWithinThetaOfTheFixedPoint"})
    @Hint(value = "A return is a sum of rewards discounted by gamma^k, so |v(s)| <= Rmax (1 + gamma + gamma^2 + "
            + "...) = Rmax/(1 - gamma) where Rmax = max |R(s,a,s')|. Values beyond that bound come from a missing "
            + "gamma or from rewards that are not weighted by probabilities.",
            zh = "回报是按 gamma^k 折扣的奖励之和，所以 |v(s)| <= Rmax (1 + gamma + gamma^2 + ...) = Rmax/(1 - gamma)，"
                    + "其中 Rmax = max |R(s,a,s')|。超出这个界，说明漏了 gamma，或奖励没有按概率加权。",
            timeout = "The sweeps never stopped on a small random MDP (gamma <= 0.9): is the largest change reset to "
                    + "0 at the start of every sweep?",
            timeoutZh = "在一个小的随机 MDP 上（gamma <= 0.9）迭代一直没有停下：每一轮开始时是否把最大变化重置为 0？")
    void valuesAreBoundedByRmaxOverOneMinusGamma(@ForAll("anyCase") Case c) {
        Mdp mdp = c.mdp();
        double rMax = MdpOracle.maxAbsReward(mdp);
        double bound = rMax / (1 - mdp.gamma()) + 1e-9;
        Optional<String> problem = outside("evaluateExactly", PolicyEvaluation.evaluateExactly(mdp, c.pi()), bound)
                .or(() -> outside("evaluate", PolicyEvaluation.evaluate(mdp, c.pi(), 1e-6), bound));
        assertThat(problem).withFailMessage("%s exceeds Rmax/(1 - gamma) = %s/(1 - %s) = %s", problem.orElse(""),
                NumberText.show(rMax), NumberText.show(mdp.gamma()), NumberText.show(bound)).isEmpty();
    }

    private static Optional<String> outside(String method, double[] v, double bound) {
        for (int s = 0; s < v.length; s++) {
            if (!(Math.abs(v[s]) <= bound)) {
                return Optional.of(method + ": |v(" + s + ")| = " + NumberText.show(Math.abs(v[s])) + " (v = "
                        + NumberText.show(v) + ")");
            }
        }
        return Optional.empty();
    }
}
