package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Value iteration on the book's examples (gridworld, gambler's problem), its stopping rule, and bad input. */
class ValueIterationTests {

    /** Figure 4.1 of Sutton and Barto: the gridworld's values under the equiprobable random policy. */
    private static final double[] RANDOM_POLICY_VALUES = {0, -14, -20, -22, -14, -18, -20, -20, -20, -20, -18, -14,
        -22, -20, -14, 0};

    @Test
    @Points(2)
    @Hint(value = "In the gridworld of Example 4.1 (every step -1, no discount) v*(s) is minus the number of steps "
            + "to the nearest terminal corner. Value iteration backs up the BEST action, v(s) <- max_a sum_s' "
            + "P(s'|s,a) [R + gamma v(s')]; averaging over the actions instead gives the random policy's values "
            + "(-14, -20, -22, ...), which is policy evaluation.",
            zh = "在例 4.1 的网格世界中（每步 -1，无折扣），v*(s) 等于到最近终止角的步数取负。价值迭代备份的是"
                    + "最好的动作：v(s) <- max_a sum_s' P(s'|s,a) [R + gamma v(s')]；对动作取平均得到的是随机策略的"
                    + "价值（-14, -20, -22, ...），那是策略评估。",
            timeout = "Value iteration did not stop on the gridworld: check that the loop ends once a sweep changes "
                    + "no state by theta or more, and that terminal states stay at 0.",
            timeoutZh = "价值迭代在网格世界上停不下来：检查某一轮所有状态变化都小于 theta 时循环是否结束，"
                    + "以及终止状态是否保持为 0。")
    void gridworldOptimalValuesAreMinusTheDistanceToACorner() {
        Mdp grid = Gridworld.fourByFour();
        double[] v = DynamicProgramming.valueIteration(grid, 1e-9);
        double[] expected = new double[16];
        for (int s = 0; s < 16; s++) {
            int row = s / 4;
            int col = s % 4;
            expected[s] = -Math.min(row + col, 6 - row - col);
        }
        String problem = Approx.difference("v*", v, expected, Tolerance.absolute(1e-6))
                .map(diff -> diff + Diagnosis.of(v, expected, Tolerance.absolute(1e-4))
                        .mistake("the average over the actions (the equiprobable random policy's values of Figure "
                                + "4.1) instead of the max over the actions", () -> RANDOM_POLICY_VALUES)
                        .explain())
                .orElse(null);
        assertThat(problem).withFailMessage("4 x 4 gridworld, gamma = 1, theta = 1e-9: %s", problem).isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "The gambler's problem (Example 4.3) with p_h = 0.4 has no discount and a reward only at the "
            + "goal, so v*(s) is the best probability of reaching 100. For p_h < 1/2 bold play is optimal: "
            + "v*(50) = 0.4, v*(25) = 0.4 * 0.4 = 0.16, v*(75) = 0.4 + 0.6 * 0.4 = 0.64.",
            zh = "赌徒问题（例 4.3）取 p_h = 0.4，无折扣，只有到达目标时有奖励，所以 v*(s) 是到达 100 的最大概率。"
                    + "p_h < 1/2 时孤注一掷最优：v*(50) = 0.4，v*(25) = 0.4 * 0.4 = 0.16，"
                    + "v*(75) = 0.4 + 0.6 * 0.4 = 0.64。",
            timeout = "Value iteration did not stop on the gambler's problem (101 states, gamma = 1): check the "
                    + "stopping rule (largest change of a sweep < theta).",
            timeoutZh = "价值迭代在赌徒问题（101 个状态，gamma = 1）上停不下来：检查停止规则（一轮的最大变化 < theta）。")
    void gamblersProblemValuesOfBoldPlay() {
        Mdp gambler = GamblersProblem.of(0.4);
        double[] v = DynamicProgramming.valueIteration(gambler, 1e-10);
        assertThat(v.length).withFailMessage("one value per capital 0..100, got %s values", v.length).isEqualTo(101);
        double[] got = {v[25], v[50], v[75], v[0], v[100]};
        double[] expected = {0.16, 0.4, 0.64, 0, 0};
        String problem = Approx.difference("(v*(25), v*(50), v*(75), v*(0), v*(100))", got, expected,
                Tolerance.absolute(1e-6)).orElse(null);
        assertThat(problem).withFailMessage("gambler's problem, p_h = 0.4, theta = 1e-10: %s", problem).isNull();
    }

    @Test
    @Points(3)
    @Hint(value = "Stop after the FIRST sweep whose largest change max_s |new v(s) - old v(s)| is below theta "
            + "(strictly), and return the values of that sweep. The change is the largest over ALL states (not the "
            + "last state updated, not the sum); a sweep that changes some state by exactly theta does not stop.",
            zh = "在第一个最大变化 max_s |新 v(s) - 旧 v(s)| 严格小于 theta 的那一轮之后停止，并返回这一轮的值。"
                    + "变化取所有状态中的最大值（不是最后更新的那个状态，也不是求和）；某个状态恰好变化 theta 的那一轮"
                    + "不能停。",
            timeout = "The sweeps never stopped on a 5-state chain with gamma = 1/2: the largest change must be "
                    + "reset to 0 at the start of every sweep and compared with theta after it.",
            timeoutZh = "在 gamma = 1/2 的 5 状态链上迭代停不下来：每一轮开始时最大变化要重置为 0，"
                    + "一轮结束后再与 theta 比较。")
    void valueIterationStopsAfterTheFirstSweepBelowTheta() {
        Mdp chain = ControlExamples.chain();
        List<double[]> sweeps = ControlOracle.optimalitySweeps(chain, 1e-9);
        // theta is chosen equal to the largest change of sweep 5 (an exact binary fraction): sweep 5 must not stop.
        double theta = largestChange(sweeps, 5);
        List<double[]> expectedSweeps = ControlOracle.optimalitySweeps(chain, theta);
        double[] expected = expectedSweeps.get(expectedSweeps.size() - 1);
        double[] v = DynamicProgramming.valueIteration(chain, theta);
        String problem = Approx.difference("v", v, expected, Tolerance.absolute(1e-12)).orElse(null);
        if (problem != null) {
            problem += "\n" + ControlOracle.whichSweep(sweeps, v) + "; the largest changes of sweeps 1.."
                    + (expectedSweeps.size() - 1) + " are " + changes(expectedSweeps);
        }
        assertThat(problem).withFailMessage("5-state chain (states 0-2: move right or stay with reward 1/4; state 3 "
                + "loops with reward 1; state 4 loops with reward 0), gamma = 1/2, theta = %s: sweep 5 changes a state "
                + "by exactly theta and does not stop; sweep %d is the first whose largest change is below theta, so "
                + "value iteration returns its values. %s", NumberText.show(theta), expectedSweeps.size() - 1, problem)
                .isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "Reject a theta that is 0, negative, NaN or infinite with IllegalArgumentException: with theta "
            + "<= 0 the sweeps would never stop, and NaN or infinity is no accuracy.",
            zh = "theta 为 0、负数、NaN 或无穷大时要抛 IllegalArgumentException：theta <= 0 时迭代永远不会停，"
                    + "NaN 或无穷大也不是精度。",
            timeout = "valueIteration with theta <= 0 ran forever: check theta before the first sweep.",
            timeoutZh = "theta <= 0 时 valueIteration 一直运行：在第一轮之前就检查 theta。")
    void valueIterationRejectsABadTheta() {
        Mdp chain = ControlExamples.chain();
        for (double theta : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("valueIteration with theta = %s must throw IllegalArgumentException", theta)
                    .isThrownBy(() -> DynamicProgramming.valueIteration(chain, theta));
        }
    }

    private static double largestChange(List<double[]> sweeps, int k) {
        return ControlOracle.maxDifference(sweeps.get(k), sweeps.get(k - 1));
    }

    private static String changes(List<double[]> sweeps) {
        double[] c = new double[sweeps.size() - 1];
        for (int k = 1; k < sweeps.size(); k++) {
            c[k - 1] = largestChange(sweeps, k);
        }
        return NumberText.show(c);
    }
}
