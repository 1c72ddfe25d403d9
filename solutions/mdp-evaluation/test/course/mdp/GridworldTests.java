package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Sutton and Barto's 4 x 4 gridworld (Example 4.1) under the equiprobable random policy, undiscounted:
 * the values of Figure 4.1 (k = infinity) and the action values of Exercise 4.1.
 */
class GridworldTests {

    /** Figure 4.1, bottom left (k = infinity), row by row; the corners are the terminal state. */
    static final double[] FIGURE_4_1 = {
        0, -14, -20, -22,
        -14, -18, -20, -20,
        -20, -20, -18, -14,
        -22, -20, -14, 0,
    };

    @Test
    @Points(2)
    @Hint(value = "Iterative policy evaluation on the book's gridworld (Sutton & Barto, Figure 4.1): under the "
            + "random policy each action has probability 1/4, every step gives -1 and gamma = 1, so v(s) is minus "
            + "the expected number of steps to a corner (-14 next to a corner). A max over actions gives -1, -2, -3 "
            + "instead (the optimal values); terminal states have no actions and must stay at 0.",
            zh = "在书中的网格世界上做迭代策略评估（Sutton & Barto 图 4.1）：随机策略下每个动作概率 1/4，"
                    + "每一步奖励 -1，gamma = 1，所以 v(s) 是到达角落的期望步数的相反数（角落旁边是 -14）。"
                    + "对动作取 max 得到的是 -1、-2、-3（最优价值）；终止状态没有动作，价值必须保持 0。",
            timeout = "The sweeps never stopped: with gamma = 1 the values still settle here (every state reaches a "
                    + "corner), so check that the largest change is reset every sweep and that terminal states, "
                    + "which have no actions, stay at 0.",
            timeoutZh = "迭代一直没有停下：这里即使 gamma = 1 价值也会收敛（每个状态都会到达角落），请检查每一轮是否重置"
                    + "最大变化，以及没有动作的终止状态是否保持为 0。")
    void randomPolicyValuesByIteration() {
        Mdp grid = Gridworld.fourByFour();
        Policy random = Policy.uniform(grid);
        double[] v = PolicyEvaluation.evaluate(grid, random, 1e-10);
        Tolerance tolerance = Tolerance.absolute(1e-6);
        Optional<String> problem = Approx.difference("v", v, FIGURE_4_1, tolerance);
        assertThat(problem).withFailMessage("4x4 gridworld, random policy, gamma = 1, theta = 1e-10, expected the "
                        + "values of Figure 4.1: %s%s", problem.orElse(""),
                Mistakes.values(grid, random, v, FIGURE_4_1, tolerance, true).explain()).isEmpty();
    }

    @Test
    @Points(2)
    @Hint(value = "Exact evaluation of the book's gridworld: the terminal corners have an all-zero row in P_pi and "
            + "r_pi = 0, so their equation reads v = 0 and (I - P_pi) is invertible although gamma = 1. Every "
            + "other row is 1 on the diagonal minus 1/4 per move into each neighbour; a move off the grid stays put "
            + "and takes its 1/4 off the diagonal (1 - 1/4 on an edge, 1 - 1/2 in the corners 3 and 12); the "
            + "right-hand side is -1.",
            zh = "精确评估书中的网格世界：终止角落在 P_pi 中是全零行且 r_pi = 0，方程就是 v = 0，"
                    + "因此即使 gamma = 1，(I - P_pi) 也可逆。其余每一行是对角线上的 1 减去移向每个邻居的 1/4；"
                    + "出界的动作留在原地，在对角线上减 1/4（边上为 1 - 1/4，角落 3 和 12 为 1 - 1/2）；右端项为 -1。")
    void randomPolicyValuesExactly() {
        Mdp grid = Gridworld.fourByFour();
        Policy random = Policy.uniform(grid);
        double[] v = PolicyEvaluation.evaluateExactly(grid, random);
        Optional<String> problem = Approx.difference("v", v, FIGURE_4_1, Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("4x4 gridworld, random policy, gamma = 1, expected the values of "
                        + "Figure 4.1: %s%s", problem.orElse(""),
                Mistakes.values(grid, random, v, FIGURE_4_1, Tolerance.DEFAULT, false).explain()).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "Sutton & Barto, Exercise 4.1: q_pi(11, down) = -1 + v_pi(terminal) = -1 and q_pi(7, down) = "
            + "-1 + v_pi(11) = -15. q(s,a) is the reward of the step plus gamma times the value of the next state, "
            + "not the value of the next state alone, and not without the reward.",
            zh = "Sutton & Barto 习题 4.1：q_pi(11, down) = -1 + v_pi(终止) = -1，q_pi(7, down) = -1 + v_pi(11) = -15。"
                    + "q(s,a) 是这一步的奖励加 gamma 乘下一状态的价值，不是只有下一状态的价值，也不能漏掉奖励。")
    void actionValuesOfExercise41() {
        Mdp grid = Gridworld.fourByFour();
        double[][] expected = MdpOracle.q(grid, FIGURE_4_1);
        double[][] q = PolicyEvaluation.qFromV(grid, FIGURE_4_1);
        Optional<String> problem = Approx.difference("q", q, expected, Tolerance.DEFAULT)
                .map(d -> "4x4 gridworld, q from the values of Figure 4.1 (q(11, down) = -1, q(7, down) = -15): " + d
                        + Mistakes.q(grid, FIGURE_4_1, q, expected).explain())
                .or(() -> {
                    double[] back = PolicyEvaluation.vFromQ(Policy.uniform(grid), expected);
                    return Approx.difference("v from q", back, FIGURE_4_1, Tolerance.DEFAULT)
                            .map(d -> "averaging the q of Figure 4.1 over the random policy must give Figure 4.1 "
                                    + "back: " + d + Mistakes.vFromQ(Policy.uniform(grid), expected, back,
                                    FIGURE_4_1).explain());
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
