package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.mdp.Generators.Case;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How a policy turns an MDP into a Markov reward process. */
class MrpProperties {

    @Provide
    Arbitrary<Case> anyCase() {
        return Generators.cases(0, 0.95, 0.15);
    }

    @Provide
    Arbitrary<Case> deterministicCase() {
        return Generators.deterministicCases();
    }

    @Property
    @Points(2)
    @Hint(value = "P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a) and r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s'). "
            + "The reward depends on the next state, so it is weighted by P(s'|s,a) as well as by pi(a|s); a "
            + "terminal state (no actions) has a zero row and r_pi = 0; gamma is the MDP's.",
            zh = "P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)，r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')。"
                    + "奖励取决于下一状态，所以既要乘 pi(a|s) 也要乘 P(s'|s,a)；终止状态（没有动作）是全零行、"
                    + "r_pi = 0；gamma 沿用 MDP 的。")
    void mrpMatchesTheDefinition(@ForAll("anyCase") Case c) {
        Mrp mrp = PolicyEvaluation.toMrp(c.mdp(), c.pi());
        String diff = Oracle.rowDifference("P_pi", mrp.transitionMatrix(), Oracle.pPi(c.mdp(), c.pi()), 1e-12);
        assertThat(diff).withFailMessage("%s", diff).isNull();
        double[] r = Oracle.rPi(c.mdp(), c.pi());
        diff = Oracle.difference("r_pi", mrp.rewardVector(), r, 1e-9);
        String why = "";
        if (diff != null) {
            Mrp unweighted = Mrp.of(Oracle.pPi(c.mdp(), c.pi()),
                    Oracle.rPi(Oracle.unweightedRewards(c.mdp()), c.pi()), c.mdp().gamma());
            Mrp uniform = Mrp.of(Oracle.pPi(c.mdp(), c.pi()), Oracle.rPi(c.mdp(), Policy.uniform(c.mdp())),
                    c.mdp().gamma());
            if (Oracle.difference("", mrp.rewardVector(), unweighted.rewardVector(), 1e-9) == null) {
                why = "\nYour r_pi adds up R(s,a,s') without the weights P(s'|s,a).";
            } else if (Oracle.difference("", mrp.rewardVector(), uniform.rewardVector(), 1e-9) == null) {
                why = "\nYour r_pi weights every action equally instead of by pi(a|s).";
            }
        }
        assertThat(diff).withFailMessage("%s%s", diff, why).isNull();
        assertThat(mrp.gamma()).withFailMessage("the MRP's gamma is %s, the MDP's is %s", mrp.gamma(),
                c.mdp().gamma()).isEqualTo(c.mdp().gamma());
    }

    @Property
    @Points(1)
    @Hint(value = "With a deterministic policy in a deterministic MDP every row of P_pi has a single 1: the next "
            + "state of s is the one reached by the action pi picks, and r_pi(s) is that transition's reward.",
            zh = "确定性策略加确定性 MDP 时，P_pi 的每一行只有一个 1：s 的下一状态就是策略所选动作到达的状态，"
                    + "r_pi(s) 是这次转移的奖励。")
    void deterministicPolicyInDeterministicMdpGivesDeterministicMrp(@ForAll("deterministicCase") Case c) {
        Mrp mrp = PolicyEvaluation.toMrp(c.mdp(), c.pi());
        int n = c.mdp().stateCount();
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < c.mdp().actionCount(s); a++) {
                if (c.pi().probability(s, a) == 1) {
                    for (int next = 0; next < n; next++) {
                        double expected = c.mdp().probability(s, a, next);
                        assertThat(mrp.transition(s, next)).withFailMessage("P_pi(%d|%d) is %s, expected %s: the "
                                + "policy takes action %d in state %d and it leads to state %d for sure",
                                next, s, mrp.transition(s, next), expected, a, s, target(c.mdp(), s, a))
                                .isCloseTo(expected, within(1e-12));
                    }
                    double reward = c.mdp().reward(s, a, target(c.mdp(), s, a));
                    assertThat(mrp.reward(s)).withFailMessage("r_pi(%d) is %s, expected R(%d,%d,%d) = %s", s,
                            mrp.reward(s), s, a, target(c.mdp(), s, a), reward).isCloseTo(reward, within(1e-12));
                }
            }
        }
        assertThat(mrp.isDeterministic()).withFailMessage("a deterministic policy in a deterministic MDP must give "
                + "a deterministic MRP, got%s", mrp).isTrue();
    }

    private static int target(Mdp mdp, int s, int a) {
        for (int next = 0; next < mdp.stateCount(); next++) {
            if (mdp.probability(s, a, next) == 1) {
                return next;
            }
        }
        throw new IllegalStateException("not deterministic");
    }
}
