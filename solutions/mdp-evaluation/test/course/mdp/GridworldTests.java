package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
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
    @Points(3)
    @Hint(value = "Iterative policy evaluation on the book's gridworld (Sutton & Barto, Figure 4.1): under the "
            + "random policy each action has probability 1/4, every step gives -1 and gamma = 1, so v(s) is minus "
            + "the expected number of steps to a corner (-14 next to a corner). A max over actions gives -1, -2, -3 "
            + "instead (the optimal values); terminal states have no actions and must stay at 0.",
            zh = "在书中的网格世界上做迭代策略评估（Sutton & Barto 图 4.1）：随机策略下每个动作概率 1/4，"
                    + "每一步奖励 -1，gamma = 1，所以 v(s) 是到达角落的期望步数的相反数（角落旁边是 -14）。"
                    + "对动作取 max 得到的是 -1、-2、-3（最优价值）；终止状态没有动作，价值必须保持 0。")
    void randomPolicyValuesByIteration() {
        Mdp grid = Gridworld.fourByFour();
        Policy random = Policy.uniform(grid);
        double[] v = PolicyEvaluation.evaluate(grid, random, 1e-10);
        String diff = Oracle.difference("v", v, FIGURE_4_1, 1e-6);
        assertThat(diff).withFailMessage("4x4 gridworld, random policy, gamma = 1, theta = 1e-10, expected the "
                + "values of Figure 4.1: %s%s", diff, diff == null ? "" : Oracle.diagnoseValues(grid, random, v))
                .isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "Exact evaluation of the book's gridworld: the terminal corners have an all-zero row in P_pi and "
            + "r_pi = 0, so their equation reads v = 0 and (I - P_pi) is invertible although gamma = 1. Every "
            + "other row is 1 on the diagonal minus 1/4 per move (a move off the grid stays put, so each blocked "
            + "move takes 1/4 off the diagonal: 1 - 1/4 on an edge, 1 - 1/2 in the corners 3 and 12 with two "
            + "blocked moves), right-hand side -1.",
            zh = "精确评估书中的网格世界：终止角落在 P_pi 中是全零行且 r_pi = 0，方程就是 v = 0，"
                    + "因此即使 gamma = 1，(I - P_pi) 也可逆。其余每一行是对角线上的 1 减去每个动作的 1/4"
                    + "（出界的动作留在原地，每个出界动作使对角线减 1/4：边上是 1 - 1/4，"
                    + "有两个出界动作的角落 3 和 12 是 1 - 1/2），右端项 -1。")
    void randomPolicyValuesExactly() {
        Mdp grid = Gridworld.fourByFour();
        Policy random = Policy.uniform(grid);
        double[] v = PolicyEvaluation.evaluateExactly(grid, random);
        String diff = Oracle.difference("v", v, FIGURE_4_1, 1e-9);
        assertThat(diff).withFailMessage("4x4 gridworld, random policy, gamma = 1, expected the values of "
                + "Figure 4.1: %s%s", diff, diff == null ? "" : Oracle.diagnoseValues(grid, random, v)).isNull();
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
        double[][] q = PolicyEvaluation.qFromV(grid, FIGURE_4_1);
        String diff = Oracle.rowDifference("q", q, Oracle.q(grid, FIGURE_4_1), 1e-9);
        assertThat(diff).withFailMessage("4x4 gridworld, q from the values of Figure 4.1 (q(11, down) = -1, "
                + "q(7, down) = -15): %s%s", diff, diff == null ? "" : Oracle.diagnoseQ(grid, FIGURE_4_1, q))
                .isNull();
        double[] back = PolicyEvaluation.vFromQ(Policy.uniform(grid), q);
        diff = Oracle.difference("v from q", back, FIGURE_4_1, 1e-9);
        assertThat(diff).withFailMessage("averaging those q over the random policy must give Figure 4.1 back: %s%s",
                diff, diff == null ? "" : Oracle.diagnoseV(Policy.uniform(grid), q, back)).isNull();
    }
}
