package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Fixed examples: a two-state MDP solved by hand, a slowly converging chain, the exam point about where the
 * randomness of an MRP comes from, and invalid inputs.
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
        String diff = Oracle.rowDifference("P_pi", mrp.transitionMatrix(),
                new double[][] {{0.75, 0.25}, {0.25, 0.75}}, 1e-12);
        assertThat(diff).withFailMessage("two-state example (see the Javadoc of the test): %s", diff).isNull();
        diff = Oracle.difference("r_pi", mrp.rewardVector(), new double[] {1, 2}, 1e-12);
        assertThat(diff).withFailMessage("two-state example: %s (r_pi(A) = 1/2 * 1 + 1/2 * (1/2 * 2 + 1/2 * 0))",
                diff).isNull();
        assertThat(mrp.gamma()).withFailMessage("the MRP keeps the MDP's gamma 0.5, got %s", mrp.gamma())
                .isEqualTo(0.5);
    }

    @Test
    @Points(2)
    @Hint(value = "Exact evaluation solves the Bellman expectation equation v = r_pi + gamma P_pi v as the linear "
            + "system (I - gamma P_pi) v = r_pi. Check the matrix (identity minus gamma times P_pi, not P_pi alone, "
            + "and not without gamma) and the elimination (row swaps must swap the right-hand side too).",
            zh = "精确评估把贝尔曼期望方程 v = r_pi + gamma P_pi v 写成线性方程组 (I - gamma P_pi) v = r_pi 求解。"
                    + "检查系数矩阵（单位阵减 gamma 乘 P_pi，不是只有 P_pi，也不能漏掉 gamma）"
                    + "和消元过程（交换行时右端项也要一起交换）。")
    void exactValuesOfTheHandExample() {
        double[] v = PolicyEvaluation.evaluateExactly(handMdp(), handPolicy());
        String diff = Oracle.difference("v", v, HAND_VALUES, 1e-9);
        assertThat(diff).withFailMessage("two-state example solved by hand, v = (7/3, 11/3): %s%s", diff,
                diff == null ? "" : Oracle.diagnoseValues(handMdp(), handPolicy(), v)).isNull();
        // A second system on which partial pivoting swaps the rows, gamma = 0.9:
        // state 0 -> 0 with P 1/2, R 2; -> 1 with P 1/2, R 0;   state 1 -> 0 with P 1, R 4.
        // I - gamma P_pi = [[0.55, -0.45], [-0.9, 1]], r_pi = (1, 4): |-0.9| > 0.55, so row 1 becomes the pivot.
        // v1 = 4 + 0.9 v0 and 0.55 v0 - 0.45 v1 = 1 give v0 = 560/29, v1 = 620/29.
        Mdp swap = Mdp.of(new double[][][] {{{0.5, 0.5}}, {{1, 0}}}, new double[][][] {{{2, 0}}, {{4, 0}}}, 0.9);
        double[] w = PolicyEvaluation.evaluateExactly(swap, Policy.uniform(swap));
        diff = Oracle.difference("v", w, new double[] {560.0 / 29, 620.0 / 29}, 1e-9);
        assertThat(diff).withFailMessage("two states where partial pivoting swaps the rows (I - gamma P_pi = "
                + "[[0.55, -0.45], [-0.9, 1]], r_pi = (1, 4)), v = (560/29, 620/29): %s%s", diff,
                diff == null ? "" : "\nDoes your row swap also swap the right-hand side?").isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "Iterative policy evaluation backs up v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [R(s,a,s') + gamma "
            + "v(s')]: the policy's AVERAGE over actions. Taking the max over actions is value iteration and "
            + "computes v*, not v_pi; averaging uniformly ignores pi(a|s).",
            zh = "迭代策略评估的备份是 v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]，"
                    + "即按策略对动作求期望。对动作取 max 是价值迭代，算出的是 v* 而不是 v_pi；"
                    + "对动作等权平均则忽略了 pi(a|s)。")
    void iterativeValuesOfTheHandExample() {
        double[] v = PolicyEvaluation.evaluate(handMdp(), handPolicy(), 1e-12);
        String diff = Oracle.difference("v", v, HAND_VALUES, 1e-9);
        assertThat(diff).withFailMessage("two-state example solved by hand, v = (7/3, 11/3), theta = 1e-12: %s%s",
                diff, diff == null ? "" : Oracle.diagnoseValues(handMdp(), handPolicy(), v)).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]: the reward of the step plus the discounted "
            + "value of where it lands, averaged over the next states. Then v(s) = sum_a pi(a|s) q(s,a).",
            zh = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]：这一步的奖励加上落点价值的折扣，"
                    + "再对下一状态求期望。然后 v(s) = sum_a pi(a|s) q(s,a)。")
    void actionValuesOfTheHandExample() {
        double[][] q = PolicyEvaluation.qFromV(handMdp(), HAND_VALUES);
        double[][] expected = {{13.0 / 6, 2.5}, {55.0 / 6, 11.0 / 6}};
        String diff = Oracle.rowDifference("q", q, expected, 1e-9);
        assertThat(diff).withFailMessage("two-state example, q from v = (7/3, 11/3): %s%s", diff,
                diff == null ? "" : Oracle.diagnoseQ(handMdp(), HAND_VALUES, q)).isNull();
        double[] back = PolicyEvaluation.vFromQ(handPolicy(), expected);
        diff = Oracle.difference("v from q", back, HAND_VALUES, 1e-9);
        assertThat(diff).withFailMessage("two-state example, v from q = [[13/6, 5/2], [55/6, 11/6]]: %s%s", diff,
                diff == null ? "" : Oracle.diagnoseV(handPolicy(), expected, back)).isNull();
    }

    @Test
    @Points(2)
    @Hint(value = "Iterate until a whole sweep changes no state by theta or more, not for a fixed number of sweeps, "
            + "and stop right then: start from v = 0 and return after the first sweep whose largest |change| is "
            + "below theta. With gamma close to 1 the values converge slowly (thousands of sweeps).",
            zh = "要迭代到某一轮所有状态的变化都小于 theta 为止，而不是固定迭代若干轮；并且一满足就停："
                    + "从 v = 0 开始，在第一个最大 |变化| 小于 theta 的那一轮之后返回。"
                    + "gamma 接近 1 时收敛很慢（需要上千轮）。")
    void iterationStopsWhenTheChangeFallsBelowTheta() {
        // One state, one action looping back with reward 1: after k sweeps from 0, v_k = (1 - gamma^k) / (1 - gamma)
        // and sweep k changes v by gamma^(k-1). v_pi = 1 / (1 - gamma) = 1000.
        double gamma = 0.999;
        Mdp loop = Mdp.of(new double[][][] {{{1}}}, new double[][][] {{{1}}}, gamma);
        Policy pi = Policy.uniform(loop);
        double v = PolicyEvaluation.evaluate(loop, pi, 1e-9)[0];
        assertThat(Math.abs(v - 1000)).withFailMessage("one state looping to itself with reward 1, gamma = 0.999, "
                + "theta = 1e-9: v = 1/(1 - gamma) = 1000 within 1e-5, got %s, which is where %s sweeps stop "
                + "(about 20700 are needed)", v, sweeps(v, gamma)).isLessThan(1e-5);
        // theta = 0.5: sweep 694 is the first to change v by less than 0.5 (0.999^693 = 0.4999).
        double expected = (1 - Math.pow(gamma, 694)) / (1 - gamma);
        double early = PolicyEvaluation.evaluate(loop, pi, 0.5)[0];
        assertThat(Math.abs(early - expected)).withFailMessage("same loop with theta = 0.5: sweep 694 is the first "
                + "whose change (0.999^693 = 0.4999) is below theta, so v must be %s; got %s, the value after %s "
                + "sweeps", Oracle.fmt(expected), early, sweeps(early, gamma)).isLessThan(1e-6);
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
        Mrp both = PolicyEvaluation.toMrp(deterministic, Policy.deterministic(deterministic, 1, 0));
        String diff = Oracle.rowDifference("P_pi", both.transitionMatrix(), new double[][] {{0, 1}, {1, 0}}, 1e-12);
        assertThat(diff).withFailMessage("deterministic MDP, deterministic policy (state 0 takes action 1, state 1 "
                + "action 0): every row of P_pi is a single 1. %s", diff).isNull();
        Mrp randomPolicy = PolicyEvaluation.toMrp(deterministic, Policy.uniform(deterministic));
        diff = Oracle.rowDifference("P_pi", randomPolicy.transitionMatrix(),
                new double[][] {{0.5, 0.5}, {0.5, 0.5}}, 1e-12);
        assertThat(diff).withFailMessage("deterministic MDP, uniform random policy: the policy's coin makes the MRP "
                + "stochastic. %s", diff).isNull();
        double[][][] coin = {{{0.5, 0.5}, {0, 1}}, {{1, 0}, {0, 1}}};
        Mdp stochastic = Mdp.of(coin, zero, 0.9);
        Mrp randomEnvironment = PolicyEvaluation.toMrp(stochastic, Policy.deterministic(stochastic, 0, 1));
        diff = Oracle.rowDifference("P_pi", randomEnvironment.transitionMatrix(),
                new double[][] {{0.5, 0.5}, {0, 1}}, 1e-12);
        assertThat(diff).withFailMessage("stochastic MDP (action 0 in state 0 is a coin flip), deterministic policy: "
                + "the environment's coin makes the MRP stochastic. %s", diff).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "Reject what has no answer with IllegalArgumentException: theta <= 0 or NaN (the sweeps would "
            + "never stop), a policy that does not fit the MDP (Policy.requireCompatibleWith), a v or q of the wrong "
            + "shape, and a singular system (gamma = 1 and a state that never reaches a terminal state: pivot 0).",
            zh = "没有答案的输入要抛 IllegalArgumentException：theta <= 0 或 NaN（迭代永远停不下来）、"
                    + "与 MDP 不匹配的策略（Policy.requireCompatibleWith）、形状不对的 v 或 q，"
                    + "以及奇异的方程组（gamma = 1 且某个状态永远到不了终止状态：主元为 0）。")
    void invalidInputsAreRejected() {
        Mdp mdp = handMdp();
        Policy pi = handPolicy();
        for (double theta : new double[] {0, -1e-3, Double.NaN}) {
            rejects(() -> PolicyEvaluation.evaluate(mdp, pi, theta), "evaluate with theta = %s", theta);
        }
        Policy threeStates = Policy.of(new double[][] {{1, 0}, {0, 1}, {1}});
        rejects(() -> PolicyEvaluation.evaluate(mdp, threeStates, 1e-6),
                "evaluate with a 3-state policy on a 2-state MDP");
        rejects(() -> PolicyEvaluation.evaluateExactly(mdp, threeStates),
                "evaluateExactly with a 3-state policy on a 2-state MDP");
        Policy oneActionInB = Policy.of(new double[][] {{0.5, 0.5}, {1}});
        rejects(() -> PolicyEvaluation.toMrp(mdp, oneActionInB),
                "toMrp with a policy that knows 1 action in state 1, where the MDP has 2");
        rejects(() -> PolicyEvaluation.qFromV(mdp, new double[] {1, 2, 3}), "qFromV with 3 values for 2 states");
        rejects(() -> PolicyEvaluation.vFromQ(pi, new double[][] {{1, 2}, {3}}),
                "vFromQ with 1 action value in state 1, which has 2 actions");
        // gamma = 1, state 0 loops to itself forever with reward -1: v(0) would be minus infinity.
        Mdp endless = Mdp.of(new double[][][] {{{1, 0}}, {}}, new double[][][] {{{-1, 0}}, {}}, 1.0);
        rejects(() -> PolicyEvaluation.evaluateExactly(endless, Policy.uniform(endless)),
                "evaluateExactly with gamma = 1 where state 0 loops forever (I - P_pi has a zero pivot)");
    }

    private static void rejects(ThrowingCallable call, String what, Object... args) {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .as(what + " must throw IllegalArgumentException", args).isThrownBy(call);
    }

    private static String sweeps(double v, double gamma) {
        double k = Math.log(1 - v * (1 - gamma)) / Math.log(gamma);
        return Double.isFinite(k) ? String.format(Locale.ROOT, "%.0f", k) : "infinitely many";
    }
}
