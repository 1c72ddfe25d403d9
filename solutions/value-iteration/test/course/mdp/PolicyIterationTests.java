package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Policy evaluation from a start vector and policy iteration on examples solved by hand, and bad input. */
class PolicyIterationTests {

    @Test
    @Points(2)
    @Hint(value = "evaluatePolicy starts the sweeps from the given vector (not from 0), backs up v(s) <- sum_a "
            + "pi(a|s) sum_s' P(s'|s,a) [R + gamma v(s')], and stops after the FIRST sweep whose largest change over "
            + "all states is strictly below theta.",
            zh = "evaluatePolicy 从给定的向量（不是 0）开始迭代，备份 v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) "
                    + "[R + gamma v(s')]，并在第一个所有状态最大变化严格小于 theta 的那一轮之后停止。",
            timeout = "evaluatePolicy never stopped on a 5-state chain with gamma = 1/2: reset the largest change "
                    + "every sweep and compare it with theta.",
            timeoutZh = "evaluatePolicy 在 gamma = 1/2 的 5 状态链上停不下来：每一轮重置最大变化并与 theta 比较。")
    void evaluationStartsFromTheGivenValuesAndStopsBelowTheta() {
        Mdp chain = ControlExamples.chain();
        int[] moveRight = {0, 0, 0, 0, 0};
        double[] start = {3, -1, 2, 0.5, 0};
        List<double[]> sweeps = ControlOracle.expectationSweeps(chain, moveRight, start, 1e-9);
        // theta equals the largest change of sweep 4 exactly, so sweep 4 does not stop.
        double theta = ControlOracle.maxDifference(sweeps.get(4), sweeps.get(3));
        List<double[]> expectedSweeps = ControlOracle.expectationSweeps(chain, moveRight, start, theta);
        double[] expected = expectedSweeps.get(expectedSweeps.size() - 1);
        double[] v = DynamicProgramming.evaluatePolicy(chain, Policy.deterministic(chain, moveRight), start, theta);
        List<double[]> fromZero = ControlOracle.expectationSweeps(chain, moveRight, new double[5], theta);
        String problem = Approx.difference("v", v, expected, Tolerance.absolute(1e-12))
                .map(diff -> diff + "\n" + ControlOracle.whichSweep(sweeps, v)
                        + (Approx.close(v, fromZero.get(fromZero.size() - 1), Tolerance.absolute(1e-12))
                        ? " (they are those of sweeps started from 0, not from the given values)" : ""))
                .orElse(null);
        assertThat(problem).withFailMessage("5-state chain, the policy 'always move right' (state 3 loops with "
                + "reward 1), gamma = 1/2, start v = (3, -1, 2, 0.5, 0), theta = %s: sweep %d is the first whose largest "
                + "change is below theta. %s", NumberText.show(theta), expectedSweeps.size() - 1, problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "evaluatePolicy must not modify the start vector it is given (return a new array), and a terminal "
            + "state's value is 0 whatever the start vector says.",
            zh = "evaluatePolicy 不能修改传入的起始向量（要返回新数组），而且无论起始向量是什么，终止状态的价值都是 0。")
    void evaluationLeavesTheStartVectorAloneAndTerminalsAtZero() {
        Mdp grid = Gridworld.fourByFour(0.9);
        double[] start = new double[16];
        Arrays.fill(start, -5);
        double[] copy = start.clone();
        double[] v = DynamicProgramming.evaluatePolicy(grid, Policy.uniform(grid), start, 1e-6);
        assertThat(start).withFailMessage("evaluatePolicy changed the start vector it was given: %s",
                NumberText.show(start)).isEqualTo(copy);
        assertThat(new double[] {v[0], v[15]}).withFailMessage("the terminal corners 0 and 15 of the gridworld must "
                + "have value 0 (the start vector said -5), got %s and %s", v[0], v[15]).isEqualTo(new double[2]);
    }

    @Test
    @Points(3)
    @DependsOn({"evaluationStartsFromTheGivenValuesAndStopsBelowTheta", "GreedyPolicyTests.actionValuesOfTheHandExample",
        "GreedyPolicyTests.equallyGoodActionsGoToTheLowestIndex"})
    @Hint(value = "Policy iteration starts from action 0 in every state and v = 0, then alternates evaluation and "
            + "greedy improvement until the improved policy equals the current one; it returns that policy, its "
            + "values and the number of evaluations (here 3: the policies (0, 0), (0, 1), (1, 1)).",
            zh = "策略迭代从每个状态都取动作 0、v = 0 开始，交替进行评估和贪心改进，直到改进后的策略与当前策略相同；"
                    + "返回该策略、它的价值和评估次数（这里是 3 次：策略 (0, 0)、(0, 1)、(1, 1)）。",
            timeout = "Policy iteration did not stop on a 2-state MDP: stop as soon as the greedy policy equals the "
                    + "current one.",
            timeoutZh = "策略迭代在 2 状态 MDP 上停不下来：一旦贪心策略与当前策略相同就要停止。")
    void policyIterationByHand() {
        PolicyIterationResult result = DynamicProgramming.policyIteration(ControlExamples.threePolicies(), 1e-12);
        int[] actions = ControlOracle.actions(result.policy());
        String problem = Approx.difference("v", result.values(), new double[] {4, 8}, Tolerance.absolute(1e-9))
                .orElse(null);
        if (problem == null && !Arrays.equals(actions, new int[] {1, 1})) {
            problem = "the final policy is " + ControlOracle.show(actions) + ", expected [0: 1, 1: 1]";
        }
        if (problem == null && result.evaluations() != 3) {
            problem = result.evaluations() + " evaluations, expected 3 (one per policy: (0, 0), (0, 1), (1, 1); the "
                    + "last one is evaluated, improved, and found unchanged)";
        }
        assertThat(problem).withFailMessage("policy iteration on the two-state MDP of the hint (state 0: stay with "
                + "reward 1 or move to 1; state 1: stay with reward 0 or 4), gamma = 1/2: %s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn({"evaluationStartsFromTheGivenValuesAndStopsBelowTheta",
        "GreedyPolicyTests.gridworldGreedyPolicyWithTheLowestIndexTieBreak"})
    @Hint(value = "In the gridworld with gamma = 0.9 a state at distance d from the nearest corner is worth "
            + "v*(s) = -(1 + 0.9 + ... + 0.9^(d-1)) = -(1 - 0.9^d) / 0.1, and the optimal policy moves toward the "
            + "nearest corner, the lowest index among equally good moves.",
            zh = "gamma = 0.9 的网格世界中，离最近角距离为 d 的状态价值 v*(s) = -(1 + 0.9 + ... + 0.9^(d-1)) "
                    + "= -(1 - 0.9^d) / 0.1，最优策略朝最近的角移动，几个方向一样好时取编号最小的。",
            timeout = "Policy iteration did not stop on the gridworld with gamma = 0.9.",
            timeoutZh = "策略迭代在 gamma = 0.9 的网格世界上停不下来。")
    void policyIterationSolvesTheDiscountedGridworld() {
        Mdp grid = Gridworld.fourByFour(0.9);
        PolicyIterationResult result = DynamicProgramming.policyIteration(grid, 1e-10);
        double[] expected = new double[16];
        for (int s = 0; s < 16; s++) {
            int d = Math.min(s / 4 + s % 4, 6 - s / 4 - s % 4);
            expected[s] = -(1 - Math.pow(0.9, d)) / 0.1;
        }
        String problem = Approx.difference("v", result.values(), expected, Tolerance.absolute(1e-7)).orElse(null);
        int[] actions = ControlOracle.actions(result.policy());
        int[] policy = {-1, 3, 3, 2, 0, 0, 0, 2, 0, 0, 1, 2, 0, 1, 1, -1};
        if (problem == null && !Arrays.equals(actions, policy)) {
            problem = "the final policy is " + ControlOracle.show(actions) + "\n  expected " + ControlOracle.show(policy);
        }
        assertThat(problem).withFailMessage("policy iteration on the 4 x 4 gridworld, gamma = 0.9: %s", problem)
                .isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for a theta that is not a positive finite number, a start vector "
            + "of the wrong length, a policy that does not fit the MDP (Policy.requireCompatibleWith), and for "
            + "policyIteration with gamma = 1 (action 0 everywhere may never reach a terminal state).",
            zh = "以下情况抛 IllegalArgumentException：theta 不是正的有限数、起始向量长度不对、策略与 MDP 不匹配"
                    + "（Policy.requireCompatibleWith），以及 gamma = 1 时调用 policyIteration（处处取动作 0 可能永远到不了"
                    + "终止状态）。",
            timeout = "A call with bad input ran forever instead of throwing: check theta and gamma before the first "
                    + "sweep.",
            timeoutZh = "错误输入没有抛异常而是一直运行：在第一轮之前检查 theta 和 gamma。")
    void badInputIsRejected() {
        Mdp mdp = ControlExamples.threePolicies();
        Policy pi = Policy.uniform(mdp);
        for (double theta : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects(() -> DynamicProgramming.evaluatePolicy(mdp, pi, new double[2], theta),
                    "evaluatePolicy with theta = " + theta);
            rejects(() -> DynamicProgramming.policyIteration(mdp, theta), "policyIteration with theta = " + theta);
        }
        rejects(() -> DynamicProgramming.evaluatePolicy(mdp, pi, new double[3], 1e-6),
                "evaluatePolicy with 3 start values for 2 states");
        rejects(() -> DynamicProgramming.evaluatePolicy(mdp, Policy.of(new double[][] {{1, 0}, {1}}), new double[2],
                1e-6), "evaluatePolicy with a policy that knows 1 action in state 1, where the MDP has 2");
        rejects(() -> DynamicProgramming.policyIteration(Gridworld.fourByFour(), 1e-6),
                "policyIteration on the undiscounted gridworld (gamma = 1)");
    }

    private static void rejects(ThrowingCallable call, String what) {
        assertThatExceptionOfType(IllegalArgumentException.class).as(what + " must throw IllegalArgumentException")
                .isThrownBy(call);
    }
}
