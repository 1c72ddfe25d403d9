package course.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of load, the Switch balance loss and the bias update, and the documented exceptions. */
class LoadBalanceTests {

    private static final double LN3 = Math.log(3);

    @Test
    @Points(1)
    @Hint(value = "count_i is how many tokens were sent to routed expert i; f_i = count_i / (total number of "
            + "assignments) = count_i / (K_r T), so the fractions sum to 1. Dividing by the number of tokens T "
            + "instead gives fractions that sum to K_r.",
            zh = "count_i 是被送到路由专家 i 的 token 数；f_i = count_i / (分配总数) = count_i / (K_r T)，"
                    + "所以这些比例之和为 1。若除以 token 数 T，比例之和会变成 K_r。")
    void countsAndFractionsOfAHandBatch() {
        List<Route> routes = MoeOracle.routes(new int[][] {{0, 1}, {1, 2}, {1, 3}});
        int[] counts = LoadBalance.expertCounts(routes, 4);
        assertThat(counts).as("counts of the batch {0,1}, {1,2}, {1,3} over 4 experts").containsExactly(1, 3, 1, 1);
        double[] f = LoadBalance.loadFractions(routes, 4);
        double[] expected = {1.0 / 6, 0.5, 1.0 / 6, 1.0 / 6};
        Approx.difference("f", f, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError("3 tokens, 2 experts each: " + d + Diagnosis.of(f, expected, Tolerance.DEFAULT)
                    .called("fractions")
                    .mistake("the counts were divided by the number of tokens T = 3 instead of K_r T = 6",
                            () -> new double[] {1.0 / 3, 1, 1.0 / 3, 1.0 / 3})
                    .explain());
        });
    }

    @Test
    @Points(1)
    @Hint(value = "P_i = (1/T) sum_t s'_{i,t}, where s'_t are token t's affinities normalised to sum to 1 over ALL "
            + "routed experts (a softmax already does; sigmoid affinities must be divided by their sum).",
            zh = "P_i = (1/T) sum_t s'_{i,t}，其中 s'_t 是 token t 在全部路由专家上归一化（和为 1）后的亲和度"
                    + "（softmax 本来就是；sigmoid 亲和度要除以它们的和）。")
    void meanProbabilitiesOfAHandBatch() {
        // sigmoid: token 0 logits (0, ln 3) -> s = (0.5, 0.75) -> s' = (0.4, 0.6); token 1 (0, 0) -> s' = (0.5, 0.5)
        double[][] logits = {{0, LN3}, {0, 0}};
        double[] p = LoadBalance.meanProbabilities(logits, Affinity.SIGMOID);
        double[] expected = {0.45, 0.55};
        Approx.difference("P (sigmoid)", p, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError("tokens with logits (0, ln 3) and (0, 0): " + d + Diagnosis.of(p, expected,
                            Tolerance.DEFAULT).called("probabilities")
                    .mistake("the sigmoid affinities were averaged without normalising each token's to sum to 1",
                            () -> new double[] {0.5, 0.625})
                    .explain());
        });
        Approx.assertClose("P (softmax) of one token with logits (0, ln 3)",
                LoadBalance.meanProbabilities(new double[][] {{0, LN3}}, Affinity.SOFTMAX), new double[] {0.25, 0.75},
                Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @Hint(value = "The Switch Transformer loss is alpha * N * sum_i f_i P_i, with N the number of routed experts: "
            + "the factor N makes perfectly uniform routing cost exactly alpha whatever N is.",
            zh = "Switch Transformer 的损失是 alpha * N * sum_i f_i P_i，N 是路由专家数：乘以 N 使完全均匀的路由"
                    + "无论 N 多大都恰好花费 alpha。")
    void switchLossOfAHandExample() {
        double loss = LoadBalance.balanceLoss(new double[] {0.5, 0.25, 0.25}, new double[] {0.2, 0.3, 0.5}, 0.01);
        // 0.01 * 3 * (0.1 + 0.075 + 0.125) = 0.009
        Approx.difference("alpha N sum f_i P_i for f = (0.5, 0.25, 0.25), P = (0.2, 0.3, 0.5), alpha = 0.01", loss,
                0.009, Tolerance.DEFAULT).ifPresent(d -> {
                    throw new AssertionError(d + Diagnosis.of(loss, 0.009, Tolerance.DEFAULT).called("loss")
                            .mistakeNumber("the factor N = 3 is missing", () -> 0.003)
                            .explain());
                });
    }

    @Test
    @Points(1)
    @Hint(value = "Auxiliary-loss-free balancing: an expert above the mean count is overloaded, so its bias goes DOWN "
            + "by gamma (it will be chosen less); below the mean it goes UP by gamma; exactly at the mean it stays.",
            zh = "无辅助损失的负载均衡：计数高于平均值的专家过载，偏置减少 gamma（以后少被选中）；低于平均值则增加 gamma；"
                    + "恰好等于平均值则不变。")
    void biasUpdateOfAHandExample() {
        double[] bias = {0.1, 0, -0.2, 0};
        double[] next = LoadBalance.updateBias(bias, new int[] {5, 3, 1, 3}, 0.05);
        double[] expected = {0.05, 0, -0.15, 0};
        Approx.difference("new bias (mean count 3)", next, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError("counts (5, 3, 1, 3), gamma = 0.05: " + d + Diagnosis.of(next, expected,
                            Tolerance.DEFAULT).called("biases")
                    .mistake("the signs are flipped: the overloaded expert's bias went up",
                            () -> new double[] {0.15, 0, -0.25, 0})
                    .mistake("experts exactly at the mean count were moved too",
                            () -> new double[] {0.05, 0.05, -0.15, 0.05})
                    .explain());
        });
        assertThat(bias).as("updateBias must leave its argument unchanged").containsExactly(0.1, 0, -0.2, 0);
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for: N_r < 1 or a route naming a routed expert outside 0..N_r-1; "
            + "loadFractions of routes that assign nothing; meanProbabilities of no token, of rows of different "
            + "lengths or of a bad logit; balanceLoss of empty or different-length vectors or a negative/non-finite "
            + "alpha; updateBias of empty or different-length arrays, a negative count or a negative/non-finite gamma.",
            zh = "以下情况抛出 IllegalArgumentException：N_r < 1 或路由指向 0..N_r-1 之外的专家；loadFractions 的路由"
                    + "没有任何分配；meanProbabilities 没有 token、各行长度不同或有非法 logit；balanceLoss 的向量为空或长度不同、"
                    + "alpha 为负或非有限；updateBias 的数组为空或长度不同、计数为负、gamma 为负或非有限。")
    void rejectsInvalidLoadInput() {
        List<Route> outside = MoeOracle.routes(new int[][] {{0, 4}});
        Map<String, Runnable> bad = new LinkedHashMap<>();
        bad.put("expertCounts with N_r = 0", () -> LoadBalance.expertCounts(List.of(), 0));
        bad.put("expertCounts of a route naming expert 4 of 4", () -> LoadBalance.expertCounts(outside, 4));
        bad.put("expertCounts of a route naming expert -1", () -> LoadBalance.expertCounts(
                MoeOracle.routes(new int[][] {{-1}}), 4));
        bad.put("loadFractions of no routes", () -> LoadBalance.loadFractions(List.of(), 3));
        bad.put("loadFractions with N_r = 0", () -> LoadBalance.loadFractions(List.of(), 0));
        bad.put("loadFractions of a route naming expert 4 of 4", () -> LoadBalance.loadFractions(outside, 4));
        bad.put("meanProbabilities of no token", () -> LoadBalance.meanProbabilities(new double[0][],
                Affinity.SIGMOID));
        bad.put("meanProbabilities of rows of length 2 and 3", () -> LoadBalance.meanProbabilities(
                new double[][] {{0, 1}, {0, 1, 2}}, Affinity.SOFTMAX));
        bad.put("meanProbabilities with a NaN logit", () -> LoadBalance.meanProbabilities(
                new double[][] {{0, Double.NaN}}, Affinity.SOFTMAX));
        bad.put("balanceLoss of vectors of length 2 and 3", () -> LoadBalance.balanceLoss(new double[2],
                new double[3], 0.01));
        bad.put("balanceLoss of empty vectors", () -> LoadBalance.balanceLoss(new double[0], new double[0], 0.01));
        bad.put("balanceLoss with alpha = -0.01", () -> LoadBalance.balanceLoss(new double[] {1}, new double[] {1},
                -0.01));
        bad.put("balanceLoss with alpha = NaN", () -> LoadBalance.balanceLoss(new double[] {1}, new double[] {1},
                Double.NaN));
        bad.put("balanceLoss with alpha = Infinity", () -> LoadBalance.balanceLoss(new double[] {1},
                new double[] {1}, Double.POSITIVE_INFINITY));
        bad.put("updateBias of 2 biases and 3 counts", () -> LoadBalance.updateBias(new double[2], new int[3], 0.1));
        bad.put("updateBias of empty arrays", () -> LoadBalance.updateBias(new double[0], new int[0], 0.1));
        bad.put("updateBias with a count of -1", () -> LoadBalance.updateBias(new double[2], new int[] {3, -1}, 0.1));
        bad.put("updateBias with gamma = -0.1", () -> LoadBalance.updateBias(new double[2], new int[2], -0.1));
        bad.put("updateBias with gamma = Infinity", () -> LoadBalance.updateBias(new double[2], new int[2],
                Double.POSITIVE_INFINITY));
        bad.put("updateBias with gamma = NaN", () -> LoadBalance.updateBias(new double[2], new int[2], Double.NaN));
        bad.forEach((what, call) -> assertThatThrownBy(call::run).as(what)
                .isInstanceOf(IllegalArgumentException.class));
        assertThat(LoadBalance.expertCounts(MoeOracle.routes(new int[][] {{0}, {0}}), 1)).as("one routed expert")
                .containsExactly(2);
        assertThat(LoadBalance.balanceLoss(new double[] {0.5, 0.5}, new double[] {0.9, 0.1}, 0))
                .as("alpha = 0 is allowed: no balance loss").isZero();
        assertThat(LoadBalance.updateBias(new double[] {0.1, -0.1}, new int[] {3, 1}, 0))
                .as("gamma = 0 is allowed (DeepSeek-V3's last 500B tokens): the biases stay")
                .containsExactly(0.1, -0.1);
    }
}
