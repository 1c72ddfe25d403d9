package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The multi-token prediction loss: hand examples, its definition on random inputs, and the exceptions. */
class MtpLossTests {

    /**
     * Tokens t_0..t_3 = (0, 1, 1, 0), so T = 3. Depth 1 predicts t_{i+2} at positions i = 0, 1: t_2 = 1 with
     * probability 0.5 and t_3 = 0 with probability 0.25. L_1 = -(ln 0.5 + ln 0.25) / 3 = ln 8 / 3 = ln 2; with
     * lambda = 0.3 and D = 1 the loss is 0.3 ln 2. Depth 2 (if present) predicts t_3 at position 0.
     */
    @Test
    @Points(2)
    @Hint(value = "L_MTP = lambda / D * sum_k L_k with L_k = -(1/T) sum_{i=0}^{T-1-k} log P_k[i][t_{i+1+k}]: "
            + "T = tokens.length - 1 (DeepSeek-V3 divides by T, not by the T - k terms), depth k at position i "
            + "predicts the token k + 1 steps ahead, and the depths are averaged (1/D) before lambda.",
            zh = "L_MTP = lambda / D * sum_k L_k，其中 L_k = -(1/T) sum_{i=0}^{T-1-k} log P_k[i][t_{i+1+k}]："
                    + "T = tokens.length - 1（DeepSeek-V3 除以 T，而不是除以 T - k 个项），深度 k 在位置 i 预测向后 k + 1 步的 token，"
                    + "各深度先取平均（1/D）再乘 lambda。")
    void mtpLossOfHandExamples() {
        int[] tokens = {0, 1, 1, 0};
        double[][] depth1 = {{0.5, 0.5}, {0.25, 0.75}};
        double one = SpeculativeDecoding.mtpLoss(new double[][][] {depth1}, tokens, 0.3);
        double expected = 0.3 * Math.log(2);
        Approx.difference("loss of one depth", one, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(one, expected, Tolerance.DEFAULT).called("loss")
                    .mistakeNumber("the sum was divided by the number of terms T - k = 2 instead of T = 3",
                            () -> 0.3 * Math.log(8) / 2)
                    .mistakeNumber("depth 1 at position i was scored on t_{i+1} (the main model's target) instead of "
                            + "t_{i+2}", () -> -0.3 * (Math.log(0.5) + Math.log(0.75)) / 3)
                    .mistakeNumber("lambda is missing", () -> Math.log(2))
                    .explain());
        });
        double[][] depth2 = {{0.8, 0.2}};
        double two = SpeculativeDecoding.mtpLoss(new double[][][] {depth1, depth2}, tokens, 0.3);
        // L_2 = -ln 0.8 / 3; average over D = 2 depths
        double expectedTwo = 0.3 / 2 * (Math.log(2) - Math.log(0.8) / 3);
        Approx.difference("loss of two depths", two, expectedTwo, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(two, expectedTwo, Tolerance.DEFAULT).called("loss")
                    .mistakeNumber("the depths were summed, not averaged (1/D is missing)",
                            () -> 0.3 * (Math.log(2) - Math.log(0.8) / 3))
                    .explain());
        });
        assertThat(SpeculativeDecoding.mtpLoss(new double[][][] {{{0, 1}}}, new int[] {0, 0, 1}, 0.1))
                .as("certain, correct predictions cost nothing").isZero();
        assertThat(SpeculativeDecoding.mtpLoss(new double[][][] {{{1, 0}}}, new int[] {0, 0, 1}, 0.1))
                .as("probability 0 on the true token").isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Provide
    Arbitrary<double[][][]> predictions() {
        return CourseArbitraries.smallInts(1, 2).flatMap(depths -> CourseArbitraries.smallInts(depths + 1, 5)
                .flatMap(positions -> CourseArbitraries.smallInts(2, 4).flatMap(v -> {
                    Arbitrary<double[]> row = CourseArbitraries.probabilityVector(v, false);
                    return Combinators.combine(row.array(double[][].class).ofSize(positions - 1),
                                    row.array(double[][].class).ofSize(Math.max(positions - 2, 1)))
                            .as((first, second) -> depths == 1 ? new double[][][] {first}
                                    : new double[][][] {first, second});
                })));
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "On any valid input the MTP loss is lambda / D * sum_k -(1/T) sum_i log P_k[i][t_{i+1+k}], which is "
            + ">= 0 because every log-probability is <= 0.",
            zh = "在任何合法输入上，MTP 损失都是 lambda / D * sum_k -(1/T) sum_i log P_k[i][t_{i+1+k}]；因为每个对数概率都 <= 0，"
                    + "所以它 >= 0。")
    void mtpLossFollowsItsDefinition(@ForAll("predictions") double[][][] p, @ForAll long seed) {
        int positions = p[0].length + 1;
        int v = p[0][0].length;
        int[] tokens = new java.util.Random(seed).ints(positions + 1, 0, v).toArray();
        double lambda = 0.3;
        double expected = 0;
        for (int k = 1; k <= p.length; k++) {
            for (int i = 0; i < p[k - 1].length; i++) {
                expected -= Math.log(p[k - 1][i][tokens[i + 1 + k]]) / positions;
            }
        }
        expected *= lambda / p.length;
        double loss = SpeculativeDecoding.mtpLoss(p, tokens, lambda);
        String problem = Approx.difference("MTP loss", loss, expected, Tolerance.DEFAULT).orElse(null);
        if (problem == null && loss < 0) {
            problem = "the MTP loss " + loss + " is negative";
        }
        assertThat(problem).withFailMessage("%s\n  for tokens %s and predictions %s", problem,
                Arrays.toString(tokens), Arrays.deepToString(p)).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "mtpLoss throws IllegalArgumentException for no depth, fewer than D + 2 tokens, a depth without "
            + "exactly T - k rows, rows of different lengths, a probability outside [0, 1], a row not summing to 1 "
            + "within 1e-9, a token outside the vocabulary, and a negative or non-finite lambda.",
            zh = "mtpLoss 在以下情况抛出 IllegalArgumentException：没有深度、token 少于 D + 2 个、某深度的行数不是恰好 T - k、"
                    + "各行长度不同、概率不在 [0, 1] 内、某行之和与 1 相差超过 1e-9、token 不在词表内、lambda 为负或非有限。")
    void mtpLossRejectsInvalidInput() {
        double[][] ok = {{0.5, 0.5}, {0.5, 0.5}};
        int[] tokens = {0, 1, 1, 0};
        Map<String, Runnable> bad = new LinkedHashMap<>();
        bad.put("no depth", () -> SpeculativeDecoding.mtpLoss(new double[0][][], tokens, 0.3));
        bad.put("2 tokens for 1 depth (nothing to predict)", () -> SpeculativeDecoding.mtpLoss(
                new double[][][] {{}}, new int[] {0, 1}, 0.3));
        bad.put("3 tokens for 2 depths", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{{0.5, 0.5}},
            {{0.5, 0.5}}}, new int[] {0, 1, 0}, 0.3));
        bad.put("depth 1 with 3 rows where T - k = 2", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{{0.5, 0.5},
            {0.5, 0.5}, {0.5, 0.5}}}, tokens, 0.3));
        bad.put("rows of 2 and 3 entries", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{{0.5, 0.5},
            {0.2, 0.3, 0.5}}}, tokens, 0.3));
        bad.put("a probability of 1.5", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{{1.5, -0.5},
            {0.5, 0.5}}}, tokens, 0.3));
        bad.put("a probability of -0.1 in a row summing to 1", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{
            {-0.1, 0.5, 0.6}, {0.2, 0.3, 0.5}}}, tokens, 0.3));
        bad.put("a row summing to 0.9", () -> SpeculativeDecoding.mtpLoss(new double[][][] {{{0.4, 0.5},
            {0.5, 0.5}}}, tokens, 0.3));
        bad.put("token 2 in a vocabulary of 2", () -> SpeculativeDecoding.mtpLoss(new double[][][] {ok},
                new int[] {0, 1, 2, 0}, 0.3));
        bad.put("token -1", () -> SpeculativeDecoding.mtpLoss(new double[][][] {ok}, new int[] {0, 1, 1, -1}, 0.3));
        bad.put("lambda -0.1", () -> SpeculativeDecoding.mtpLoss(new double[][][] {ok}, tokens, -0.1));
        bad.put("lambda NaN", () -> SpeculativeDecoding.mtpLoss(new double[][][] {ok}, tokens, Double.NaN));
        bad.put("lambda Infinity", () -> SpeculativeDecoding.mtpLoss(new double[][][] {ok}, tokens,
                Double.POSITIVE_INFINITY));
        bad.forEach((what, call) -> assertThatThrownBy(call::run).as(what)
                .isInstanceOf(IllegalArgumentException.class));
        assertThat(SpeculativeDecoding.mtpLoss(new double[][][] {{{0.1 + 0.2, 0.7}, {0.5, 0.5}}}, tokens, 0.3))
                .as("a row of 0.1 + 0.2 and 0.7 sums to 1 within 1e-9").isPositive();
        assertThat(SpeculativeDecoding.mtpLoss(new double[][][] {ok}, tokens, 0)).as("lambda = 0 is allowed").isZero();
    }
}
