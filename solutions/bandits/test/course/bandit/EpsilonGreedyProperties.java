package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Tolerance;

import course.bandit.BanditCases.History;
import course.bandit.BanditCases.Pull;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Epsilon-greedy on generated histories: the estimates, optimistic exploration, and reproducible runs. */
class EpsilonGreedyProperties {

    @Provide
    Arbitrary<History> history() {
        return BanditCases.histories();
    }

    @Provide
    Arbitrary<StepSize> stepSize() {
        return Arbitraries.of(StepSize.sampleAverage(), StepSize.constant(0.5), StepSize.constant(0.1));
    }

    @Provide
    Arbitrary<List<Double>> payouts() {
        return CourseArbitraries.tenths(-3, 3).list().ofMinSize(2).ofMaxSize(10);
    }

    @Provide
    Arbitrary<Long> seed() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    @Provide
    Arbitrary<Double> epsilon() {
        return Arbitraries.of(0.5, 0.1, 0.9);
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("EpsilonGreedyTests.learningUpdatesTheCountAndTheEstimateOfThatArm")
    @Hint(value = "After any sequence of rewards, Q(a) is what the step-size rule gives for the rewards of arm a "
            + "alone (their average for sample averages, the recency-weighted average for a constant step), and "
            + "N(a) counts them; the other arms' rewards do not touch Q(a).",
            zh = "任何一串奖励之后，Q(a) 只由臂 a 自己的奖励按步长规则决定（样本平均时为它们的平均值，常数步长时为"
                    + "近因加权平均），N(a) 是它们的个数；其他臂的奖励不影响 Q(a)。")
    void estimatesFollowTheRewardsOfEachArm(@ForAll("history") History h, @ForAll("stepSize") StepSize step) {
        EpsilonGreedy agent = new EpsilonGreedy(h.arms(), 0.1, 1, step, new SplittableRandom(5));
        double alpha = step instanceof StepSize.Constant c ? c.alpha() : 0;
        ReferenceBandits.Greedy reference = new ReferenceBandits.Greedy(h.arms(), 0.1, 1, alpha,
                new SplittableRandom(5));
        for (Pull p : h.pulls()) {
            agent.learn(p.arm(), p.reward());
            reference.learn(p.arm(), p.reward());
        }
        String problem = Approx.difference("Q", agent.estimates(), reference.q, Tolerance.DEFAULT)
                .map(d -> step + ", Q_1 = 1, after " + h.pulls() + ": " + d).orElse(null);
        if (problem == null && !java.util.Arrays.equals(agent.counts(), reference.n)) {
            problem = "the counts after " + h.pulls() + " must be " + java.util.Arrays.toString(reference.n)
                    + ", got " + java.util.Arrays.toString(agent.counts());
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("EpsilonGreedyTests.greedyAgentFollowsItsEstimates")
    @Hint(value = "Optimistic initial values (Q_1 = 5, epsilon = 0, constant step 0.1) explore without any random "
            + "numbers: every reward below 5 disappoints, so the pulled arm's estimate falls below the untried ones "
            + "and the greedy choice moves on. The first k pulls are arms 0, 1, ..., k-1 (lowest index among the "
            + "tied untried arms); then the arm whose reward was highest.",
            zh = "乐观初始值（Q_1 = 5、epsilon = 0、常数步长 0.1）不用任何随机数就能探索：低于 5 的奖励都会让人"
                    + "\"失望\"，被拉过的臂的估计值降到未尝试的臂之下，贪心选择就转向下一个。前 k 次依次拉臂 0, 1, ..., "
                    + "k-1（未尝试的臂平局时取最小下标），之后拉奖励最高的那个臂。")
    void optimisticGreedyTriesEveryArmOnceBeforeAnyRepeat(@ForAll("payouts") List<Double> payouts) {
        int k = payouts.size();
        EpsilonGreedy agent = new EpsilonGreedy(k, 0, 5, StepSize.constant(0.1), new SplittableRandom(11));
        List<Integer> arms = new ArrayList<>();
        for (int t = 0; t <= k; t++) {
            int arm = agent.selectArm();
            arms.add(arm);
            agent.learn(arm, payouts.get(arm));
        }
        List<Integer> expected = new ArrayList<>();
        int best = 0;
        for (int a = 0; a < k; a++) {
            expected.add(a);
            best = payouts.get(a) > payouts.get(best) ? a : best;
        }
        expected.add(best);
        assertThat(arms).withFailMessage("Q_1 = 5, epsilon = 0, alpha = 0.1, arm a always pays %s: the first %d "
                + "pulls must be %s, got %s", payouts, k + 1, expected, arms).isEqualTo(expected);
    }

    @Property(tries = 30)
    @Points(1)
    @Hint(value = "All randomness comes from the generator given to the constructor: two agents made with "
            + "generators of the same seed, fed the same rewards, select the same arms. Math.random(), new Random() "
            + "or a generator of your own breaks this.",
            zh = "所有随机性都来自构造函数传入的生成器：用相同种子的生成器创建的两个智能体，得到相同的奖励时会选择"
                    + "相同的臂。使用 Math.random()、new Random() 或自己创建的生成器都会破坏这一点。")
    void theSameSeedGivesTheSameRun(@ForAll("seed") long seed, @ForAll("epsilon") double epsilon) {
        List<Integer> first = run(seed, epsilon);
        List<Integer> second = run(seed, epsilon);
        assertThat(second).withFailMessage("epsilon = %s, seed %s: two runs with the same seed selected\n  %s\n  %s",
                epsilon, seed, first, second).isEqualTo(first);
    }

    /** The arms of an epsilon-greedy agent with 4 arms seeded {@code seed}, see {@link BanditCases#selections}. */
    static List<Integer> run(long seed, double epsilon) {
        return BanditCases.selections(new EpsilonGreedy(4, epsilon, 0, StepSize.sampleAverage(),
                new SplittableRandom(seed)));
    }
}
