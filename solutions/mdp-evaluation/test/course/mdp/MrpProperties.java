package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.MdpArbitraries.Case;
import course.mdp.MdpArbitraries.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How a policy turns an MDP into a Markov reward process. */
class MrpProperties {

    @Provide
    Arbitrary<Case> anyCase() {
        return MdpArbitraries.cases(Shape.SMALL);
    }

    @Provide
    Arbitrary<Case> deterministicCase() {
        return MdpArbitraries.cases(Shape.SMALL.deterministicOnly());
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a) and r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s'). "
            + "The reward depends on the next state, so it is weighted by P(s'|s,a) as well as by pi(a|s); a "
            + "terminal state (no actions) has a zero row and r_pi = 0; gamma is the MDP's.",
            zh = "P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)，r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')。"
                    + "奖励取决于下一状态，所以既要乘 pi(a|s) 也要乘 P(s'|s,a)；终止状态（没有动作）是全零行、"
                    + "r_pi = 0；gamma 沿用 MDP 的。")
    void mrpMatchesTheDefinition(@ForAll("anyCase") Case c) {
        Mrp mrp = PolicyEvaluation.toMrp(c.mdp(), c.pi());
        Optional<String> problem = Approx.difference("P_pi", mrp.transitionMatrix(),
                        MdpOracle.transitions(c.mdp(), c.pi()), Tolerance.DEFAULT)
                .or(() -> Approx.difference("r_pi", mrp.rewardVector(), MdpOracle.rewards(c.mdp(), c.pi()),
                        Tolerance.DEFAULT).map(d -> d
                        + Mistakes.mrpRewards(c.mdp(), c.pi(), mrp.rewardVector()).explain()))
                .or(() -> mrp.gamma() == c.mdp().gamma() ? Optional.empty()
                        : Optional.of("the MRP's gamma is " + mrp.gamma() + ", the MDP's is " + c.mdp().gamma()));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 40)
    @Points(1)
    @Hint(value = "With a deterministic policy in a deterministic MDP every row of P_pi has a single 1: the next "
            + "state of s is the one reached by the action pi picks, and r_pi(s) is that transition's reward.",
            zh = "确定性策略加确定性 MDP 时，P_pi 的每一行只有一个 1：s 的下一状态就是策略所选动作到达的状态，"
                    + "r_pi(s) 是这次转移的奖励。")
    void deterministicPolicyInDeterministicMdpGivesDeterministicMrp(@ForAll("deterministicCase") Case c) {
        Mrp mrp = PolicyEvaluation.toMrp(c.mdp(), c.pi());
        Optional<String> problem = Optional.empty();
        for (int s = 0; s < c.mdp().stateCount() && problem.isEmpty(); s++) {
            problem = checkState(c.mdp(), c.pi(), mrp, s);
        }
        if (problem.isEmpty() && !mrp.isDeterministic()) {
            problem = Optional.of("a deterministic policy in a deterministic MDP must give a deterministic MRP, got"
                    + mrp);
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    /** The row and reward of state {@code s}: those of the one transition the chosen action makes. */
    private static Optional<String> checkState(Mdp mdp, Policy pi, Mrp mrp, int s) {
        for (int action = 0; action < mdp.actionCount(s); action++) {
            if (pi.probability(s, action) == 1) {
                int a = action;
                int target = target(mdp, s, a);
                double[] row = new double[mdp.stateCount()];
                row[target] = 1;
                double[] actualRow = mrp.transitionMatrix()[s];
                double reward = mdp.reward(s, a, target);
                return Approx.difference("P_pi(.|" + s + ")", actualRow, row, Tolerance.DEFAULT)
                        .map(d -> d + "\n  the policy takes action " + a + " in state " + s + " and it leads to "
                                + "state " + target + " for sure")
                        .or(() -> Approx.difference("r_pi(" + s + ")", mrp.reward(s), reward, Tolerance.DEFAULT)
                                .map(d -> d + " = R(" + s + "," + a + "," + target + ")"));
            }
        }
        return Optional.empty();
    }

    private static int target(Mdp mdp, int s, int a) {
        for (int next = 0; next < mdp.stateCount(); next++) {
            if (mdp.probability(s, a, next) == 1) {
                return next;
            }
        }
        throw new IllegalStateException("state " + s + ", action " + a + " is not deterministic");
    }
}
