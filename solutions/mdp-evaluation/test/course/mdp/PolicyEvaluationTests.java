package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Fixed examples: a two-state MDP solved by hand, the stopping rule on several states, singular systems, the exam
 * point about where the randomness of an MRP comes from, and invalid inputs.
 */
class PolicyEvaluationTests {

    /**
     * The hand example, gamma = 1/2.
     *
     * <pre>
     * state A = 0: action 0 "stay"  -> A with P 1,   R 1
     *              action 1 "go"    -> B with P 1/2, R 2;  -> A with P 1/2, R 0
     * state B = 1: action 0 "cash"  -> A with P 1,   R 8
     *              action 1 "wait"  -> B with P 1,   R 0
     * pi(.|A) = (1/2, 1/2), pi(.|B) = (1/4, 3/4)
     *
     * P_pi = [[1/2 + 1/4, 1/4], [1/4, 3/4]] = [[3/4, 1/4], [1/4, 3/4]]
     * r_pi(A) = 1/2 * 1 + 1/2 * (1/2 * 2 + 1/2 * 0) = 1,   r_pi(B) = 1/4 * 8 + 3/4 * 0 = 2
     * v = r_pi + 1/2 P_pi v:   5/8 vA = 1 + 1/8 vB,  5/8 vB = 2 + 1/8 vA
     *   => 5 vA = 8 + vB, 5 vB = 16 + vA => vA = 7/3, vB = 11/3
     * q(A,stay) = 1 + 1/2 * 7/3 = 13/6
     * q(A,go)   = 1/2 (2 + 1/2 * 11/3) + 1/2 (0 + 1/2 * 7/3) = 5/2
     * q(B,cash) = 8 + 1/2 * 7/3 = 55/6,   q(B,wait) = 0 + 1/2 * 11/3 = 11/6
     * check: 1/2 * 13/6 + 1/2 * 5/2 = 7/3,  1/4 * 55/6 + 3/4 * 11/6 = 11/3
     * </pre>
     */
    static Mdp handMdp() {
        double[][][] p = {
            {{1, 0}, {0.5, 0.5}},
            {{1, 0}, {0, 1}},
        };
        double[][][] r = {
            {{1, 0}, {0, 2}},
            {{8, 0}, {0, 0}},
        };
        return Mdp.of(p, r, 0.5);
    }

    static Policy handPolicy() {
        return Policy.of(new double[][] {{0.5, 0.5}, {0.25, 0.75}});
    }

    static final double[] HAND_VALUES = {7.0 / 3, 11.0 / 3};

    private static final Tolerance EXACT = Tolerance.DEFAULT;

    @Test
    @Points(1)
    @Hint(value = "A policy turns the MDP into a Markov reward process: P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a) and "
            + "r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s'). Weight every action by pi(a|s) and every "
            + "reward by the probability of the transition that earns it.",
            zh = "策略把 MDP 变成马尔可夫奖励过程：P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)，"
                    + "r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')。每个动作要乘 pi(a|s)，"
                    + "每个奖励要乘得到它的那次转移的概率。")
    void mrpOfTheHandExample() {
        Mrp mrp = PolicyEvaluation.toMrp(handMdp(), handPolicy());
        Optional<String> problem = Approx.difference("P_pi", mrp.transitionMatrix(),
                        new double[][] {{0.75, 0.25}, {0.25, 0.75}}, EXACT)
                .or(() -> Approx.difference("r_pi", mrp.rewardVector(), new double[] {1, 2}, EXACT)
                        .map(d -> d + "\n(r_pi(A) = 1/2 * 1 + 1/2 * (1/2 * 2 + 1/2 * 0) = 1)"
                                + Mistakes.mrpRewards(handMdp(), handPolicy(), mrp.rewardVector()).explain()))
                .or(() -> mrp.gamma() == 0.5 ? Optional.empty()
                        : Optional.of("the MRP keeps the MDP's gamma 0.5, got " + mrp.gamma()));
        assertThat(problem).withFailMessage("two-state example (see the Javadoc of the test): %s",
                problem.orElse("")).isEmpty();
    }

    @Test
    @Points(2)
    @DependsOn("mrpOfTheHandExample")
    @Hint(value = "Exact evaluation solves the Bellman expectation equation v = r_pi + gamma P_pi v as the linear "
            + "system (I - gamma P_pi) v = r_pi. Check the matrix (identity minus gamma times P_pi, not P_pi alone, "
            + "and not without gamma) and the elimination (row swaps must swap the right-hand side too).",
            zh = "精确评估把贝尔曼期望方程 v = r_pi + gamma P_pi v 写成线性方程组 (I - gamma P_pi) v = r_pi 求解。"
                    + "检查系数矩阵（单位阵减 gamma 乘 P_pi，不是只有 P_pi，也不能漏掉 gamma）"
                    + "和消元过程（交换行时右端项也要一起交换）。")
    void exactValuesOfTheHandExample() {
        double[] v = PolicyEvaluation.evaluateExactly(handMdp(), handPolicy());
        // A second system on which partial pivoting swaps the rows, gamma = 0.9:
        // state 0 -> 0 with P 1/2, R 2; -> 1 with P 1/2, R 0;   state 1 -> 0 with P 1, R 4.
        // I - gamma P_pi = [[0.55, -0.45], [-0.9, 1]], r_pi = (1, 4): |-0.9| > 0.55, so row 1 becomes the pivot.
        // v1 = 4 + 0.9 v0 and 0.55 v0 - 0.45 v1 = 1 give v0 = 560/29, v1 = 620/29.
        Mdp swap = Mdp.of(new double[][][] {{{0.5, 0.5}}, {{1, 0}}}, new double[][][] {{{2, 0}}, {{4, 0}}}, 0.9);
        Optional<String> problem = Approx.difference("v", v, HAND_VALUES, EXACT)
                .map(d -> "two-state example solved by hand, v = (7/3, 11/3): " + d
                        + Mistakes.values(handMdp(), handPolicy(), v, HAND_VALUES, EXACT, false).explain())
                .or(() -> {
                    double[] w = PolicyEvaluation.evaluateExactly(swap, Policy.uniform(swap));
                    return Approx.difference("v", w, new double[] {560.0 / 29, 620.0 / 29}, EXACT)
                            .map(d -> "two states where partial pivoting swaps the rows (I - gamma P_pi = "
                                    + "[[0.55, -0.45], [-0.9, 1]], r_pi = (1, 4)), v = (560/29, 620/29): " + d
                                    + "\nDoes your row swap also swap the right-hand side?");
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "Iterative policy evaluation backs up v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [R(s,a,s') + gamma "
            + "v(s')]: the policy's AVERAGE over actions. Taking the max over actions is value iteration and "
            + "computes v*, not v_pi; averaging uniformly ignores pi(a|s).",
            zh = "迭代策略评估的备份是 v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]，"
                    + "即按策略对动作求期望。对动作取 max 是价值迭代，算出的是 v* 而不是 v_pi；"
                    + "对动作等权平均则忽略了 pi(a|s)。",
            timeout = "The sweeps never stopped: is the largest change of a sweep reset to 0 at the start of every "
                    + "sweep, and compared with theta after the sweep (stop when it is < theta)?",
            timeoutZh = "迭代一直没有停下：每一轮开始时是否把本轮最大变化重置为 0，并在这一轮结束后与 theta 比较"
                    + "（小于 theta 就停）？")
    void iterativeValuesOfTheHandExample() {
        double[] v = PolicyEvaluation.evaluate(handMdp(), handPolicy(), 1e-12);
        Optional<String> problem = Approx.difference("v", v, HAND_VALUES, EXACT);
        assertThat(problem).withFailMessage("two-state example solved by hand, v = (7/3, 11/3), theta = 1e-12: %s%s",
                problem.orElse(""), Mistakes.values(handMdp(), handPolicy(), v, HAND_VALUES, EXACT, true).explain())
                .isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]: the reward of the step plus the discounted "
            + "value of where it lands, averaged over the next states. Then v(s) = sum_a pi(a|s) q(s,a).",
            zh = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]：这一步的奖励加上落点价值的折扣，"
                    + "再对下一状态求期望。然后 v(s) = sum_a pi(a|s) q(s,a)。")
    void actionValuesOfTheHandExample() {
        double[][] expected = {{13.0 / 6, 2.5}, {55.0 / 6, 11.0 / 6}};
        double[][] q = PolicyEvaluation.qFromV(handMdp(), HAND_VALUES);
        Optional<String> problem = Approx.difference("q", q, expected, EXACT)
                .map(d -> "two-state example, q from v = (7/3, 11/3): " + d
                        + Mistakes.q(handMdp(), HAND_VALUES, q, expected).explain())
                .or(() -> {
                    double[] back = PolicyEvaluation.vFromQ(handPolicy(), expected);
                    return Approx.difference("v from q", back, HAND_VALUES, EXACT)
                            .map(d -> "two-state example, v from q = [[13/6, 5/2], [55/6, 11/6]]: " + d
                                    + Mistakes.vFromQ(handPolicy(), expected, back, HAND_VALUES).explain());
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    /**
     * Independent states, so that every order of the sweep and both the in-place and the two-array update give the
     * same values after each sweep: state 0 loops with reward 2, state 1 loops with reward -2 (its values change in
     * the opposite direction, so changes that cancel in a sum stay visible), state 2 stays with probability 1/2
     * (reward 3) and otherwise ends in the terminal state 3, whose change is always 0.
     */
    static Mdp independentStates(double gamma) {
        double[][][] p = {{{1, 0, 0, 0}}, {{0, 1, 0, 0}}, {{0, 0, 0.5, 0.5}}, {}};
        double[][][] r = {{{2, 2, 2, 2}}, {{-2, -2, -2, -2}}, {{3, 3, 3, 3}}, {}};
        return Mdp.of(p, r, gamma);
    }

    @Test
    @Points(2)
    @Hint(value = "Iterate until a whole sweep changes no state by theta or more, and stop right then: start from "
            + "v = 0, track the LARGEST |change| over ALL states in the sweep (reset it every sweep; not the last "
            + "state's change, not a sum in which changes of opposite sign cancel), and return after the first sweep "
            + "in which it is below theta. Never a fixed number of sweeps: with gamma close to 1 tens of thousands "
            + "are needed.",
            zh = "要迭代到某一轮所有状态的变化都小于 theta 为止，并且一满足就停：从 v = 0 开始，记录本轮所有状态中"
                    + "最大的 |变化|（每轮重置；不是最后一个状态的变化，也不是正负会抵消的变化之和），在第一个最大变化"
                    + "小于 theta 的那一轮之后返回。不要固定轮数：gamma 接近 1 时需要上万轮。",
            timeout = "The sweeps never stopped: is the largest change reset to 0 at the start of every sweep?",
            timeoutZh = "迭代一直没有停下：每一轮开始时是否把最大变化重置为 0？")
    void iterationStopsWhenTheChangeFallsBelowTheta() {
        // gamma = 0.999, theta = 1e-9: about 21,400 sweeps; v(0) = 2 / (1 - gamma) = 2000.
        Mdp slow = independentStates(0.999);
        double[] v = PolicyEvaluation.evaluate(slow, Policy.uniform(slow), 1e-9);
        double[] fixedPoint = {2000, -2000, 3 / (1 - 0.999 * 0.5), 0};
        Optional<String> problem = Approx.difference("v", v, fixedPoint, Tolerance.absolute(1e-5))
                .map(d -> "gamma = 0.999, theta = 1e-9 (states 0 and 1 loop with rewards 2 and -2, state 2 stays "
                        + "with probability 1/2, state 3 is terminal): about 21,400 sweeps are needed to come within "
                        + "1e-5 of v_pi; " + d + Mistakes.sweeps(slow, v, 30_000));
        if (problem.isEmpty()) {
            problem = stopsWhereTheRuleSays(independentStates(0.9), 0.5);
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "The rule is strict: stop after the first sweep whose largest change is BELOW theta. A sweep that "
            + "changes a value by exactly theta does not stop the iteration (use max change < theta to stop, not "
            + "<= theta).",
            zh = "规则是严格的：在第一个最大变化小于 theta 的那一轮之后停止。某一轮的变化恰好等于 theta 时还不能停"
                    + "（停止条件是最大变化 < theta，不是 <= theta）。",
            timeout = "The sweeps never stopped: is the largest change reset to 0 at the start of every sweep?",
            timeoutZh = "迭代一直没有停下：每一轮开始时是否把最大变化重置为 0？")
    void aChangeOfExactlyThetaDoesNotStopTheSweeps() {
        // gamma = 1/2, states 0 and 1 loop with rewards 1 and -1, state 2 is terminal. Sweep k changes the values by
        // 1, 1/2, 1/4, 1/8, ... exactly (all dyadic), so with theta = 1/4 sweep 3 changes them by exactly theta
        // and sweep 4 (change 1/8) is the first to stop: v = (1.875, -1.875, 0).
        Mdp halves = Mdp.of(new double[][][] {{{1, 0, 0}}, {{0, 1, 0}}, {}},
                new double[][][] {{{1, 1, 1}}, {{-1, -1, -1}}, {}}, 0.5);
        Optional<String> problem = stopsWhereTheRuleSays(halves, 0.25);
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    /**
     * Compares {@code evaluate} with the values after the first sweep whose largest change is below theta; the
     * states of {@code mdp} are independent, so every update order gives these values.
     */
    private static Optional<String> stopsWhereTheRuleSays(Mdp mdp, double theta) {
        Policy pi = Policy.uniform(mdp);
        List<double[]> trajectory = Mistakes.trajectory(mdp, pi, 200);
        int stop = 1;
        while (MdpOracle.maxDifference(trajectory.get(stop), trajectory.get(stop - 1)) >= theta) {
            stop++;
        }
        int rule = stop;
        double[] expected = trajectory.get(rule);
        double[] v = PolicyEvaluation.evaluate(mdp, pi, theta);
        List<String> changes = new ArrayList<>();
        for (int k = 1; k <= rule + 1; k++) {
            changes.add(NumberText.show(MdpOracle.maxDifference(trajectory.get(k), trajectory.get(k - 1))));
        }
        return Approx.difference("v", v, expected, EXACT).map(d -> "theta = " + NumberText.show(theta) + ", gamma = "
                + NumberText.show(mdp.gamma()) + ", " + mdp.stateCount() + " independent states (any update order "
                + "gives the same sweeps): the largest changes of sweeps 1, 2, ... are " + changes + ", so the "
                + "first sweep whose largest change is below theta is sweep " + rule + "; " + d
                + Mistakes.sweeps(mdp, v, 200));
    }

    @Test
    @Points(1)
    @Hint(value = "The randomness of the MRP's transitions can come from the environment (P(s'|s,a)) or from the "
            + "policy (pi(a|s)): only a deterministic policy in a deterministic MDP gives a deterministic MRP. "
            + "P_pi mixes the rows P(.|s,a) with the weights pi(a|s).",
            zh = "MRP 状态转移的随机性既可以来自环境 P(s'|s,a)，也可以来自策略 pi(a|s)："
                    + "只有确定性 MDP 加确定性策略才得到确定性的 MRP。P_pi 是以 pi(a|s) 为权重对各行 P(.|s,a) 的加权。")
    void randomnessOfTheMrpComesFromThePolicyOrTheEnvironment() {
        // Two states; in each, action 0 moves to state 0 and action 1 to state 1, reward 0.
        double[][][] det = {{{1, 0}, {0, 1}}, {{1, 0}, {0, 1}}};
        double[][][] zero = {{{0, 0}, {0, 0}}, {{0, 0}, {0, 0}}};
        Mdp deterministic = Mdp.of(det, zero, 0.9);
        Mdp stochastic = Mdp.of(new double[][][] {{{0.5, 0.5}, {0, 1}}, {{1, 0}, {0, 1}}}, zero, 0.9);
        Optional<String> problem = Approx.difference("P_pi",
                        PolicyEvaluation.toMrp(deterministic, Policy.deterministic(deterministic, 1, 0))
                                .transitionMatrix(), new double[][] {{0, 1}, {1, 0}}, EXACT)
                .map(d -> "deterministic MDP, deterministic policy (state 0 takes action 1, state 1 action 0): every "
                        + "row of P_pi is a single 1. " + d)
                .or(() -> Approx.difference("P_pi", PolicyEvaluation.toMrp(deterministic,
                                Policy.uniform(deterministic)).transitionMatrix(),
                        new double[][] {{0.5, 0.5}, {0.5, 0.5}}, EXACT)
                        .map(d -> "deterministic MDP, uniform random policy: the policy's coin makes the MRP "
                                + "stochastic. " + d))
                .or(() -> Approx.difference("P_pi", PolicyEvaluation.toMrp(stochastic,
                                Policy.deterministic(stochastic, 0, 1)).transitionMatrix(),
                        new double[][] {{0.5, 0.5}, {0, 1}}, EXACT)
                        .map(d -> "stochastic MDP (action 0 in state 0 is a coin flip), deterministic policy: the "
                                + "environment's coin makes the MRP stochastic. " + d));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @DependsOn("exactValuesOfTheHandExample")
    @Hint(value = "evaluateExactly throws IllegalArgumentException exactly when a pivot has absolute value below "
            + "1e-12: a pivot of exactly 0, but also a tiny pivot left by rounding (about 1e-17 here), which a test "
            + "'pivot == 0' misses, so it divides by it and returns values of size 1e16. A pivot that is small but "
            + "above 1e-12 (about 1e-10 when gamma = 1 - 2^-33) belongs to a valid system that must be solved.",
            zh = "evaluateExactly 恰好在某个主元绝对值小于 1e-12 时抛出 IllegalArgumentException：主元恰为 0 时要抛，"
                    + "舍入后剩下的极小主元（这里约 1e-17）也要抛，用 'pivot == 0' 判断会漏掉它，除以它得到 1e16 量级的"
                    + "价值。主元虽小但大于 1e-12（gamma = 1 - 2^-33 时约为 1e-10）的方程组是合法的，必须求解。")
    void singularSystemsAreRejectedByThePivotThreshold() {
        List<String> problems = new ArrayList<>();
        // gamma = 1, state 0 loops to itself forever with reward -1: v(0) would be minus infinity, pivot exactly 0.
        Mdp endless = Mdp.of(new double[][][] {{{1, 0}}, {}}, new double[][][] {{{-1, 0}}, {}}, 1.0);
        rejectsSingular(problems, endless, "gamma = 1, state 0 loops forever (I - P_pi has a pivot of exactly 0)");
        // gamma = 1, states 0 and 1 pass the episode between them forever (P 0.3/0.7 and 0.1/0.9), state 2 ends in
        // the terminal state 3: I - P_pi is singular, and elimination leaves a pivot of about -2.8e-17, not 0.
        Mdp closedPair = Mdp.of(
                new double[][][] {{{0.3, 0.7, 0, 0}}, {{0.1, 0.9, 0, 0}}, {{0, 0, 0, 1}}, {}},
                new double[][][] {{{-1, -1, -1, -1}}, {{-1, -1, -1, -1}}, {{-1, -1, -1, -1}}, {}}, 1.0);
        rejectsSingular(problems, closedPair, "gamma = 1, states 0 and 1 never reach the terminal state (they move "
                + "between themselves with P 0.3/0.7 and 0.1/0.9); elimination leaves a pivot of about 1e-17, not "
                + "exactly 0");
        // gamma = 1 - 2^-33: state 0 loops with reward 1, state 1 moves to state 0 with reward 0. A valid system with
        // a pivot of 2^-33 (about 1.2e-10 > 1e-12): v(0) = 1 / (1 - gamma) = 2^33, v(1) = gamma 2^33 = 2^33 - 1.
        double gamma = 1 - Math.scalb(1.0, -33);
        Mdp nearlySingular = Mdp.of(new double[][][] {{{1, 0}}, {{1, 0}}}, new double[][][] {{{1, 0}}, {{0, 0}}},
                gamma);
        double[] expected = {Math.scalb(1.0, 33), Math.scalb(1.0, 33) - 1};
        try {
            double[] v = PolicyEvaluation.evaluateExactly(nearlySingular, Policy.uniform(nearlySingular));
            Approx.difference("v", v, expected, new Tolerance(1e-9, 1e-9)).ifPresent(d -> problems.add(
                    "gamma = 1 - 2^-33 (a valid system whose smallest pivot is about 1.2e-10): " + d));
        } catch (IllegalArgumentException e) {
            problems.add("gamma = 1 - 2^-33: the system is valid (its smallest pivot, about 1.2e-10, is above "
                    + "1e-12) and v = (2^33, 2^33 - 1), but evaluateExactly threw IllegalArgumentException: "
                    + e.getMessage());
        }
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    private static void rejectsSingular(List<String> problems, Mdp mdp, String what) {
        try {
            double[] v = PolicyEvaluation.evaluateExactly(mdp, Policy.uniform(mdp));
            problems.add(what + ": evaluateExactly must throw IllegalArgumentException, but returned "
                    + NumberText.show(v));
        } catch (IllegalArgumentException expected) {
            // the documented exception
        } catch (RuntimeException e) {
            problems.add(what + ": evaluateExactly must throw IllegalArgumentException, but threw " + e);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "Reject what has no answer with IllegalArgumentException: theta that is not a positive finite "
            + "number (0, negative, NaN, +Infinity: the sweeps would never stop, or stop at once), a policy that does "
            + "not fit the MDP (Policy.requireCompatibleWith), a v with the wrong number of entries, and a q with the "
            + "wrong number of rows or a row with the wrong number of entries.",
            zh = "没有答案的输入要抛 IllegalArgumentException：theta 不是有限正数（0、负数、NaN、+Infinity："
                    + "迭代永远停不下来或立刻停下）、与 MDP 不匹配的策略（Policy.requireCompatibleWith）、"
                    + "元素个数不对的 v，以及行数不对或某行元素个数不对的 q。",
            timeout = "A call with an invalid theta ran forever: check theta (a positive finite number) before the "
                    + "first sweep; a comparison with NaN is always false, so a loop 'until change < theta' never "
                    + "ends.",
            timeoutZh = "用非法的 theta 调用时一直没有返回：要在第一轮之前检查 theta（有限正数）；与 NaN 的比较永远为假，"
                    + "所以“直到变化 < theta”的循环永远不会结束。")
    void invalidInputsAreRejected() {
        Mdp mdp = handMdp();
        Policy pi = handPolicy();
        Rejections calls = new Rejections();
        for (double theta : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            calls.mustThrow(IllegalArgumentException.class, "evaluate with theta = " + theta,
                    () -> PolicyEvaluation.evaluate(mdp, pi, theta));
        }
        Policy threeStates = Policy.of(new double[][] {{1, 0}, {0, 1}, {1}});
        Policy oneActionInB = Policy.of(new double[][] {{0.5, 0.5}, {1}});
        Optional<String> problem = calls
                .mustThrow(IllegalArgumentException.class, "evaluate with a 3-state policy on a 2-state MDP",
                        () -> PolicyEvaluation.evaluate(mdp, threeStates, 1e-6))
                .mustThrow(IllegalArgumentException.class, "evaluateExactly with a 3-state policy on a 2-state MDP",
                        () -> PolicyEvaluation.evaluateExactly(mdp, threeStates))
                .mustThrow(IllegalArgumentException.class, "toMrp with a policy that knows 1 action in state 1, "
                        + "where the MDP has 2", () -> PolicyEvaluation.toMrp(mdp, oneActionInB))
                .mustThrow(IllegalArgumentException.class, "qFromV with 3 values for 2 states",
                        () -> PolicyEvaluation.qFromV(mdp, new double[] {1, 2, 3}))
                .mustThrow(IllegalArgumentException.class, "qFromV with 1 value for 2 states",
                        () -> PolicyEvaluation.qFromV(mdp, new double[] {1}))
                .mustThrow(IllegalArgumentException.class, "vFromQ with 1 action value in state 1, which has 2 "
                        + "actions", () -> PolicyEvaluation.vFromQ(pi, new double[][] {{1, 2}, {3}}))
                .mustThrow(IllegalArgumentException.class, "vFromQ with 1 row of q for a 2-state policy",
                        () -> PolicyEvaluation.vFromQ(pi, new double[][] {{1, 2}}))
                .mustThrow(IllegalArgumentException.class, "vFromQ with 3 rows of q for a 2-state policy",
                        () -> PolicyEvaluation.vFromQ(pi, new double[][] {{1, 2}, {3, 4}, {5}}))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
