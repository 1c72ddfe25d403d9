package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The incremental mean is the batch mean; the constant-step estimate is the recency-weighted average. */
class EstimatesProperties {

    @Provide
    Arbitrary<List<Double>> rewards() {
        return BanditCases.rewards();
    }

    @Provide
    Arbitrary<Double> initial() {
        return CourseArbitraries.tenths(-5, 5);
    }

    @Provide
    Arbitrary<Double> alpha() {
        return BanditCases.alphas();
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "Applying Q <- Q + (R_n - Q) / n for n = 1, 2, ... gives exactly the average of the rewards (the "
            + "batch mean), whatever Q_1 was. Dividing by n + 1 averages Q_1 in as if it were a reward; a count that "
            + "is not increased first divides the first reward by 0.",
            zh = "对 n = 1, 2, ... 依次做 Q <- Q + (R_n - Q) / n，结果恰好是所有奖励的平均值（批量均值），与 Q_1 无关。"
                    + "除以 n + 1 相当于把 Q_1 当成一个奖励一起平均；如果计数没有先加 1，第一个奖励会除以 0。")
    void incrementalSampleAverageIsTheBatchMean(@ForAll("rewards") List<Double> rewards,
                                                @ForAll("initial") double q1) {
        double q = q1;
        double sum = 0;
        for (int n = 1; n <= rewards.size(); n++) {
            q = Estimates.sampleAverage(q, rewards.get(n - 1), n);
            sum += rewards.get(n - 1);
        }
        double total = sum;
        double mean = total / rewards.size();
        double got = q;
        String problem = Approx.difference("Q after " + rewards.size() + " rewards", got, mean, Tolerance.DEFAULT)
                .map(diff -> "incremental sample average from Q_1 = " + q1 + " over " + rewards + ": " + diff
                        + " (their mean)" + Diagnosis.of(got, mean, Tolerance.DEFAULT).called("estimate")
                        .mistakeNumber("dividing by n + 1, which averages Q_1 in as a reward",
                                () -> (q1 + total) / (rewards.size() + 1))
                        .explain())
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @Hint(value = "n constant-step updates Q <- Q + alpha (R - Q) from Q_1 give (1 - alpha)^n Q_1 + sum_i alpha "
            + "(1 - alpha)^(n-i) R_i: an exponential recency-weighted average, in which older rewards count less.",
            zh = "从 Q_1 开始做 n 次常数步长更新 Q <- Q + alpha (R - Q)，得到 (1 - alpha)^n Q_1 + sum_i alpha "
                    + "(1 - alpha)^(n-i) R_i：指数近因加权平均，越早的奖励权重越小。")
    void constantStepGivesTheRecencyWeightedAverage(@ForAll("rewards") List<Double> rewards,
                                                   @ForAll("initial") double q1, @ForAll("alpha") double alpha) {
        double q = q1;
        for (double r : rewards) {
            q = Estimates.constantStep(q, r, alpha);
        }
        double expected = weighted(weights(alpha, rewards.size()), q1, rewards);
        double got = q;
        String problem = Approx.difference("Q after " + rewards.size() + " constant-step updates", got, expected,
                        Tolerance.DEFAULT)
                .map(diff -> "alpha = " + alpha + ", Q_1 = " + q1 + ", rewards " + rewards + ": " + diff)
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("EstimatesTests.recencyWeightsByHand")
    @Hint(value = "recencyWeights(alpha, n) has n + 1 entries: (1 - alpha)^n for Q_1, then alpha (1 - alpha)^(n-i) "
            + "for R_i, i = 1..n. They add up to 1, the newest reward gets alpha, and weighting Q_1, R_1..R_n with "
            + "them gives what n constant-step updates give.",
            zh = "recencyWeights(alpha, n) 有 n + 1 个元素：Q_1 的权重 (1 - alpha)^n，然后 R_i（i = 1..n）的权重 "
                    + "alpha (1 - alpha)^(n-i)。它们之和为 1，最新的奖励权重为 alpha，用它们给 Q_1、R_1..R_n 加权"
                    + "得到的正是 n 次常数步长更新的结果。")
    void recencyWeightsAddUpToOneAndReproduceTheUpdates(@ForAll("rewards") List<Double> rewards,
                                                       @ForAll("initial") double q1, @ForAll("alpha") double alpha) {
        int n = rewards.size();
        double[] weights = Estimates.recencyWeights(alpha, n);
        double[] expected = weights(alpha, n);
        String problem = Approx.difference("recencyWeights(" + alpha + ", " + n + ")", weights, expected,
                        Tolerance.DEFAULT)
                .map(diff -> diff + Diagnosis.of(weights, expected, Tolerance.DEFAULT).called("weights")
                        .mistake("the order reversed: the OLDEST reward gets alpha", () -> reversedRewards(expected))
                        .explain())
                .orElse(null);
        if (problem == null) {
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            double updated = q1;
            for (double r : rewards) {
                updated += alpha * (r - updated);
            }
            double combined = weighted(weights, q1, rewards);
            if (Math.abs(sum - 1) > 1e-12) {
                problem = "the weights add up to " + sum + ", not 1";
            } else if (Math.abs(combined - updated) > 1e-9) {
                problem = "weighting Q_1 = " + q1 + " and the rewards " + rewards + " gives " + combined
                        + ", but the updates give " + updated;
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /** The weights of eq. (2.6) in Sutton and Barto, from the formula. */
    private static double[] weights(double alpha, int n) {
        double[] w = new double[n + 1];
        w[0] = Math.pow(1 - alpha, n);
        for (int i = 1; i <= n; i++) {
            w[i] = alpha * Math.pow(1 - alpha, n - i);
        }
        return w;
    }

    private static double weighted(double[] weights, double q1, List<Double> rewards) {
        double sum = weights[0] * q1;
        for (int i = 1; i < weights.length; i++) {
            sum += weights[i] * rewards.get(i - 1);
        }
        return sum;
    }

    private static double[] reversedRewards(double[] w) {
        double[] r = w.clone();
        for (int i = 1; i < w.length; i++) {
            r[i] = w[w.length - i];
        }
        return r;
    }
}
