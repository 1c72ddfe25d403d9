package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.RandomMdps.MdpAndPolicy;
import course.mdp.RandomMdps.Shape;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Value iteration on random MDPs: it reaches v*, and v* is at least the value of any policy. */
class ValueIterationProperties {

    static final Shape SMALL = new Shape(4, 3, List.of(0.5, 0.0, 0.8, 0.9), true, false);

    @Provide
    Arbitrary<Mdp> anyMdp() {
        return RandomMdps.mdps(SMALL);
    }

    @Provide
    Arbitrary<MdpAndPolicy> mdpAndPolicy() {
        return RandomMdps.withPolicies(SMALL);
    }

    @Provide
    Arbitrary<Double> theta() {
        return Arbitraries.of(1e-2, 1e-4, 1e-6, 1e-9);
    }

    /** How far value iteration may stop from v*: gamma theta / (1 - gamma), plus round-off. */
    static Tolerance stoppingBound(Mdp mdp, double theta) {
        return new Tolerance(mdp.gamma() * theta / (1 - mdp.gamma()) + 1e-9, 1e-9);
    }

    /** Names the usual wrong backups when {@code v} is not {@code vStar}. */
    static String diagnose(Mdp mdp, double[] v, double[] vStar) {
        return Diagnosis.of(v, vStar, Tolerance.absolute(1e-6))
                .mistake("the average over the actions (that evaluates the equiprobable random policy) instead of "
                        + "the max", () -> ControlOracle.policyValues(mdp, Policy.uniform(mdp)))
                .mistake("the best immediate reward only: one sweep, or a backup without gamma v(s')",
                        () -> ControlOracle.bestImmediateReward(mdp))
                .explain();
    }

    @Property(tries = 60)
    @Points(3)
    @Hint(value = "Value iteration sweeps v(s) <- max_a sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')] from v = 0 until "
            + "a sweep changes no state by theta or more; then v is within gamma theta / (1 - gamma) of v*. Check the "
            + "max over actions (not an average), the weighting by P(s'|s,a), gamma, and that terminal states stay 0.",
            zh = "价值迭代从 v = 0 开始反复做 v(s) <- max_a sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]，直到某一轮"
                    + "没有状态变化达到 theta；此时 v 与 v* 的差不超过 gamma theta / (1 - gamma)。检查对动作取的是 max"
                    + "（不是平均）、是否按 P(s'|s,a) 加权、gamma，以及终止状态是否保持为 0。",
            timeout = "Value iteration did not stop on a small random MDP with gamma <= 0.9: the largest change of a "
                    + "sweep must be reset every sweep and compared with theta.",
            timeoutZh = "价值迭代在 gamma <= 0.9 的小型随机 MDP 上停不下来：每一轮的最大变化都要重置，并与 theta 比较。")
    void valueIterationReachesTheOptimalValues(@ForAll("anyMdp") Mdp mdp, @ForAll("theta") double theta) {
        double[] v = DynamicProgramming.valueIteration(mdp, theta);
        double[] vStar = ControlOracle.optimalValues(mdp);
        String problem = Approx.difference("v", v, vStar, stoppingBound(mdp, theta))
                .map(diff -> "value iteration with theta = " + theta + " must end within gamma theta / (1 - gamma) "
                        + "of v* (v* found by evaluating every deterministic policy): " + diff
                        + diagnose(mdp, v, vStar))
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("valueIterationReachesTheOptimalValues")
    @Hint(value = "v* is the largest value any policy can reach, in every state at once: v*(s) >= v_pi(s) for every "
            + "policy pi, stochastic ones included. A state where your v* is below some policy's value means the "
            + "backup did not take the best action.",
            zh = "v* 是任何策略都能达到的最大价值，而且在每个状态同时成立：对任何策略 pi（包括随机策略），"
                    + "v*(s) >= v_pi(s)。若某个状态你的 v* 低于某个策略的价值，说明备份没有取最好的动作。",
            timeout = "Value iteration did not stop on a small random MDP with gamma <= 0.9.",
            timeoutZh = "价值迭代在 gamma <= 0.9 的小型随机 MDP 上停不下来。")
    void optimalValuesAreAtLeastTheValuesOfAnyPolicy(@ForAll("mdpAndPolicy") MdpAndPolicy c) {
        Mdp mdp = c.mdp();
        double[] v = DynamicProgramming.valueIteration(mdp, 1e-9);
        double[] vPi = ControlOracle.policyValues(mdp, c.pi());
        double slack = stoppingBound(mdp, 1e-9).absolute();
        String problem = v.length != vPi.length ? "valueIteration returned " + v.length + " values for "
                + vPi.length + " states" : null;
        for (int s = 0; s < vPi.length && problem == null; s++) {
            if (v[s] < vPi[s] - slack - 1e-9 * Math.abs(vPi[s])) {
                String[] shown = NumberText.showPair(v[s], vPi[s]);
                problem = "your v*(" + s + ") = " + shown[0] + " is below v_pi(" + s + ") = " + shown[1]
                        + " of the generated policy (see the counterexample), so it cannot be the optimal value"
                        + diagnose(mdp, v, ControlOracle.optimalValues(mdp));
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
