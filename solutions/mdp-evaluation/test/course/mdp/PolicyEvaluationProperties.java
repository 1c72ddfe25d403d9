package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.mdp.Generators.Case;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of v_pi on random MDPs and policies, for both the iterative and the exact evaluation. */
class PolicyEvaluationProperties {

    @Provide
    Arbitrary<Case> anyCase() {
        return Generators.cases(0, 0.95, 0.15);
    }

    @Provide
    Arbitrary<Case> myopicCase() {
        return Generators.cases(0, 0, 0.15);
    }

    @Provide
    Arbitrary<Case> caseWithoutTerminals() {
        return Generators.cases(0, 0.95, 0);
    }

    @Provide
    Arbitrary<Double> theta() {
        return Arbitraries.of(1e-2, 1e-4, 1e-6, 1e-8);
    }

    @Property
    @Points(2)
    @Hint(value = "evaluateExactly must return the solution of the Bellman expectation equation v = r_pi + gamma "
            + "P_pi v (the Bellman residual is 0). Build A = I - gamma P_pi and b = r_pi, eliminate with partial "
            + "pivoting (swapping whole rows, right-hand side included), then back-substitute from the last row.",
            zh = "evaluateExactly 必须返回贝尔曼期望方程 v = r_pi + gamma P_pi v 的解（贝尔曼残差为 0）。"
                    + "构造 A = I - gamma P_pi、b = r_pi，用部分主元消元（整行交换，包括右端项），"
                    + "再从最后一行开始回代。")
    void exactValuesSolveTheBellmanExpectationEquation(@ForAll("anyCase") Case c) {
        double[] v = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        double[] expected = Oracle.values(c.mdp(), c.pi());
        String diff = Oracle.difference("v", v, expected, 1e-8 * (1 + Oracle.maxAbs(expected)));
        String residual = diff == null || v == null || v.length != expected.length ? ""
                : "\nBellman residual max_s |r_pi + gamma P_pi v - v| = " + Oracle.fmt(Oracle.residual(c.mdp(),
                c.pi(), v)) + ", expected 0";
        assertThat(diff).withFailMessage("exact evaluation: %s%s%s", diff, residual,
                diff == null ? "" : Oracle.diagnoseValues(c.mdp(), c.pi(), v)).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "Iterative evaluation stops after the first sweep in which max_s |change| < theta. Then one more "
            + "Bellman expectation backup would move no state by theta or more, and v is within theta/(1 - gamma) "
            + "of v_pi. A fixed number of sweeps, a max over actions or a uniform average over actions breaks this.",
            zh = "迭代评估在第一个 max_s |变化| < theta 的那一轮之后停止。此时再做一次贝尔曼期望备份，"
                    + "任何状态的变化都小于 theta，且 v 与 v_pi 相差不超过 theta/(1 - gamma)。"
                    + "固定轮数、对动作取 max 或对动作等权平均都会破坏这一点。")
    void iterativeValuesAreWithinThetaOfTheFixedPoint(@ForAll("anyCase") Case c, @ForAll("theta") double theta) {
        double[] v = PolicyEvaluation.evaluate(c.mdp(), c.pi(), theta);
        double[] expected = Oracle.values(c.mdp(), c.pi());
        double gamma = c.mdp().gamma();
        String diff = Oracle.difference("v", v, expected, theta / (1 - gamma) + 1e-9 * (1 + Oracle.maxAbs(expected)));
        assertThat(diff).withFailMessage("iterative evaluation with theta = %s, gamma = %s: %s%s", theta, gamma, diff,
                diff == null ? "" : Oracle.diagnoseValues(c.mdp(), c.pi(), v)).isNull();
        double residual = Oracle.residual(c.mdp(), c.pi(), v);
        assertThat(residual).withFailMessage("iterative evaluation with theta = %s stopped although one more sweep "
                + "would still change a value by %s", theta, Oracle.fmt(residual))
                .isLessThan(theta + 1e-12 * (1 + Oracle.maxAbs(expected)));
    }

    @Property
    @Points(1)
    @Hint(value = "With gamma = 0 only the next reward counts, so v_pi(s) = r_pi(s) = sum_a pi(a|s) sum_s' "
            + "P(s'|s,a) R(s,a,s'), for both methods. A wrong value here means the immediate expected reward is "
            + "wrong: not weighted by pi(a|s), not weighted by P(s'|s,a), or taken from the wrong transition.",
            zh = "gamma = 0 时只算下一步奖励，因此两种方法都应得到 v_pi(s) = r_pi(s) = sum_a pi(a|s) sum_s' "
                    + "P(s'|s,a) R(s,a,s')。这里出错说明即时期望奖励算错了：没乘 pi(a|s)、没乘 P(s'|s,a)，"
                    + "或用了错误转移的奖励。")
    void gammaZeroGivesTheExpectedImmediateReward(@ForAll("myopicCase") Case c) {
        double[] r = Oracle.rPi(c.mdp(), c.pi());
        double[] exact = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        String diff = Oracle.difference("v", exact, r, 1e-9);
        assertThat(diff).withFailMessage("evaluateExactly with gamma = 0 must give r_pi: %s%s", diff,
                diff == null ? "" : Oracle.diagnoseValues(c.mdp(), c.pi(), exact)).isNull();
        double[] iterative = PolicyEvaluation.evaluate(c.mdp(), c.pi(), 1e-9);
        diff = Oracle.difference("v", iterative, r, 1e-9);
        assertThat(diff).withFailMessage("evaluate with gamma = 0 must give r_pi: %s%s", diff,
                diff == null ? "" : Oracle.diagnoseValues(c.mdp(), c.pi(), iterative)).isNull();
    }

    @Property
    @Points(1)
    @Hint(value = "Adding a constant c to every reward adds c + gamma c + gamma^2 c + ... = c/(1 - gamma) to the "
            + "value of every state (in an MDP without terminal states). If the shift comes out as c, gamma is "
            + "missing from the equation; other shifts mean the rewards are not weighted so as to add up to 1.",
            zh = "每个奖励都加上常数 c，则每个状态的价值增加 c + gamma c + gamma^2 c + ... = c/(1 - gamma)"
                    + "（在没有终止状态的 MDP 中）。如果只增加了 c，说明方程里漏了 gamma；"
                    + "其他增量说明奖励的权重加起来不是 1。")
    void shiftingEveryRewardByCShiftsEveryValueByCOverOneMinusGamma(@ForAll("caseWithoutTerminals") Case c,
            @ForAll @DoubleRange(min = -3, max = 3) double shift) {
        double[] v = PolicyEvaluation.evaluateExactly(c.mdp(), c.pi());
        double[] shifted = PolicyEvaluation.evaluateExactly(c.mdp().withRewardsShiftedBy(shift), c.pi());
        double gamma = c.mdp().gamma();
        double[] expected = v.clone();
        for (int s = 0; s < expected.length; s++) {
            expected[s] += shift / (1 - gamma);
        }
        String diff = Oracle.difference("v after the shift", shifted, expected, 1e-8 * (1 + Oracle.maxAbs(expected)));
        assertThat(diff).withFailMessage("every reward + %s with gamma = %s must add %s to every value (exact "
                + "evaluation): %s", shift, gamma, Oracle.fmt(shift / (1 - gamma)), diff).isNull();
    }

    @Property
    @Points(1)
    @Hint(value = "A return is a sum of rewards discounted by gamma^k, so |v(s)| <= Rmax (1 + gamma + gamma^2 + "
            + "...) = Rmax/(1 - gamma) where Rmax = max |R(s,a,s')|. Values beyond that bound come from a missing "
            + "gamma or from rewards that are not weighted by probabilities.",
            zh = "回报是按 gamma^k 折扣的奖励之和，所以 |v(s)| <= Rmax (1 + gamma + gamma^2 + ...) = Rmax/(1 - gamma)，"
                    + "其中 Rmax = max |R(s,a,s')|。超出这个界，说明漏了 gamma，或奖励没有按概率加权。")
    void valuesAreBoundedByRmaxOverOneMinusGamma(@ForAll("anyCase") Case c) {
        double rMax = 0;
        Mdp mdp = c.mdp();
        for (int s = 0; s < mdp.stateCount(); s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int next = 0; next < mdp.stateCount(); next++) {
                    rMax = Math.max(rMax, Math.abs(mdp.reward(s, a, next)));
                }
            }
        }
        double bound = rMax / (1 - mdp.gamma()) + 1e-9;
        double[][] results = {PolicyEvaluation.evaluateExactly(mdp, c.pi()), PolicyEvaluation.evaluate(mdp, c.pi(),
                1e-6)};
        String[] names = {"evaluateExactly", "evaluate"};
        for (int i = 0; i < 2; i++) {
            double[] v = results[i];
            for (int s = 0; s < v.length; s++) {
                assertThat(Math.abs(v[s])).withFailMessage("%s: |v(%d)| = %s exceeds Rmax/(1 - gamma) = %s/(1 - %s)"
                        + " = %s", names[i], s, Oracle.fmt(Math.abs(v[s])), rMax, mdp.gamma(), Oracle.fmt(bound))
                        .isLessThanOrEqualTo(bound);
            }
        }
    }
}
