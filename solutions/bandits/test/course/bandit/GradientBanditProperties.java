package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.bandit.BanditCases.History;
import course.bandit.BanditCases.Pull;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The softmax and the gradient update on generated inputs: distributions, the update rule, a conserved sum. */
class GradientBanditProperties {

    @Provide
    Arbitrary<double[]> preferences() {
        return Combinators.combine(CourseArbitraries.tenths(-50, 50).list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.of(0.0, 800.0, -800.0))
                .as((list, offset) -> list.stream().mapToDouble(h -> h + offset).toArray());
    }

    @Provide
    Arbitrary<History> history() {
        return BanditCases.histories();
    }

    @Provide
    Arbitrary<Double> alpha() {
        return BanditCases.alphas();
    }

    @Provide
    Arbitrary<Long> seed() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "softmax returns a probability distribution: one entry per preference, each in [0, 1], adding up to "
            + "1 (within 1e-12), even for preferences around +-800 where e^h overflows or underflows unless the "
            + "largest preference is subtracted first.",
            zh = "softmax 返回一个概率分布：每个偏好对应一个元素，每个都在 [0, 1] 内，总和为 1（误差不超过 1e-12），"
                    + "即使偏好在 +-800 附近也一样；不先减去最大的偏好，e^h 就会上溢或下溢。")
    void softmaxIsAProbabilityDistribution(@ForAll("preferences") double[] h) {
        double[] p = GradientBandit.softmax(h);
        String problem = p.length != h.length ? "softmax of " + h.length + " preferences has " + p.length + " entries"
                : null;
        double sum = 0;
        for (int a = 0; a < p.length && problem == null; a++) {
            if (!(p[a] >= 0 && p[a] <= 1)) {
                problem = "softmax entry " + a + " is " + p[a] + ", not a probability";
            }
            sum += p[a];
        }
        if (problem == null && !(Math.abs(sum - 1) <= 1e-12)) {
            problem = "the softmax entries add up to " + sum + ", not 1";
        }
        if (problem == null) {
            problem = Approx.difference("softmax", p, ReferenceBandits.probabilities(h), new Tolerance(1e-12, 1e-9))
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("softmax(%s): %s", NumberText.show(h), problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("GradientBanditTests.updatesByHandWithAndWithoutBaseline")
    @Hint(value = "Every update is H(A) += alpha (R - baseline)(1 - pi(A)) and H(a) -= alpha (R - baseline) pi(a) for "
            + "a != A, with pi the softmax BEFORE the update and the baseline the average of the earlier rewards (R_1 "
            + "for the first), or 0 without a baseline.",
            zh = "每次更新都是 H(A) += alpha (R - 基线)(1 - pi(A))，对 a != A 有 H(a) -= alpha (R - 基线) pi(a)，"
                    + "其中 pi 是更新之前的 softmax，基线是之前奖励的平均值（第一次为 R_1），没有基线时为 0。")
    void updatesFollowTheGradientRule(@ForAll("history") History h, @ForAll("alpha") double alpha,
                                      @ForAll boolean baseline) {
        GradientBandit agent = new GradientBandit(h.arms(), alpha, baseline, new SplittableRandom(1));
        ReferenceBandits.Preferences reference = new ReferenceBandits.Preferences(h.arms(), alpha, baseline,
                new SplittableRandom(1));
        for (Pull p : h.pulls()) {
            agent.learn(p.arm(), p.reward());
            reference.learn(p.arm(), p.reward());
        }
        double[] got = agent.preferences();
        double[] expected = reference.h;
        Diagnosis diagnosis = Diagnosis.of(got, expected, Tolerance.DEFAULT).called("preferences");
        if (baseline) {
            diagnosis.mistake("the baseline includes the current reward", () -> inclusiveBaseline(h, alpha))
                    .mistake("the baseline is 0 at the first reward instead of R_1", () -> zeroFirstBaseline(h, alpha));
        }
        String problem = Approx.difference("H", got, expected, Tolerance.DEFAULT)
                .map(d -> "alpha = " + alpha + ", " + (baseline ? "with" : "without") + " a baseline, after "
                        + h.pulls() + ": " + d + diagnosis.explain())
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("GradientBanditTests.updatesByHandWithAndWithoutBaseline")
    @Hint(value = "An update adds alpha (R - baseline)(1 - pi(A)) to H(A) and takes alpha (R - baseline) pi(a) from "
            + "every other arm: since the pi(a) of the other arms add up to 1 - pi(A), the sum of all preferences "
            + "never changes (it stays 0). Recomputing pi after changing H(A), or updating only H(A), breaks this.",
            zh = "一次更新给 H(A) 加上 alpha (R - 基线)(1 - pi(A))，并从其他每个臂减去 alpha (R - 基线) pi(a)："
                    + "其他臂的 pi(a) 之和是 1 - pi(A)，所以全部偏好之和永远不变（始终为 0）。修改 H(A) 之后重新计算 pi，"
                    + "或者只更新 H(A)，都会破坏这一点。")
    void updatesKeepTheSumOfThePreferences(@ForAll("history") History h, @ForAll("alpha") double alpha,
                                           @ForAll boolean baseline) {
        GradientBandit agent = new GradientBandit(h.arms(), alpha, baseline, new SplittableRandom(1));
        String problem = null;
        for (int i = 0; i < h.pulls().size() && problem == null; i++) {
            Pull p = h.pulls().get(i);
            agent.learn(p.arm(), p.reward());
            double sum = 0;
            for (double x : agent.preferences()) {
                sum += x;
            }
            if (Math.abs(sum) > 1e-9) {
                problem = "after " + h.pulls().subList(0, i + 1) + " the preferences " + NumberText.show(
                        agent.preferences()) + " add up to " + NumberText.show(sum) + ", but every update keeps the "
                        + "sum at 0";
            }
        }
        assertThat(problem).withFailMessage("alpha = %s, %s a baseline: %s", alpha, baseline ? "with" : "without",
                problem).isNull();
    }

    @Property(tries = 30)
    @Points(1)
    @Hint(value = "The gradient bandit draws its arms from the generator given to the constructor only: two agents "
            + "with generators of the same seed, fed the same rewards, select the same arms.",
            zh = "梯度赌博机只从构造函数传入的生成器中抽取臂：用相同种子的生成器创建的两个智能体，得到相同的奖励时"
                    + "会选择相同的臂。")
    void theSameSeedGivesTheSameRun(@ForAll("seed") long seed) {
        List<Integer> first = run(seed);
        List<Integer> second = run(seed);
        assertThat(second).withFailMessage("seed %s: two runs with the same seed selected\n  %s\n  %s", seed, first,
                second).isEqualTo(first);
    }

    /** The arms of a gradient bandit with 4 arms seeded {@code seed}, see {@link BanditCases#selections}. */
    static List<Integer> run(long seed) {
        return BanditCases.selections(new GradientBandit(4, 0.2, true, new SplittableRandom(seed)));
    }

    private static double[] inclusiveBaseline(History h, double alpha) {
        double[] pref = new double[h.arms()];
        double sum = 0;
        for (int i = 0; i < h.pulls().size(); i++) {
            Pull p = h.pulls().get(i);
            sum += p.reward();
            step(pref, p, alpha, p.reward() - sum / (i + 1));
        }
        return pref;
    }

    private static double[] zeroFirstBaseline(History h, double alpha) {
        double[] pref = new double[h.arms()];
        double sum = 0;
        for (int i = 0; i < h.pulls().size(); i++) {
            Pull p = h.pulls().get(i);
            step(pref, p, alpha, p.reward() - (i == 0 ? 0 : sum / i));
            sum += p.reward();
        }
        return pref;
    }

    private static void step(double[] pref, Pull p, double alpha, double advantage) {
        double[] pi = ReferenceBandits.probabilities(pref);
        for (int a = 0; a < pref.length; a++) {
            pref[a] += alpha * advantage * ((a == p.arm() ? 1 : 0) - pi[a]);
        }
    }
}
