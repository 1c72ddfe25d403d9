package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.RandomMdps.MdpAndPolicy;
import course.mdp.RandomMdps.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-step lookahead and the greedy policy on random MDPs: definition, ties, and the improvement theorem. */
class GreedyPolicyProperties {

    /** Every action has an exact twin with a higher index: every state has a tie. */
    private static final Shape TWINS = new Shape(4, 2, List.of(0.5, 0.9), true, true);

    /** An MDP and a value vector for it. */
    record MdpAndValues(Mdp mdp, double[] v) {
        @Override
        public String toString() {
            return "\n" + mdp + "\nv = " + NumberText.show(v);
        }
    }

    @Provide
    Arbitrary<MdpAndValues> anyValues() {
        return RandomMdps.mdps(ValueIterationProperties.SMALL)
                .flatMap(mdp -> RandomMdps.values(mdp.stateCount()).map(v -> new MdpAndValues(mdp, v)));
    }

    @Provide
    Arbitrary<MdpAndValues> valuesWithTwins() {
        return RandomMdps.mdps(TWINS)
                .flatMap(mdp -> RandomMdps.values(mdp.stateCount()).map(v -> new MdpAndValues(mdp, v)));
    }

    @Provide
    Arbitrary<Mdp> anyMdp() {
        return RandomMdps.mdps(ValueIterationProperties.SMALL);
    }

    @Provide
    Arbitrary<MdpAndPolicy> mdpAndPolicy() {
        return RandomMdps.withPolicies(ValueIterationProperties.SMALL);
    }

    @Property(tries = 80)
    @Points(2)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')] for any vector v, one row per state with "
            + "one entry per action (an empty row for a terminal state). Weight the reward AND the next value by "
            + "P(s'|s,a), and discount only the next value.",
            zh = "对任意向量 v，q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]，每个状态一行、每个动作一个元素"
                    + "（终止状态为空行）。奖励和下一状态的价值都要乘 P(s'|s,a)，只对下一状态的价值打折扣。")
    void actionValuesAreTheOneStepLookahead(@ForAll("anyValues") MdpAndValues c) {
        double[][] q = DynamicProgramming.actionValues(c.mdp(), c.v());
        double[][] expected = ControlOracle.lookahead(c.mdp(), c.v());
        String problem = Approx.difference("q", q, expected, Tolerance.DEFAULT)
                .map(diff -> diff + Diagnosis.of(q, expected, Tolerance.DEFAULT).called("action values")
                        .mistakeMatrix("gamma missing: sum_s' P(s'|s,a) [R + v(s')]",
                                () -> ControlOracle.lookahead(c.mdp().withGamma(1), c.v()))
                        .mistakeMatrix("gamma applied to the reward too: gamma sum_s' P(s'|s,a) [R + v(s')]",
                                () -> scaled(ControlOracle.lookahead(c.mdp().withGamma(1), c.v()), c.mdp().gamma()))
                        .explain())
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 80)
    @Points(1)
    @Hint(value = "In every state the greedy policy takes an action with the largest q(s,a), and among the equally "
            + "good ones (within TIE) the one with the LOWEST index. Here every action has an identical twin with a "
            + "higher index, so taking the last best action instead of the first shows.",
            zh = "贪心策略在每个状态取 q(s,a) 最大的动作，几个动作一样好（相差在 TIE 以内）时取编号最小的。"
                    + "这里每个动作都有一个编号更大的完全相同的副本，所以取最后一个最优动作而不是第一个就会暴露。")
    void greedyPolicyTakesTheLowestBestAction(@ForAll("valuesWithTwins") MdpAndValues c) {
        int[] actions = ControlOracle.actions(DynamicProgramming.greedyPolicy(c.mdp(), c.v()));
        int[] expected = ControlOracle.greedyActions(c.mdp(), c.v());
        double[][] q = ControlOracle.lookahead(c.mdp(), c.v());
        String problem = null;
        for (int s = 0; s < expected.length && problem == null; s++) {
            if (actions[s] != expected[s]) {
                problem = "in state " + s + " the greedy action is " + expected[s] + " (the lowest index among the "
                        + "best), yours is " + actions[s] + "; " + ControlOracle.showRow(q, s);
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "The greedy policy of v* is optimal: following it from any state earns v*(s). If its value falls "
            + "short, the greedy choice does not maximise q(s,a) = sum_s' P(s'|s,a) [R + gamma v*(s')]: for "
            + "example it compares only v(s') or only the reward.",
            zh = "v* 的贪心策略是最优策略：从任何状态出发按它行动都能得到 v*(s)。若它的价值达不到 v*，"
                    + "说明贪心选择没有最大化 q(s,a) = sum_s' P(s'|s,a) [R + gamma v*(s')]，例如只比较了 v(s') 或只比较了奖励。")
    void greedyPolicyOfTheOptimalValuesIsOptimal(@ForAll("anyMdp") Mdp mdp) {
        double[] vStar = ControlOracle.optimalValues(mdp);
        Policy greedy = DynamicProgramming.greedyPolicy(mdp, vStar);
        double[] reached = ControlOracle.policyValues(mdp, greedy);
        String problem = Approx.difference("v of your greedy policy", reached, vStar, new Tolerance(1e-9, 1e-9))
                .map(diff -> "the greedy policy of v* = " + NumberText.show(vStar) + " is "
                        + ControlOracle.show(ControlOracle.actions(greedy)) + ", but it does not attain v*: " + diff
                        + "\n  a greedy policy of v* is " + ControlOracle.show(ControlOracle.greedyActions(mdp, vStar)))
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "Policy improvement theorem: the greedy policy pi' of v_pi is at least as good as pi in EVERY "
            + "state, v_pi'(s) >= v_pi(s). A state whose value drops means the greedy choice is not argmax_a "
            + "q_pi(s,a).",
            zh = "策略改进定理：v_pi 的贪心策略 pi' 在每个状态都不比 pi 差，v_pi'(s) >= v_pi(s)。"
                    + "若某个状态的价值下降了，说明贪心选择不是 argmax_a q_pi(s,a)。")
    void policyImprovementNeverLowersAValue(@ForAll("mdpAndPolicy") MdpAndPolicy c) {
        double[] vPi = ControlOracle.policyValues(c.mdp(), c.pi());
        Policy improved = DynamicProgramming.greedyPolicy(c.mdp(), vPi);
        double[] vImproved = ControlOracle.policyValues(c.mdp(), improved);
        String problem = null;
        for (int s = 0; s < vPi.length && problem == null; s++) {
            if (vImproved[s] < vPi[s] - 1e-9 * (1 + Math.abs(vPi[s]))) {
                String[] shown = NumberText.showPair(vImproved[s], vPi[s]);
                problem = "after improvement state " + s + " is worth " + shown[0] + ", less than v_pi(" + s + ") = "
                        + shown[1] + "\n  v_pi = " + NumberText.show(vPi) + "\n  your greedy policy of v_pi: "
                        + ControlOracle.show(ControlOracle.actions(improved)) + "\n  a greedy policy of v_pi: "
                        + ControlOracle.show(ControlOracle.greedyActions(c.mdp(), vPi));
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static double[][] scaled(double[][] q, double factor) {
        double[][] out = new double[q.length][];
        for (int s = 0; s < q.length; s++) {
            out[s] = q[s].clone();
            for (int a = 0; a < out[s].length; a++) {
                out[s][a] *= factor;
            }
        }
        return out;
    }
}
