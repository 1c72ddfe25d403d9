package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Tolerance;

import course.bandit.BanditCases.History;
import course.bandit.BanditCases.Pull;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** UCB on generated histories: every arm first, and the scores of the formula. */
class UcbProperties {

    @Provide
    Arbitrary<List<Double>> payouts() {
        return CourseArbitraries.tenths(-5, 5).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<Double> c() {
        return CourseArbitraries.tenths(0, 3);
    }

    @Provide
    Arbitrary<History> history() {
        return BanditCases.histories();
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "An arm that has never been pulled counts as maximal (score +infinity), and ties go to the lowest "
            + "index, so UCB pulls arms 0, 1, ..., k-1 once each, in this order, before it pulls any arm a second "
            + "time, whatever the rewards and c.",
            zh = "从未被拉过的臂视为最大（得分 +infinity），平局取最小下标，所以无论奖励和 c 是多少，UCB 都会先按顺序"
                    + "把臂 0, 1, ..., k-1 各拉一次，然后才会第二次拉某个臂。")
    void triesEveryArmOnceBeforeAnyRepeat(@ForAll("payouts") List<Double> payouts, @ForAll("c") double c) {
        int k = payouts.size();
        Ucb agent = new Ucb(k, c);
        List<Integer> arms = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            int arm = agent.selectArm();
            arms.add(arm);
            expected.add(t);
            agent.learn(arm, payouts.get(arm));
        }
        assertThat(arms).withFailMessage("%d arms paying %s, c = %s: the first %d selections must be %s, got %s", k,
                payouts, c, k, expected, arms).isEqualTo(expected);
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("UcbTests.scoresByHand")
    @Hint(value = "After any rewards, each score is +infinity for an arm without rewards and Q(a) + c sqrt(ln t / "
            + "N(a)) otherwise, with Q(a) the sample average of that arm, N(a) its rewards and t = 1 + all rewards "
            + "learned; selectArm takes the largest score, the lowest index among equal ones.",
            zh = "任何一串奖励之后，没有奖励的臂得分为 +infinity，其他臂得分为 Q(a) + c sqrt(ln t / N(a))，其中 Q(a) 是"
                    + "该臂的样本平均、N(a) 是它的奖励数、t = 1 + 已学到的全部奖励数；selectArm 取得分最大的臂，"
                    + "相等时取最小下标。")
    void scoresFollowTheFormula(@ForAll("history") History h, @ForAll("c") double c) {
        Ucb agent = new Ucb(h.arms(), c);
        ReferenceBandits.UpperConfidence reference = new ReferenceBandits.UpperConfidence(h.arms(), c);
        for (Pull p : h.pulls()) {
            agent.learn(p.arm(), p.reward());
            reference.learn(p.arm(), p.reward());
        }
        double[] expected = reference.scores();
        String problem = Approx.difference("scores", agent.scores(), expected, Tolerance.DEFAULT)
                .map(d -> "c = " + c + ", after " + h.pulls() + ": " + d).orElse(null);
        int selected = agent.selectArm();
        if (problem == null && selected != ReferenceBandits.first(expected)) {
            problem = "c = " + c + ", after " + h.pulls() + ": the largest score is that of arm "
                    + ReferenceBandits.first(expected) + " (lowest index among equal scores), but selectArm chose "
                    + selected;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
