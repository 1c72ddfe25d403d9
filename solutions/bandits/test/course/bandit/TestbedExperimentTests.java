package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.bandit.Experiments.Measure;
import course.bandit.Experiments.Pair;

/**
 * The book's experiments on the 10-armed testbed (Sutton and Barto, Figures 2.1 to 2.5 and Exercise 2.5), run on
 * the student's agents and on the reference's with the same seed; each publishes its figure and checks the book's
 * conclusion on the student's own curves, with a stated margin.
 */
class TestbedExperimentTests {

    private static Pair epsilonGreedy(double epsilon) {
        String key = "epsilon-" + epsilon;
        return new Pair("epsilon = " + epsilon,
                Experiments.curves("student " + key, Experiments.stationary(0),
                        (arms, r) -> new EpsilonGreedy(arms, epsilon, 0, StepSize.sampleAverage(), r)),
                Experiments.curves("reference " + key, Experiments.stationary(0),
                        (arms, r) -> new ReferenceBandits.Greedy(arms, epsilon, 0, 0, r)));
    }

    @Test
    @Points(1)
    @DependsOn("EpsilonGreedyTests.learningUpdatesTheCountAndTheEstimateOfThatArm")
    @Hint(value = "On one problem of the testbed (true values q*(a) drawn from N(0, 1), rewards from N(q*(a), 1)) "
            + "epsilon-greedy with epsilon = 0.1 pulls the best arm most, so after 500 steps its sample average of "
            + "that arm is close to q*: within 0.3 here.",
            zh = "在测试平台的一个问题上（真实价值 q*(a) 取自 N(0, 1)，奖励取自 N(q*(a), 1)），epsilon = 0.1 的 "
                    + "epsilon-greedy 拉最优臂的次数最多，所以 500 步之后它对该臂的样本平均接近 q*：这里要求误差在 0.3 以内。")
    void estimatesOnOneTestbedProblem() {
        Testbed problem = Testbed.stationary(10, 0, new SplittableRandom(Experiments.SEED));
        EpsilonGreedy agent = new EpsilonGreedy(10, 0.1, 0, StepSize.sampleAverage(), new SplittableRandom(7));
        for (int t = 0; t < Experiments.STEPS; t++) {
            int arm = agent.selectArm();
            agent.learn(arm, problem.pull(arm));
        }
        double[] truth = new double[10];
        double[] low = new double[10];
        double[] high = new double[10];
        List<Double> x = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            truth[a] = problem.trueValue(a);
            low[a] = truth[a] - 1;
            high[a] = truth[a] + 1;
            x.add(a + 1.0);
        }
        double[] estimates = agent.estimates();
        Figures.publish(new Figure("testbed", "One 10-armed testbed problem: q*(a) with the reward's standard "
                + "deviation, and your epsilon = 0.1 estimates after 500 steps", "一个 10 臂测试平台问题：q*(a) 及奖励的"
                + "标准差，以及你的 epsilon = 0.1 在 500 步之后的估计值", "arm", "value", x,
                List.of(Figure.Series.reference("q*(a), rewards within one standard deviation", truth).withBand(low,
                        high), Figure.Series.student("your Q(a)", estimates))));
        int most = 0;
        for (int a = 1; a < 10; a++) {
            most = agent.counts()[a] > agent.counts()[most] ? a : most;
        }
        double error = Math.abs(estimates[most] - truth[most]);
        assertThat(error).withFailMessage(String.format(Locale.ROOT, "your most pulled arm %d (%d pulls) has Q = %.3f, "
                + "but q* = %.3f", most, agent.counts()[most], estimates[most], truth[most])).isLessThan(0.3);
    }

    @Test
    @Points(2)
    @DependsOn("EpsilonGreedyTests.explorationDrawsFromAllArms")
    @Hint(value = "Figure 2.2: on the testbed, greedy (epsilon = 0) gets stuck on a suboptimal arm in many runs, "
            + "epsilon = 0.1 explores enough to find the best arm sooner and earns more, epsilon = 0.01 learns more "
            + "slowly. Your curves must stay within 15 percentage points (optimal action) and 0.15 (reward) of the "
            + "reference's over steps 251-500 on the same seeded problems, and epsilon = 0.1 must beat greedy in "
            + "reward and epsilon = 0.01 in optimal action.",
            zh = "图 2.2：在测试平台上，贪心（epsilon = 0）在很多次运行中卡在次优臂上；epsilon = 0.1 探索足够多，"
                    + "更早找到最优臂，得到的奖励更多；epsilon = 0.01 学得更慢。在相同种子的问题上，第 251-500 步你的曲线"
                    + "与参考曲线之差须在 15 个百分点（最优动作）和 0.15（奖励）以内，并且 epsilon = 0.1 的奖励要高于贪心，"
                    + "最优动作比例要高于 epsilon = 0.01。")
    void epsilonGreedyOnTheTestbed() {
        Pair greedy = epsilonGreedy(0);
        Pair rare = epsilonGreedy(0.01);
        Pair often = epsilonGreedy(0.1);
        List<Pair> pairs = List.of(greedy, rare, often);
        Experiments.publish("epsilon-greedy-reward", "Figure 2.2: average reward of epsilon-greedy",
                "图 2.2：epsilon-greedy 的平均奖励", Measure.REWARD, pairs);
        Experiments.publish("epsilon-greedy-optimal", "Figure 2.2: % optimal action of epsilon-greedy",
                "图 2.2：epsilon-greedy 的最优动作百分比", Measure.OPTIMAL, pairs);
        String problem = Experiments.compare(Measure.REWARD, pairs, often, greedy,
                "exploring finds better arms than always exploiting");
        if (problem == null) {
            problem = Experiments.compare(Measure.OPTIMAL, pairs, often, rare,
                    "with epsilon = 0.01 the best arm is found more slowly");
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn("EpsilonGreedyProperties.optimisticGreedyTriesEveryArmOnceBeforeAnyRepeat")
    @Hint(value = "Figure 2.3: optimistic initial values (Q_1 = 5, epsilon = 0, alpha = 0.1) explore a lot at first "
            + "and then settle on the best arm more often than realistic epsilon-greedy (Q_1 = 0, epsilon = 0.1, "
            + "alpha = 0.1), whose random exploration never stops. Margins as in the epsilon-greedy figure.",
            zh = "图 2.3：乐观初始值（Q_1 = 5、epsilon = 0、alpha = 0.1）一开始探索很多，之后比现实的 epsilon-greedy"
                    + "（Q_1 = 0、epsilon = 0.1、alpha = 0.1）更常停在最优臂上，后者的随机探索从不停止。误差范围同 "
                    + "epsilon-greedy 的图。")
    void optimisticInitialValuesOnTheTestbed() {
        Pair optimistic = new Pair("optimistic, Q_1 = 5, epsilon = 0",
                Experiments.curves("student optimistic", Experiments.stationary(0),
                        (arms, r) -> new EpsilonGreedy(arms, 0, 5, StepSize.constant(0.1), r)),
                Experiments.curves("reference optimistic", Experiments.stationary(0),
                        (arms, r) -> new ReferenceBandits.Greedy(arms, 0, 5, 0.1, r)));
        Pair realistic = new Pair("realistic, Q_1 = 0, epsilon = 0.1",
                Experiments.curves("student realistic", Experiments.stationary(0),
                        (arms, r) -> new EpsilonGreedy(arms, 0.1, 0, StepSize.constant(0.1), r)),
                Experiments.curves("reference realistic", Experiments.stationary(0),
                        (arms, r) -> new ReferenceBandits.Greedy(arms, 0.1, 0, 0.1, r)));
        List<Pair> pairs = List.of(optimistic, realistic);
        Experiments.publish("optimistic", "Figure 2.3: optimistic initial values", "图 2.3：乐观初始值",
                Measure.OPTIMAL, pairs);
        String problem = Experiments.compare(Measure.OPTIMAL, pairs, optimistic, realistic,
                "optimism explores early and then exploits, epsilon keeps exploring at random");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn({"UcbProperties.scoresFollowTheFormula", "EpsilonGreedyTests.explorationDrawsFromAllArms"})
    @Hint(value = "Figure 2.4: UCB with c = 2 explores the arms whose estimates are uncertain instead of at random, "
            + "and earns a higher average reward than epsilon-greedy with epsilon = 0.1 after the first steps. "
            + "Margins as in the epsilon-greedy figure.",
            zh = "图 2.4：c = 2 的 UCB 探索的是估计不确定的臂，而不是随机探索，在最初几步之后平均奖励高于 epsilon = 0.1 "
                    + "的 epsilon-greedy。误差范围同 epsilon-greedy 的图。")
    void ucbOnTheTestbed() {
        Pair ucb = new Pair("UCB, c = 2",
                Experiments.curves("student ucb", Experiments.stationary(0), (arms, r) -> new Ucb(arms, 2)),
                Experiments.curves("reference ucb", Experiments.stationary(0),
                        (arms, r) -> new ReferenceBandits.UpperConfidence(arms, 2)));
        Pair often = epsilonGreedy(0.1);
        List<Pair> pairs = List.of(ucb, often);
        Experiments.publish("ucb", "Figure 2.4: UCB and epsilon-greedy", "图 2.4：UCB 与 epsilon-greedy",
                Measure.REWARD, pairs);
        String problem = Experiments.compare(Measure.REWARD, pairs, ucb, often,
                "UCB's directed exploration beats exploring at random");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn({"GradientBanditProperties.updatesFollowTheGradientRule",
        "GradientBanditTests.armsAreDrawnWithTheSoftmaxProbabilities"})
    @Hint(value = "Figure 2.5: on a testbed whose true values are drawn around +4, the gradient bandit (alpha = 0.1) "
            + "with the average-reward baseline finds the best arm far more often than without: without it every "
            + "reward of about 4 raises the preference of whatever arm was pulled. Margins as in the epsilon-greedy "
            + "figure.",
            zh = "图 2.5：在真实价值以 +4 为中心的测试平台上，带平均奖励基线的梯度赌博机（alpha = 0.1）找到最优臂的"
                    + "次数远多于不带基线的：没有基线时，每个约为 4 的奖励都会提高刚拉过的那个臂的偏好。误差范围同 "
                    + "epsilon-greedy 的图。")
    void gradientBanditBaselineOnTheShiftedTestbed() {
        Pair with = gradient(true);
        Pair without = gradient(false);
        List<Pair> pairs = List.of(with, without);
        Experiments.publish("gradient", "Figure 2.5: gradient bandit with and without baseline, q* around +4",
                "图 2.5：带与不带基线的梯度赌博机，q* 以 +4 为中心", Measure.OPTIMAL, pairs);
        String problem = Experiments.compare(Measure.OPTIMAL, pairs, with, without,
                "the baseline turns 'a reward of 4' into 'better or worse than usual'");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static Pair gradient(boolean baseline) {
        String key = "gradient-" + baseline;
        return new Pair((baseline ? "with" : "without") + " baseline, alpha = 0.1",
                Experiments.curves("student " + key, Experiments.stationary(4),
                        (arms, r) -> new GradientBandit(arms, 0.1, baseline, r)),
                Experiments.curves("reference " + key, Experiments.stationary(4),
                        (arms, r) -> new ReferenceBandits.Preferences(arms, 0.1, baseline, r)));
    }

    @Test
    @Points(1)
    @DependsOn("EpsilonGreedyProperties.estimatesFollowTheRewardsOfEachArm")
    @Hint(value = "Exercise 2.5: when the true values drift (here a random walk with step deviation 0.03, faster "
            + "than the book's 0.01 so that it shows within 500 steps), sample averages weight a reward from long "
            + "ago as much as the newest and fall behind; a constant step alpha = 0.1 forgets old rewards and tracks "
            + "the best arm more often (both with epsilon = 0.1). Margins as in the epsilon-greedy figure.",
            zh = "练习 2.5：当真实价值漂移时（这里是步长标准差 0.03 的随机游走，比书中的 0.01 快，以便在 500 步内看出来），"
                    + "样本平均对很久以前的奖励与最新的奖励一视同仁，于是跟不上变化；常数步长 alpha = 0.1 会遗忘旧奖励，"
                    + "更常跟上最优臂（两者都取 epsilon = 0.1）。误差范围同 epsilon-greedy 的图。")
    void constantStepTracksADriftingBandit() {
        Pair constant = drifting("constant step alpha = 0.1", StepSize.constant(0.1), 0.1);
        Pair average = drifting("sample averages", StepSize.sampleAverage(), 0);
        List<Pair> pairs = List.of(constant, average);
        Experiments.publish("nonstationary", "Exercise 2.5: a drifting testbed (random walk 0.03)",
                "练习 2.5：漂移的测试平台（随机游走 0.03）", Measure.OPTIMAL, pairs);
        String problem = Experiments.compare(Measure.OPTIMAL, pairs, constant, average,
                "recent rewards tell more about a drifting arm than old ones");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static Pair drifting(String name, StepSize step, double alpha) {
        return new Pair(name,
                Experiments.curves("student drift " + name, Experiments.drifting(0.03),
                        (arms, r) -> new EpsilonGreedy(arms, 0.1, 0, step, r)),
                Experiments.curves("reference drift " + name, Experiments.drifting(0.03),
                        (arms, r) -> new ReferenceBandits.Greedy(arms, 0.1, 0, alpha, r)));
    }
}
