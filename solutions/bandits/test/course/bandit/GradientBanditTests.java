package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** The softmax and the gradient update on numbers computed by hand, sampling, and bad input. */
class GradientBanditTests {

    @Test
    @Points(1)
    @Hint(value = "softmax(h)(a) = e^h(a) / sum_b e^h(b): for (0, ln 2, ln 3) it is (1/6, 2/6, 3/6). Subtract the "
            + "largest preference before exponentiating: the result is the same, and e^1000 no longer overflows to "
            + "infinity (infinity / infinity = NaN).",
            zh = "softmax(h)(a) = e^h(a) / sum_b e^h(b)：(0, ln 2, ln 3) 的结果是 (1/6, 2/6, 3/6)。取指数之前先减去"
                    + "最大的偏好值：结果不变，而且 e^1000 不会再溢出成无穷大（无穷大 / 无穷大 = NaN）。")
    void softmaxOfKnownPreferences() {
        String problem = Approx.difference("softmax(0, ln 2, ln 3)",
                GradientBandit.softmax(new double[] {0, Math.log(2), Math.log(3)}),
                new double[] {1.0 / 6, 2.0 / 6, 3.0 / 6}, Tolerance.DEFAULT).orElse(null);
        if (problem == null) {
            problem = Approx.difference("softmax(1000, 1000 + ln 3)",
                    GradientBandit.softmax(new double[] {1000, 1000 + Math.log(3)}), new double[] {0.25, 0.75},
                    new Tolerance(1e-9, 1e-9)).map(d -> d + " (large preferences must not overflow)").orElse(null);
        }
        if (problem == null) {
            problem = Approx.difference("softmax(-1000, -1000)", GradientBandit.softmax(new double[] {-1000, -1000}),
                    new double[] {0.5, 0.5}, Tolerance.DEFAULT).map(d -> d + " (e^-1000 underflows to 0 unless the "
                    + "largest preference is subtracted)").orElse(null);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
        EpsilonGreedyTests.rejects(() -> GradientBandit.softmax(new double[0]), "softmax of an empty vector");
    }

    @Test
    @Points(2)
    @DependsOn("softmaxOfKnownPreferences")
    @Hint(value = "Two arms, alpha = 1/2. With a baseline: the first reward is compared with itself (R_1), so it "
            + "changes nothing; the second (arm 1 pays 4) is compared with the average of the EARLIER rewards (2): "
            + "H(1) += 1/2 * 2 * (1 - 1/2), H(0) -= 1/2 * 2 * 1/2, giving (-0.5, 0.5). Without a baseline the "
            + "first reward moves H to (0.5, -0.5) already. Use pi before the update for every arm.",
            zh = "两个臂，alpha = 1/2。有基线时：第一个奖励与它自己（R_1）比较，所以什么都不变；第二个奖励（臂 1 得 4）"
                    + "与之前奖励的平均值（2）比较：H(1) += 1/2 * 2 * (1 - 1/2)，H(0) -= 1/2 * 2 * 1/2，得到 (-0.5, 0.5)。"
                    + "没有基线时第一个奖励就把 H 变成 (0.5, -0.5)。所有臂都要用更新之前的 pi。")
    void updatesByHandWithAndWithoutBaseline() {
        GradientBandit with = new GradientBandit(2, 0.5, true, new SplittableRandom(1));
        with.learn(0, 2);
        double[] afterFirst = with.preferences();
        with.learn(1, 4);
        double[] afterSecond = with.preferences();
        String problem = Approx.difference("H after arm 0 pays 2", afterFirst, new double[] {0, 0}, Tolerance.DEFAULT)
                .map(d -> "with a baseline the first reward is its own baseline (R_1), so nothing moves: " + d)
                .orElse(null);
        if (problem == null) {
            double[] expected = {-0.5, 0.5};
            problem = Approx.difference("H after arm 1 pays 4", afterSecond, expected, Tolerance.DEFAULT)
                    .map(d -> "with a baseline (the average of the earlier rewards, 2): " + d
                            + Diagnosis.of(afterSecond, expected, Tolerance.DEFAULT).called("preferences")
                            .mistake("the baseline includes the current reward (3 instead of 2)",
                                    () -> new double[] {-0.25, 0.25})
                            .explain())
                    .orElse(null);
        }
        if (problem == null && Math.abs(with.averageReward() - 3) > 1e-12) {
            problem = "averageReward() after rewards 2 and 4 must be 3, got " + with.averageReward();
        }
        GradientBandit without = new GradientBandit(2, 0.5, false, new SplittableRandom(1));
        without.learn(0, 2);
        without.learn(1, 4);
        // After the first reward H = (0.5, -0.5), so pi = (s, 1 - s) with s = 1 / (1 + e^-1); the second moves
        // H(1) by 1/2 * 4 * (1 - (1 - s)) = 2 s up and H(0) by 2 s down.
        double s = 1 / (1 + Math.exp(-1));
        if (problem == null) {
            problem = Approx.difference("H without a baseline", without.preferences(),
                    new double[] {0.5 - 2 * s, -0.5 + 2 * s}, Tolerance.DEFAULT)
                    .map(d -> "without a baseline, arm 0 pays 2 then arm 1 pays 4: " + d).orElse(null);
        }
        if (problem == null && Math.abs(without.averageReward() - 3) > 1e-12) {
            problem = "averageReward() is kept without a baseline too: after rewards 2 and 4 it must be 3, got "
                    + without.averageReward();
        }
        double[] copy = without.preferences();
        copy[0] = 100;
        if (problem == null && without.preferences()[0] == 100) {
            problem = "preferences() must return a copy: changing it changed the agent";
        }
        assertThat(problem).withFailMessage("2 arms, alpha = 1/2: %s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "The gradient bandit must draw from the generator given to the constructor: two agents given "
            + "generators of different seeds must (almost surely) select different arms in 60 steps.",
            zh = "梯度赌博机必须使用构造函数传入的生成器：用不同种子的生成器创建的两个智能体，在 60 步中（几乎必然）"
                    + "会选出不同的臂。")
    void differentSeedsGiveDifferentRuns() {
        java.util.List<Integer> first = GradientBanditProperties.run(1);
        java.util.List<Integer> second = GradientBanditProperties.run(2);
        assertThat(second).withFailMessage("60 steps, the same rewards, generators seeded 1 and 2: both runs selected "
                + "%s", first).isNotEqualTo(first);
    }

    @Test
    @Points(2)
    @DependsOn("softmaxOfKnownPreferences")
    @Hint(value = "The gradient bandit draws its arm at random with the probabilities softmax(H), it does not take "
            + "the arm of the largest preference. Measured here over 20000 selections with a fixed seed, within 0.02 "
            + "of the probabilities.",
            zh = "梯度赌博机按概率 softmax(H) 随机抽取臂，而不是取偏好最大的臂。这里用固定种子统计 20000 次选择，"
                    + "频率与概率之差不超过 0.02。")
    void armsAreDrawnWithTheSoftmaxProbabilities() {
        GradientBandit agent = new GradientBandit(3, 1, false, new SplittableRandom(99));
        agent.learn(0, 1);
        double[] pi = ReferenceBandits.probabilities(new double[] {2.0 / 3, -1.0 / 3, -1.0 / 3});
        double[] freq = new double[3];
        for (int i = 0; i < EpsilonGreedyTests.DRAWS; i++) {
            freq[agent.selectArm()] += 1.0 / EpsilonGreedyTests.DRAWS;
        }
        Tolerance margin = Tolerance.absolute(EpsilonGreedyTests.MARGIN);
        String problem = Approx.difference("frequencies", freq, pi, margin)
                .map(d -> "3 arms, alpha = 1, no baseline, after arm 0 paid 1 (H = (2/3, -1/3, -1/3)), "
                        + EpsilonGreedyTests.DRAWS + " selections: " + d + Diagnosis.of(freq, pi, margin)
                        .called("frequencies").mistake("always the arm of the largest preference (no sampling)",
                                () -> new double[] {1, 0, 0})
                        .explain())
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for fewer than 1 arm, an alpha that is not a positive finite "
            + "number, and learn() with an arm that does not exist; one arm is allowed, and arms() is the number of arms "
            + "the agent was made with.",
            zh = "臂数少于 1、alpha 不是正的有限数、learn() 传入不存在的臂时，都要抛 IllegalArgumentException；"
                    + "一个臂是允许的，arms() 返回创建时给定的臂数。")
    void badInputIsRejected() {
        SplittableRandom random = new SplittableRandom(4);
        EpsilonGreedyTests.rejects(() -> new GradientBandit(0, 0.1, true, random), "0 arms");
        for (double alpha : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            EpsilonGreedyTests.rejects(() -> new GradientBandit(3, alpha, true, random), "alpha = " + alpha);
        }
        GradientBandit agent = new GradientBandit(3, 0.1, true, random);
        EpsilonGreedyTests.hasArms(agent, 3);
        EpsilonGreedyTests.hasArms(new GradientBandit(1, 0.1, true, random), 1);
        EpsilonGreedyTests.rejects(() -> agent.learn(5, 1), "learn(5, ...) with arms 0..2");
    }
}
