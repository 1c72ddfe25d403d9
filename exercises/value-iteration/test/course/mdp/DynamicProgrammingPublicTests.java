package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A first check of every method on a tiny MDP you can solve on paper.
 *
 * <pre>
 * state 0: action 0 stays with reward 1;   action 1 moves to state 1 with reward 5
 * state 1: terminal (no actions)
 * gamma = 0.9
 *
 * staying forever is worth 1 / (1 - 0.9) = 10, moving once is worth 5, so v* = (10, 0) and the optimal action
 * in state 0 is 0. From v = (0, 0): q(0,.) = (1, 5); from v* = (10, 0): q(0,.) = (1 + 9, 5) = (10, 5).
 * </pre>
 */
class DynamicProgrammingPublicTests {

    private static Mdp tiny() {
        double[][][] p = {{{1, 0}, {0, 1}}, {}};
        double[][][] r = {{{1, 0}, {0, 5}}, {}};
        return Mdp.of(p, r, 0.9);
    }

    @Test
    void actionValuesOfTheTinyMdp() {
        double[][] q = DynamicProgramming.actionValues(tiny(), new double[] {10, 0});
        assertThat(q[0]).as("q(0, .) at v = (10, 0)").containsExactly(new double[] {10, 5}, within(1e-9));
        assertThat(q[1]).as("a terminal state has no actions").isEmpty();
    }

    @Test
    void valueIterationOfTheTinyMdp() {
        double[] v = DynamicProgramming.valueIteration(tiny(), 1e-9);
        assertThat(v).as("v*").containsExactly(new double[] {10, 0}, within(1e-6));
    }

    @Test
    void greedyPolicyOfTheTinyMdp() {
        assertThat(DynamicProgramming.greedyPolicy(tiny(), new double[] {10, 0}).probability(0, 0))
                .as("at v* staying (action 0) is greedy").isEqualTo(1.0);
        assertThat(DynamicProgramming.greedyPolicy(tiny(), new double[] {0, 0}).probability(0, 1))
                .as("at v = 0 moving (action 1, reward 5) is greedy").isEqualTo(1.0);
    }

    @Test
    void policyIterationOfTheTinyMdp() {
        PolicyIterationResult result = DynamicProgramming.policyIteration(tiny(), 1e-9);
        assertThat(result.values()).as("v*").containsExactly(new double[] {10, 0}, within(1e-6));
        assertThat(result.policy().probability(0, 0)).as("the optimal action in state 0 is 0").isEqualTo(1.0);
        assertThat(result.evaluations()).as("action 0 everywhere is already optimal: one evaluation").isEqualTo(1);
    }
}
