package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class AttentionTests {

    // 2 queries, 5 keys, d_k = 4, d_v = 3: every dimension differs, so a scale taken from the wrong one shows.
    private static final Matrix Q = Matrix.of(new double[][] {{1, 0, 1, 0}, {0, 2, 0, -1}});
    private static final Matrix K = Matrix.of(new double[][] {
        {1, 1, 0, 0}, {0, 1, 1, 0}, {2, 0, 0, 1}, {0, 0, -1, 1}, {1, -1, 1, -1}});
    private static final Matrix V = Matrix.of(new double[][] {
        {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {2, 2, 0}, {0, -1, 3}});

    @Test
    @Points(2)
    @DependsOn("SoftmaxTests.softmaxOfKnownLogits")
    @Hint(value = "Scaled dot-product attention: weights = softmax(Q K^T / sqrt(d_k)) with the softmax over each row, "
            + "output = weights V. d_k is the number of columns of Q and K (here 4, so the scores are halved). "
            + "Usual mistakes: no scaling, dividing by d_k instead of sqrt(d_k), a softmax over the columns.",
            zh = "缩放点积注意力：weights = softmax(Q K^T / sqrt(d_k))，softmax 按行做，output = weights V。"
                    + "d_k 是 Q 和 K 的列数（这里为 4，所以分数要除以 2）。常见错误：没有缩放、除以 d_k 而不是 sqrt(d_k)、"
                    + "按列做 softmax。")
    void attentionOnKnownExample() {
        AttentionResult result = Attention.scaledDotProductAttention(Q, K, V, false);
        double[][] expectedWeights = Oracle.weights(Q, K, 0.5, false);
        double[][] weights = result.weights().toArray();
        Optional<String> problem = Approx.difference("weights", weights, expectedWeights, Tolerance.DEFAULT)
                .map(d -> "attention of Q = " + Q + ", K = " + K + ": " + d
                        + Mistakes.weights(Q, K, V, false, weights).explain())
                .or(() -> Approx.difference("output", result.output().toArray(), Oracle.times(expectedWeights, V),
                        Tolerance.DEFAULT).map(d -> "the weights are right but the output is not weights V: " + d));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "Causal mask: query i may attend to keys 0..i only. Set the logits of keys j > i to -Infinity "
            + "BEFORE the softmax, so those weights are exactly 0 and each row still sums to 1; masking after the "
            + "softmax or hiding the past instead of the future are the usual mistakes.",
            zh = "因果掩码：查询 i 只能关注键 0..i。在 softmax 之前把 j > i 的 logit 设为 -Infinity，"
                    + "这样这些权重恰好为 0，每行仍然和为 1；在 softmax 之后再掩码、或者遮住过去而不是未来，是常见错误。")
    void causalMaskOnKnownExample() {
        // All-zero queries give equal scores, so whatever the scale each row is uniform over the keys it may see.
        Matrix q = Matrix.zeros(3, 2);
        Matrix k = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        Matrix v = Matrix.of(new double[][] {{3, 0}, {0, 3}, {6, 6}});
        AttentionResult result = Attention.scaledDotProductAttention(q, k, v, true);
        double[][] weights = result.weights().toArray();
        double third = 1.0 / 3;
        double[][] expected = {{1, 0, 0}, {0.5, 0.5, 0}, {third, third, third}};
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < weights.length && problem.isEmpty(); i++) {
            for (int j = i + 1; j < weights[i].length && problem.isEmpty(); j++) {
                if (weights[i][j] != 0.0) {
                    problem = Optional.of("with the causal mask, query " + i + " must not see the future key " + j
                            + ", but its weight is " + weights[i][j]);
                }
            }
        }
        problem = problem.or(() -> Approx.difference("weights", weights, expected, Tolerance.DEFAULT)
                        .map(d -> "causal attention with equal scores should spread each row evenly over keys 0..i: "
                                + d))
                .map(d -> d + Mistakes.weights(q, k, v, true, weights).explain())
                .or(() -> Approx.difference("output", result.output().toArray(),
                        new double[][] {{3, 0}, {1.5, 1.5}, {3, 3}}, Tolerance.DEFAULT)
                        .map(d -> "causal output (running mean of the value rows): " + d));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @DependsOn("SoftmaxTests.softmaxSurvivesHugeLogits")
    @Hint(value = "Large scores must not break attention: with Q and K entries around 30, Q K^T / sqrt(d_k) "
            + "reaches about +-1300; exp overflows (or all terms underflow to 0) unless the softmax subtracts each "
            + "row's max first. A NaN weight (or a Matrix rejecting NaN) is the sign.",
            zh = "分数很大时注意力也不能出错：Q 和 K 的元素约为 30 时，Q K^T / sqrt(d_k) 可达约 +-1300；"
                    + "除非 softmax 先减去每行的最大值，否则 exp 会上溢（或全部下溢为 0）。出现 NaN 权重"
                    + "（或 Matrix 拒绝 NaN）就是这个问题。")
    void attentionSurvivesHugeScores() {
        // Every row's scores are ties or differ by more than 1000, so the weights below hold for any positive
        // scale: only numerical stability is tested here.
        Matrix q = Matrix.of(new double[][] {{30, 30}, {-30, -30}, {30, -30}});
        Matrix k = Matrix.of(new double[][] {{30, 30}, {30, 30}, {-30, -30}});
        Matrix v = Matrix.of(new double[][] {{2, 0}, {4, 0}, {0, 8}});
        // Scores of -1800 everywhere: without the max subtraction every exp underflows to 0 and 0/0 is NaN.
        double third = 1.0 / 3;
        Optional<String> problem = stable(q, k, v, new double[][] {{0.5, 0.5, 0}, {0, 0, 1}, {third, third, third}})
                .or(() -> stable(Matrix.of(new double[][] {{-30, -30}}), Matrix.of(new double[][] {{30, 30}, {30, 30}}),
                        Matrix.of(new double[][] {{1}, {3}}), new double[][] {{0.5, 0.5}}));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    private static Optional<String> stable(Matrix q, Matrix k, Matrix v, double[][] expected) {
        AttentionResult result = Attention.scaledDotProductAttention(q, k, v, false);
        return Approx.difference("weights", result.weights().toArray(), expected, Tolerance.DEFAULT)
                .or(() -> Approx.difference("output", result.output().toArray(), Oracle.times(expected, v),
                        Tolerance.DEFAULT))
                .map(d -> "attention of Q = " + q + ", K = " + k + " (scores of size 1800): " + d);
    }

    @Test
    @Points(1)
    @Hint(value = "Check the shapes and throw IllegalArgumentException: Q and K need the same number of columns "
            + "(d_k), K and V the same number of rows (one value per key), and a causal mask needs as many queries "
            + "as keys.",
            zh = "检查形状并抛出 IllegalArgumentException：Q 和 K 的列数（d_k）必须相同，K 和 V 的行数必须相同"
                    + "（每个键对应一个值），因果掩码要求查询数等于键数。")
    void rejectsMismatchedShapes() {
        Matrix a23 = Matrix.zeros(2, 3);
        Matrix a24 = Matrix.zeros(2, 4);
        Matrix a33 = Matrix.zeros(3, 3);
        Optional<String> problem = new Rejections()
                .mustThrow(IllegalArgumentException.class, "Q is 2 x 3 but K is 2 x 4 (different d_k)",
                        () -> Attention.scaledDotProductAttention(a23, a24, a24, false))
                .mustThrow(IllegalArgumentException.class, "K has 3 rows but V has 2",
                        () -> Attention.scaledDotProductAttention(a23, a33, a23, false))
                .mustThrow(IllegalArgumentException.class, "causal mask with 2 queries and 3 keys",
                        () -> Attention.scaledDotProductAttention(a23, a33, a33, true))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
