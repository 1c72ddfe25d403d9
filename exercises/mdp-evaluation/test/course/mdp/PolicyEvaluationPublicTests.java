package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A first check of every method on a tiny MDP you can solve on paper, and one value of the book's gridworld.
 *
 * <pre>
 * state 0: action 0 -> state 0 with reward 1;   action 1 -> state 1 with reward 0
 * state 1: terminal (no actions)
 * gamma = 0.9, policy: each action with probability 1/2
 *
 * P_pi = [[1/2, 1/2], [0, 0]],  r_pi = [1/2, 0]
 * v(0) = 1/2 + 0.9 * 1/2 * v(0)  =>  v(0) = 0.5 / 0.55 = 10/11,  v(1) = 0
 * q(0,0) = 1 + 0.9 * 10/11 = 20/11,  q(0,1) = 0 + 0.9 * 0 = 0,  and 1/2 * 20/11 + 1/2 * 0 = 10/11
 * </pre>
 */
class PolicyEvaluationPublicTests {

    private static Mdp tiny() {
        double[][][] p = {{{1, 0}, {0, 1}}, {}};
        double[][][] r = {{{1, 0}, {0, 0}}, {}};
        return Mdp.of(p, r, 0.9);
    }

    private static final double[] TINY_VALUES = {10.0 / 11, 0};

    @Test
    void mrpOfTheTinyMdp() {
        Mrp mrp = PolicyEvaluation.toMrp(tiny(), Policy.uniform(tiny()));
        assertThat(mrp.transitionMatrix()).as("P_pi").isDeepEqualTo(new double[][] {{0.5, 0.5}, {0, 0}});
        assertThat(mrp.rewardVector()).as("r_pi").containsExactly(new double[] {0.5, 0}, within(1e-12));
        assertThat(mrp.gamma()).as("gamma of the MRP").isEqualTo(0.9);
    }

    @Test
    void exactValuesOfTheTinyMdp() {
        double[] v = PolicyEvaluation.evaluateExactly(tiny(), Policy.uniform(tiny()));
        assertThat(v).as("v_pi by solving (I - gamma P_pi) v = r_pi").containsExactly(TINY_VALUES, within(1e-9));
    }

    @Test
    void iterativeValuesOfTheTinyMdp() {
        double[] v = PolicyEvaluation.evaluate(tiny(), Policy.uniform(tiny()), 1e-10);
        assertThat(v).as("v_pi by iterative policy evaluation, theta = 1e-10")
                .containsExactly(TINY_VALUES, within(1e-8));
    }

    @Test
    void actionValuesOfTheTinyMdp() {
        double[][] q = PolicyEvaluation.qFromV(tiny(), TINY_VALUES);
        assertThat(q).as("q from v: row 0 has two actions, the terminal row none")
                .hasNumberOfRows(2);
        assertThat(q[0]).as("q(0, .)").containsExactly(new double[] {20.0 / 11, 0}, within(1e-9));
        assertThat(q[1]).as("q(1, .) of the terminal state").isEmpty();
        assertThat(PolicyEvaluation.vFromQ(Policy.uniform(tiny()), q)).as("v from q")
                .containsExactly(TINY_VALUES, within(1e-9));
    }

    @Test
    void gridworldStateNextToACornerHasValueMinus14() {
        // Sutton & Barto, Figure 4.1: under the random policy, state 1 needs 14 steps to a corner on average.
        double[] v = PolicyEvaluation.evaluateExactly(Gridworld.fourByFour(), Policy.uniform(Gridworld.fourByFour()));
        assertThat(v[1]).as("v of state 1 in the 4x4 gridworld (Figure 4.1)").isCloseTo(-14, within(1e-9));
        assertThat(v[0]).as("v of the terminal corner").isEqualTo(0);
    }
}
