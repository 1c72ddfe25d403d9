package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The greedy choice, the estimates an agent keeps, how often it explores, and bad input. */
class EpsilonGreedyTests {

    /** Selections drawn to measure frequencies; with 20000 draws one standard error is at most 0.0036. */
    static final int DRAWS = 20_000;
    /** How far a measured frequency may be from the exact probability: more than 5 standard errors. */
    static final double MARGIN = 0.02;

    @Test
    @Points(1)
    @Hint(value = "greedyArm returns the index of the largest value and, among equal values, the LOWEST index; "
            + "an empty array is an IllegalArgumentException.",
            zh = "greedyArm 返回最大值的下标，几个值相等时取最小的下标；空数组要抛 IllegalArgumentException。")
    void greedyArmTakesTheLowestIndexAmongTies() {
        int[] got = {EpsilonGreedy.greedyArm(new double[] {1, 3, 3, 2}), EpsilonGreedy.greedyArm(new double[] {-2}),
            EpsilonGreedy.greedyArm(new double[] {5, 5, 5}), EpsilonGreedy.greedyArm(new double[] {-1, -0.5, -3})};
        assertThat(got).withFailMessage("greedyArm of [1, 3, 3, 2], [-2], [5, 5, 5], [-1, -0.5, -3] must be "
                + "[1, 0, 0, 1], got [%s, %s, %s, %s]", got[0], got[1], got[2], got[3]).containsExactly(1, 0, 0, 1);
        assertThatExceptionOfType(IllegalArgumentException.class).as("greedyArm of an empty array")
                .isThrownBy(() -> EpsilonGreedy.greedyArm(new double[0]));
    }

    @Test
    @Points(2)
    @DependsOn({"EstimatesTests.sampleAverageForgetsTheInitialEstimate", "EstimatesTests.constantStepAndUpdateDispatch"})
    @Hint(value = "learn(arm, reward) adds 1 to N(arm) and then moves Q(arm) with the step size: 1/N(arm) for sample "
            + "averages, alpha for a constant step. Only the arm that paid changes; estimates() and counts() return "
            + "copies, so changing them does not change the agent.",
            zh = "learn(arm, reward) 先把 N(arm) 加 1，再按步长更新 Q(arm)：样本平均用 1/N(arm)，常数步长用 alpha。"
                    + "只有得到奖励的那个臂改变；estimates() 和 counts() 返回副本，修改它们不会改变智能体。")
    void learningUpdatesTheCountAndTheEstimateOfThatArm() {
        EpsilonGreedy averaging = new EpsilonGreedy(3, 0.1, 0, StepSize.sampleAverage(), new SplittableRandom(1));
        averaging.learn(1, 4);
        averaging.learn(1, 2);
        averaging.learn(2, -1);
        String problem = Approx.difference("estimates", averaging.estimates(), new double[] {0, 3, -1},
                Tolerance.DEFAULT).map(d -> "sample averages from Q_1 = 0 after arm 1 pays 4 and 2 and arm 2 pays -1: "
                + d).orElse(null);
        int[] counts = averaging.counts();
        if (problem == null && !(counts[0] == 0 && counts[1] == 2 && counts[2] == 1)) {
            problem = "counts after two rewards of arm 1 and one of arm 2 must be [0, 2, 1], got "
                    + java.util.Arrays.toString(counts);
        }
        EpsilonGreedy optimistic = new EpsilonGreedy(2, 0, 5, StepSize.constant(0.5), new SplittableRandom(1));
        optimistic.learn(0, 1);
        optimistic.learn(0, 1);
        optimistic.estimates()[1] = 100;
        optimistic.counts()[1] = 100;
        if (problem == null) {
            problem = Approx.difference("estimates", optimistic.estimates(), new double[] {2, 5}, Tolerance.DEFAULT)
                    .map(d -> "constant step 1/2 from Q_1 = 5 after arm 0 pays 1 twice (5 -> 3 -> 2), arm 1 untouched "
                            + "(and changing the arrays returned by estimates() and counts() must not matter): " + d)
                    .orElse(null);
        }
        if (problem == null && optimistic.counts()[1] != 0) {
            problem = "counts() must return a copy: changing it changed the agent's count of arm 1";
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn({"greedyArmTakesTheLowestIndexAmongTies", "learningUpdatesTheCountAndTheEstimateOfThatArm"})
    @Hint(value = "With epsilon = 0 the agent always pulls the greedy arm of its current estimates (lowest index "
            + "among ties). From Q = (0, 0, 0) with arm 0 paying -1, arm 1 paying 2 and arm 2 paying 1: arm 0 first "
            + "(a tie), then arm 1 (tied with arm 2 at 0, lower index), then arm 1 for ever.",
            zh = "epsilon = 0 时智能体总是拉当前估计值的贪心臂（平局取最小下标）。从 Q = (0, 0, 0) 开始，臂 0 得 -1、"
                    + "臂 1 得 2、臂 2 得 1：先拉臂 0（平局），再拉臂 1（与臂 2 同为 0，下标更小），之后一直拉臂 1。")
    void greedyAgentFollowsItsEstimates() {
        double[] pays = {-1, 2, 1};
        EpsilonGreedy agent = new EpsilonGreedy(3, 0, 0, StepSize.sampleAverage(), new SplittableRandom(7));
        List<Integer> arms = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int arm = agent.selectArm();
            arms.add(arm);
            agent.learn(arm, pays[arm]);
        }
        assertThat(arms).withFailMessage("epsilon = 0, Q_1 = 0, arms paying (-1, 2, 1): the arms must be "
                + "[0, 1, 1, 1, 1, 1], got %s", arms).containsExactly(0, 1, 1, 1, 1, 1);
    }

    @Test
    @Points(2)
    @DependsOn("greedyAgentFollowsItsEstimates")
    @Hint(value = "Epsilon-greedy explores with probability epsilon, and then draws from ALL k arms, the greedy one "
            + "included, so the greedy arm is pulled with probability 1 - epsilon + epsilon/k and every other arm with "
            + "epsilon/k. Measured here over 20000 selections with a fixed seed, within 0.02 (over 5 standard errors).",
            zh = "epsilon-greedy 以概率 epsilon 探索，探索时从全部 k 个臂（包括贪心臂）中均匀抽取，所以贪心臂被选中的"
                    + "概率是 1 - epsilon + epsilon/k，其他每个臂是 epsilon/k。这里用固定种子统计 20000 次选择，"
                    + "允许误差 0.02（超过 5 个标准误）。")
    void explorationDrawsFromAllArms() {
        String problem = null;
        for (double epsilon : new double[] {1, 0.4}) {
            double[] freq = frequencies(epsilon);
            double[] expected = {epsilon / 4, epsilon / 4, 1 - epsilon + epsilon / 4, epsilon / 4};
            String diff = Approx.difference("frequencies", freq, expected, Tolerance.absolute(MARGIN)).orElse(null);
            if (diff != null && problem == null) {
                double e = epsilon;
                problem = "4 arms, arm 2 greedy, epsilon = " + NumberText.show(epsilon) + ", " + DRAWS
                        + " selections: " + diff + Diagnosis.of(freq, expected, Tolerance.absolute(MARGIN))
                        .called("frequencies")
                        .mistake("exploring only among the arms that are not greedy",
                                () -> new double[] {e / 3, e / 3, 1 - e, e / 3})
                        .mistake("epsilon used as the probability of the greedy choice",
                                () -> new double[] {(1 - e) / 4, (1 - e) / 4, e + (1 - e) / 4, (1 - e) / 4})
                        .explain();
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /** How often each of 4 arms is selected when arm 2 is greedy (Q = (0, 0, 1, 0)) and nothing more is learned. */
    static double[] frequencies(double epsilon) {
        EpsilonGreedy agent = new EpsilonGreedy(4, epsilon, 0, StepSize.sampleAverage(), new SplittableRandom(2024));
        agent.learn(2, 1);
        double[] freq = new double[4];
        for (int i = 0; i < DRAWS; i++) {
            freq[agent.selectArm()] += 1.0 / DRAWS;
        }
        return freq;
    }

    @Test
    @Points(1)
    @Hint(value = "Exploration must draw from the generator given to the constructor: with epsilon = 0.5 two agents "
            + "given generators of different seeds must (almost surely) select different arms. A generator created "
            + "inside the agent with a fixed seed gives every run the same choices.",
            zh = "探索必须使用构造函数传入的生成器：epsilon = 0.5 时，用不同种子的生成器创建的两个智能体（几乎必然）"
                    + "会选出不同的臂。在智能体内部用固定种子创建生成器，会让每次运行的选择都一样。")
    void differentSeedsGiveDifferentRuns() {
        List<Integer> first = EpsilonGreedyProperties.run(1, 0.5);
        List<Integer> second = EpsilonGreedyProperties.run(2, 0.5);
        assertThat(second).withFailMessage("epsilon = 0.5, 60 steps, the same rewards, generators seeded 1 and 2: both "
                + "runs selected %s", first).isNotEqualTo(first);
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for fewer than 1 arm, an epsilon outside [0, 1] (or NaN), an "
            + "initial estimate that is not finite, and learn() with an arm that does not exist; one arm is allowed, and "
            + "arms() is the number of arms the agent was made with.",
            zh = "臂数少于 1、epsilon 不在 [0, 1] 内（或为 NaN）、初始估计值不是有限数、learn() 传入不存在的臂时，"
                    + "都要抛 IllegalArgumentException；一个臂是允许的，arms() 返回创建时给定的臂数。")
    void badInputIsRejected() {
        SplittableRandom random = new SplittableRandom(3);
        rejects(() -> new EpsilonGreedy(0, 0.1, 0, StepSize.sampleAverage(), random), "0 arms");
        for (double epsilon : new double[] {-0.1, 1.1, Double.NaN}) {
            rejects(() -> new EpsilonGreedy(3, epsilon, 0, StepSize.sampleAverage(), random), "epsilon = " + epsilon);
        }
        for (double initial : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects(() -> new EpsilonGreedy(3, 0.1, initial, StepSize.sampleAverage(), random),
                    "initial estimate " + initial);
        }
        EpsilonGreedy agent = new EpsilonGreedy(3, 0.1, 0, StepSize.sampleAverage(), random);
        hasArms(agent, 3);
        hasArms(new EpsilonGreedy(1, 0.1, 0, StepSize.sampleAverage(), random), 1);
        rejects(() -> agent.learn(3, 1), "learn(3, ...) with arms 0..2");
        rejects(() -> agent.learn(-1, 1), "learn(-1, ...)");
    }

    static void hasArms(Agent agent, int arms) {
        assertThat(agent.arms()).as("arms() of an agent made with %d arm(s)", arms).isEqualTo(arms);
    }

    static void rejects(ThrowingCallable call, String what) {
        assertThatExceptionOfType(IllegalArgumentException.class).as(what + " must throw IllegalArgumentException")
                .isThrownBy(call);
    }
}
