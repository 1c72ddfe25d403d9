package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Action values and greedy policies on examples solved by hand, the tie-break, and bad input. */
class GreedyPolicyTests {

    @Test
    @Points(1)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')] for the v you are given: the reward of the "
            + "step plus the discounted value of where it lands, averaged over the next states.",
            zh = "对给定的 v，q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]：这一步的奖励加上落点价值的折扣，"
                    + "再对下一状态求期望。")
    void actionValuesOfTheHandExample() {
        // ControlExamples.threePolicies() at v = (2, 8): q(0,.) = (1 + 1, 0 + 4), q(1,.) = (0 + 4, 4 + 4).
        double[][] q = DynamicProgramming.actionValues(ControlExamples.threePolicies(), new double[] {2, 8});
        String problem = Approx.difference("q", q, new double[][] {{2, 4}, {4, 8}}, Tolerance.DEFAULT).orElse(null);
        assertThat(problem).withFailMessage("two states, gamma = 1/2 (state 0: stay with reward 1 or move to 1 with "
                + "reward 0; state 1: stay with reward 0 or 4), v = (2, 8): %s", problem).isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "The greedy policy takes argmax_a q(s,a) in every non-terminal state, and among equally good "
            + "actions the LOWEST index (UP = 0, RIGHT = 1, DOWN = 2, LEFT = 3). In the gridworld many states have "
            + "two or four equally good moves; picking the last best one, or comparing v(s') without the reward, "
            + "gives another policy.",
            zh = "贪心策略在每个非终止状态取 argmax_a q(s,a)，几个动作一样好时取编号最小的（UP = 0、RIGHT = 1、"
                    + "DOWN = 2、LEFT = 3）。网格世界里很多状态有两个或四个一样好的动作；取最后一个最优动作，"
                    + "或只比较 v(s') 而不加奖励，都会得到另一个策略。")
    void gridworldGreedyPolicyWithTheLowestIndexTieBreak() {
        Mdp grid = Gridworld.fourByFour();
        double[] vStar = new double[16];
        for (int s = 0; s < 16; s++) {
            vStar[s] = -Math.min(s / 4 + s % 4, 6 - s / 4 - s % 4);
        }
        // By hand: the moves toward the nearest corner; ties (states 3, 5, 6, 9, 10, 12) go to the lowest index.
        int[] expected = {-1, 3, 3, 2, 0, 0, 0, 2, 0, 0, 1, 2, 0, 1, 1, -1};
        int[] actions = ControlOracle.actions(DynamicProgramming.greedyPolicy(grid, vStar));
        String problem = null;
        for (int s = 0; s < 16 && problem == null; s++) {
            if (actions[s] != expected[s]) {
                problem = "in state " + s + " the greedy action is " + expected[s] + ", yours is " + actions[s] + " ("
                        + ControlOracle.showRow(ControlOracle.lookahead(grid, vStar), s) + ")";
            }
        }
        assertThat(problem).withFailMessage("greedy policy of v* in the 4 x 4 gridworld (v* = minus the distance to "
                + "the nearest corner): %s\n  expected %s\n  yours    %s", problem, ControlOracle.show(expected),
                ControlOracle.show(actions)).isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "Two action values within TIE = 1e-9 of each other are equally good, and the lower index wins; "
            + "an action better by more than TIE wins whatever its index. Compare with the best value minus TIE, "
            + "not with ==, and not with a larger tolerance.",
            zh = "两个动作价值相差不超过 TIE = 1e-9 就算一样好，取编号小的；比最优值好出 TIE 以上的动作，"
                    + "无论编号多大都要选它。应与最优值减 TIE 比较，不要用 ==，也不要用更大的容差。")
    void equallyGoodActionsGoToTheLowestIndex() {
        Mdp tied = ControlExamples.tiedActions();
        double[] vStar = {4, 4};
        int chosen = ControlOracle.actions(DynamicProgramming.greedyPolicy(tied, vStar))[0];
        assertThat(chosen).withFailMessage("state 0 of a two-state MDP, v = (4, 4): q(0,.) = (3, 4, 4); actions 1 "
                + "and 2 are equally good, so the greedy action is 1, got %s", chosen).isEqualTo(1);
        // Action 2 better by 1e-12 (within TIE): still a tie. Action 2 better by 1e-7 (beyond TIE): action 2.
        for (double edge : new double[] {1e-12, 1e-7}) {
            double[][][] p = {{{1, 0}, {0, 1}, {0, 1}}, {{0, 1}}};
            double[][][] r = {{{1, 0}, {0, 2}, {0, 2 + edge}}, {{0, 2}}};
            Mdp nearlyTied = Mdp.of(p, r, 0.5);
            int expected = edge < DynamicProgramming.TIE ? 1 : 2;
            int got = ControlOracle.actions(DynamicProgramming.greedyPolicy(nearlyTied, vStar))[0];
            String shown = NumberText.show(edge);
            assertThat(got).withFailMessage("state 0 with q(0,.) = (3, 4, 4 + %s): the difference %s is %s TIE = 1e-9, "
                    + "so the greedy action is %d, got %d", shown, shown, edge < DynamicProgramming.TIE ? "within"
                    : "beyond", expected, got).isEqualTo(expected);
        }
        // A difference of exactly TIE still counts as equal: q(0,.) = (-1, 0, 1e-9), all computed without round-off.
        double[][][] p = {{{1, 0}, {0, 1}, {0, 1}}, {}};
        double[][][] r = {{{-1, 0}, {0, 0}, {0, DynamicProgramming.TIE}}, {}};
        int got = ControlOracle.actions(DynamicProgramming.greedyPolicy(Mdp.of(p, r, 0.5), new double[2]))[0];
        assertThat(got).withFailMessage("state 0 with q(0,.) = (-1, 0, 1e-9): action 1 is within TIE of the best "
                + "(q >= max - TIE holds with equality), so the greedy action is 1, got %d", got).isEqualTo(1);
    }

    @Test
    @Points(1)
    @Hint(value = "actionValues and greedyPolicy need one value per state: throw IllegalArgumentException when v "
            + "has another length (instead of an ArrayIndexOutOfBoundsException or silently ignoring entries).",
            zh = "actionValues 和 greedyPolicy 需要每个状态一个值：v 的长度不对时抛 IllegalArgumentException"
                    + "（而不是 ArrayIndexOutOfBoundsException，也不是悄悄忽略多余的元素）。")
    void valueVectorsOfTheWrongLengthAreRejected() {
        Mdp mdp = ControlExamples.threePolicies();
        for (double[] v : new double[][] {{1}, {1, 2, 3}}) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("actionValues with %s values for 2 states", v.length)
                    .isThrownBy(() -> DynamicProgramming.actionValues(mdp, v));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("greedyPolicy with %s values for 2 states", v.length)
                    .isThrownBy(() -> DynamicProgramming.greedyPolicy(mdp, v));
        }
    }
}
