package course.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.moe.Generators.Batch;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of load, routing probabilities, the Switch loss and the bias update on random batches. */
class LoadBalanceProperties {

    @Provide
    Arbitrary<Batch> batches() {
        return Generators.batches();
    }

    @Provide
    Arbitrary<double[][]> tokenLogits() {
        return CourseArbitraries.smallInts(2, 5).flatMap(n -> Generators.vector(n, 3).list().ofMinSize(1).ofMaxSize(4)
                .map(rows -> rows.toArray(double[][]::new)));
    }

    @Provide
    Arbitrary<double[]> distributions() {
        return CourseArbitraries.probabilityVectors(2, 6, true);
    }

    @Provide
    Arbitrary<Double> alphas() {
        return Arbitraries.of(0.01, 0.001, 0.0001, 0.3, 1.0);
    }

    @Provide
    Arbitrary<int[]> counts() {
        return CourseArbitraries.smallInts(0, 6).list().ofMinSize(1).ofMaxSize(6)
                .map(xs -> xs.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "count_i counts every token sent to routed expert i; f_i = count_i / (sum of all counts), so the "
            + "fractions sum to 1 whatever K_r is.",
            zh = "count_i 统计每个被送到路由专家 i 的 token；f_i = count_i / (所有计数之和)，因此无论 K_r 多大，比例之和都为 1。")
    void fractionsShareOutEveryAssignment(@ForAll("batches") Batch batch) {
        List<Route> routes = batch.routes();
        int[] counts = LoadBalance.expertCounts(routes, batch.experts());
        int[] expected = MoeOracle.counts(routes, batch.experts());
        String problem = Arrays.equals(counts, expected) ? null
                : "counts are " + Arrays.toString(counts) + ", expected " + Arrays.toString(expected);
        if (problem == null) {
            int total = Arrays.stream(expected).sum();
            double[] f = LoadBalance.loadFractions(routes, batch.experts());
            problem = Approx.difference("f", f, Arrays.stream(expected).mapToDouble(x -> (double) x / total).toArray(),
                    Tolerance.DEFAULT).map(d -> d + " (f_i = count_i / " + total + ", the number of assignments)")
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, batch).isNull();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "P_i averages, over the tokens, each token's affinities normalised to sum to 1 over all routed "
            + "experts; P is then itself a distribution over the experts.",
            zh = "P_i 是对各 token 求平均：每个 token 的亲和度先在全部路由专家上归一化（和为 1），因此 P 本身也是专家上的一个分布。")
    void meanProbabilitiesAverageTheNormalisedAffinities(@ForAll("tokenLogits") double[][] logits,
                                                        @ForAll Affinity kind) {
        double[][] copy = Arrays.stream(logits).map(double[]::clone).toArray(double[][]::new);
        double[] p = LoadBalance.meanProbabilities(copy, kind);
        double[] expected = new double[logits[0].length];
        for (double[] row : logits) {
            double[] s = MoeOracle.affinities(row, kind);
            double sum = Arrays.stream(s).sum();
            for (int i = 0; i < s.length; i++) {
                expected[i] += s[i] / sum / logits.length;
            }
        }
        String problem = Arrays.deepEquals(copy, logits)
                ? Approx.difference("P (" + kind + ")", p, expected, Tolerance.DEFAULT).orElse(null)
                : "meanProbabilities changed its argument to " + Arrays.deepToString(copy);
        assertThat(problem).withFailMessage("%s\n  for logits %s", problem, Arrays.deepToString(logits)).isNull();
    }

    @Property(tries = 40)
    @Points(2)
    @Hint(value = "With uniform routing the loss is exactly alpha: if f_i = 1/N for every expert, alpha N sum_i "
            + "(1/N) P_i = alpha because P sums to 1 (and likewise when P is uniform). A missing factor N, or a "
            + "mean instead of a sum, breaks this.",
            zh = "均匀路由时损失恰好为 alpha：若每个专家 f_i = 1/N，由于 P 之和为 1，alpha N sum_i (1/N) P_i = alpha"
                    + "（P 均匀时同理）。漏掉因子 N，或用平均代替求和，都会破坏这一点。")
    void uniformRoutingCostsExactlyAlpha(@ForAll("distributions") double[] q, @ForAll("alphas") double alpha) {
        double[] uniform = new double[q.length];
        Arrays.fill(uniform, 1.0 / q.length);
        double uniformF = LoadBalance.balanceLoss(uniform, q, alpha);
        double uniformP = LoadBalance.balanceLoss(q, uniform, alpha);
        String problem = Approx.difference("the loss with uniform f = 1/" + q.length + " and P = " + NumberText.show(q),
                        uniformF, alpha, Tolerance.DEFAULT)
                .or(() -> Approx.difference("the loss with f = " + NumberText.show(q) + " and uniform P", uniformP,
                        alpha, Tolerance.DEFAULT))
                .map(d -> d + " (= alpha = " + alpha + ")").orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @Hint(value = "When the load fractions and the probabilities agree (f = P = q), the loss is alpha N sum_i q_i^2, "
            + "which is at least alpha (Cauchy-Schwarz) and equals alpha only for uniform q: that is the sense in "
            + "which uniform routing minimises the Switch loss.",
            zh = "当负载比例与概率一致（f = P = q）时，损失为 alpha N sum_i q_i^2，它至少为 alpha（柯西-施瓦茨不等式），"
                    + "且只有 q 均匀时才等于 alpha：这就是\"均匀路由使 Switch 损失最小\"的含义。")
    void agreeingSkewedRoutingCostsMoreThanAlpha(@ForAll("distributions") double[] q, @ForAll("alphas") double alpha) {
        double loss = LoadBalance.balanceLoss(q, q, alpha);
        double expected = alpha * q.length * Arrays.stream(q).map(x -> x * x).sum();
        String problem = Approx.difference("the loss with f = P = " + NumberText.show(q), loss, expected,
                Tolerance.DEFAULT).orElse(null);
        if (problem == null && !(loss > alpha)) {
            problem = "the loss with f = P = " + NumberText.show(q) + " is " + NumberText.show(loss)
                    + ", but a skewed routing must cost more than alpha = " + alpha;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 80)
    @Points(1)
    @Hint(value = "Compare each count with the MEAN count (sum / N_r): above the mean the bias decreases by gamma, "
            + "below it increases by gamma, exactly at the mean it stays. Not the median, not the maximum, and "
            + "never the other way round.",
            zh = "把每个计数与平均计数（总和 / N_r）比较：高于平均值则偏置减 gamma，低于平均值则加 gamma，恰好等于平均值则不变。"
                    + "不是中位数，不是最大值，方向也不能反。")
    void biasUpdateMovesAgainstTheLoad(@ForAll("counts") int[] counts,
                                       @ForAll("gammas") double gamma) {
        double[] bias = new double[counts.length];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = (i % 3 - 1) / 10.0;
        }
        double[] next = LoadBalance.updateBias(bias, counts, gamma);
        double mean = Arrays.stream(counts).average().orElseThrow();
        double[] expected = new double[bias.length];
        for (int i = 0; i < bias.length; i++) {
            expected[i] = bias[i] - gamma * Math.signum(counts[i] - mean);
        }
        String problem = Approx.difference("new bias", next, expected, Tolerance.DEFAULT)
                .map(d -> d + "\n  counts " + Arrays.toString(counts) + " (mean " + NumberText.show(mean) + "), gamma "
                        + gamma + ", old bias " + NumberText.show(bias))
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Provide
    Arbitrary<Double> gammas() {
        return Combinators.combine(Arbitraries.of(1, 2, 5), Arbitraries.of(0.1, 0.01, 0.001)).as((a, b) -> a * b);
    }
}
