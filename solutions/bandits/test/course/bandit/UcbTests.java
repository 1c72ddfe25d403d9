package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** UCB on examples computed by hand, and bad input. */
class UcbTests {

    @Test
    @Points(2)
    @Hint(value = "UCB scores an arm Q(a) + c sqrt(ln t / N(a)) where t is the number of the step being chosen "
            + "(1 + the rewards learned so far) and N(a) the rewards of that arm; an arm without rewards scores "
            + "+infinity. After arm 0 paid 1 and 3 and arm 1 paid 0 (t = 4), with c = 2: (2 + 2 sqrt(ln 4 / 2), "
            + "0 + 2 sqrt(ln 4 / 1), +infinity).",
            zh = "UCB 给臂打分 Q(a) + c sqrt(ln t / N(a))，t 是正在选择的这一步的编号（1 + 已学到的奖励数），N(a) 是"
                    + "该臂的奖励数；没有奖励的臂得分为 +infinity。臂 0 得到 1 和 3、臂 1 得到 0 之后（t = 4），c = 2 时："
                    + "(2 + 2 sqrt(ln 4 / 2), 0 + 2 sqrt(ln 4 / 1), +infinity)。")
    void scoresByHand() {
        Ucb agent = new Ucb(3, 2);
        agent.learn(0, 1);
        agent.learn(1, 0);
        agent.learn(0, 3);
        double[] scores = agent.scores();
        double[] expected = {2 + 2 * Math.sqrt(Math.log(4) / 2), 2 * Math.sqrt(Math.log(4)), Double.POSITIVE_INFINITY};
        String problem = Approx.difference("scores", scores, expected, Tolerance.DEFAULT)
                .map(d -> d + Diagnosis.of(scores, expected, Tolerance.DEFAULT).called("scores")
                        .mistake("ln of the number of rewards so far (t - 1) instead of the step number t",
                                () -> new double[] {2 + 2 * Math.sqrt(Math.log(3) / 2), 2 * Math.sqrt(Math.log(3)),
                                    Double.POSITIVE_INFINITY})
                        .mistake("c inside the square root: sqrt(c ln t / N(a))",
                                () -> new double[] {2 + Math.sqrt(2 * Math.log(4) / 2), Math.sqrt(2 * Math.log(4)),
                                    Double.POSITIVE_INFINITY})
                        .explain())
                .orElse(null);
        double[] estimates = agent.estimates();
        int[] counts = agent.counts();
        estimates[0] = 100;
        counts[0] = 100;
        if (problem == null && !(java.util.Arrays.equals(agent.estimates(), new double[] {2, 0, 0})
                && java.util.Arrays.equals(agent.counts(), new int[] {2, 1, 0}))) {
            problem = "estimates() must be the sample averages (2, 0, 0) and counts() (2, 1, 0), as copies that the "
                    + "caller may change; got " + java.util.Arrays.toString(agent.estimates()) + " and "
                    + java.util.Arrays.toString(agent.counts());
        }
        if (problem == null && agent.selectArm() != 2) {
            problem = "arm 2 has no reward yet, so it scores +infinity and must be selected, not arm "
                    + agent.selectArm();
        }
        assertThat(problem).withFailMessage("3 arms, c = 2, after arm 0 paid 1, arm 1 paid 0, arm 0 paid 3: %s",
                problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn("scoresByHand")
    @Hint(value = "Once every arm has a reward, UCB selects the largest score; with c = 0 that is the largest "
            + "sample average (lowest index among ties), with a larger c the less-tried arm can win.",
            zh = "每个臂都有奖励之后，UCB 选得分最大的臂；c = 0 时就是样本平均最大的臂（平局取最小下标），"
                    + "c 更大时被尝试次数少的臂可能胜出。")
    void selectionTakesTheBestScore() {
        List<Integer> got = new ArrayList<>();
        for (double c : new double[] {0, 1}) {
            // Arm 0 paid 1 three times (Q = 1, N = 3), arm 1 paid 0.5 once (Q = 0.5, N = 1); t = 5.
            // c = 0: scores (1, 0.5) -> arm 0.  c = 1: (1 + sqrt(ln 5 / 3), 0.5 + sqrt(ln 5)) = (1.73, 1.77) -> arm 1.
            Ucb agent = new Ucb(2, c);
            agent.learn(0, 1);
            agent.learn(0, 1);
            agent.learn(0, 1);
            agent.learn(1, 0.5);
            got.add(agent.selectArm());
        }
        assertThat(got).withFailMessage("arm 0 paid 1 three times, arm 1 paid 0.5 once (t = 5): with c = 0 UCB must "
                + "select arm 0, with c = 1 arm 1 (1 + sqrt(ln 5 / 3) = 1.73 < 0.5 + sqrt(ln 5) = 1.77); got %s",
                got).containsExactly(0, 1);
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for fewer than 1 arm, a c that is negative, NaN or infinite, and "
            + "learn() with an arm that does not exist; one arm is allowed, and arms() is the number of arms the "
            + "agent was made with.",
            zh = "臂数少于 1、c 为负数、NaN 或无穷大、learn() 传入不存在的臂时，都要抛 IllegalArgumentException；"
                    + "一个臂是允许的，arms() 返回创建时给定的臂数。")
    void badInputIsRejected() {
        EpsilonGreedyTests.rejects(() -> new Ucb(0, 2), "0 arms");
        for (double c : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            EpsilonGreedyTests.rejects(() -> new Ucb(3, c), "c = " + c);
        }
        Ucb agent = new Ucb(3, 2);
        EpsilonGreedyTests.hasArms(agent, 3);
        EpsilonGreedyTests.hasArms(new Ucb(1, 0), 1);
        EpsilonGreedyTests.rejects(() -> agent.learn(3, 1), "learn(3, ...) with arms 0..2");
    }
}
