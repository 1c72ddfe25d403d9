package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;
import course.linalg.VectorOracle;

/** MHA and MLA decoding of two tokens worked by hand, and the documented exceptions. */
class DecoderTests {

    private static final double SIN1 = Math.sin(1);
    private static final double COS1 = Math.cos(1);

    /**
     * One head, d_h = d_model = 2, all projections the identity; tokens x_0 = (1, 0), x_1 = (0, 1). Token 1's query
     * and key are RoPE((0, 1), 1) = (-sin 1, cos 1); token 0's key stays (1, 0). Scores of token 1: (-sin 1, 1) /
     * sqrt(2); its output is the softmax-weighted mix of the values (1, 0) and (0, 1).
     */
    @Test
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "Token t's query RoPE(x_t W^Q, t) attends to the cached keys of tokens 0..t, each rotated at its own "
            + "position when it was cached, scores divided by sqrt(d_h). Appending the new entry first lets the token "
            + "attend to itself.",
            zh = "token t 的查询 RoPE(x_t W^Q, t) 关注 0..t 号 token 的缓存键，每个键在缓存时已按它自己的位置旋转，"
                    + "分数除以 sqrt(d_h)。先追加新条目，token 才能关注到自己。")
    void mhaDecodingOfTwoHandTokens() {
        Matrix id = Matrix.identity(2);
        MhaDecoder decoder = new MhaDecoder(new MhaWeights(id, id, id, id, 1));
        double[] first = decoder.step(new double[] {1, 0});
        Approx.assertClose("output of token 0 (it sees only itself: its value (1, 0))", first, new double[] {1, 0},
                Tolerance.DEFAULT);
        double[] second = decoder.step(new double[] {0, 1});
        double[] p = softmax(-SIN1 / Math.sqrt(2), 1 / Math.sqrt(2));
        Approx.difference("output of token 1", second, p, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(second, p, Tolerance.DEFAULT).called("output")
                    .mistake(MhaProperties.POSITIONS_LOST, () -> softmax(0, 1 / Math.sqrt(2)))
                    .mistake("the scores were not divided by sqrt(d_h) = sqrt(2)", () -> softmax(-SIN1, 1))
                    .explain());
        });
        MhaEntry entry = decoder.cache().get(1);
        Approx.assertClose("cached key of token 1 (rotated at position 1)", entry.key(), new double[] {-SIN1, COS1},
                Tolerance.DEFAULT);
        Approx.assertClose("cached key of token 0 (position 0: unrotated)", decoder.cache().get(0).key(),
                new double[] {1, 0}, Tolerance.DEFAULT);
    }

    /**
     * One head, d_model = 2, d_c = d_h = 1, d_h^R = 2: c = x_0, k^C = c, v = 2c, q^C = x_0, q^R = x, k^R = x (before
     * RoPE), W^O = (1). Tokens (1, 0) and (0, 1): token 0's output is its value 2; token 1 has q^C = 0, q^R = k^R_1 =
     * (-sin 1, cos 1), k^R_0 = (1, 0), so its scores are (-sin 1, 1) / sqrt(1 + 2) and its output 2 p_0.
     */
    @Test
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "MLA caches c = x W^DKV and k^R = RoPE(x W^KR, position) per token. Scores add the content part "
            + "q^C . (c W^UK) and the RoPE part q^R . k^R, and are divided by sqrt(d_h + d_h^R); values are c W^UV.",
            zh = "MLA 对每个 token 缓存 c = x W^DKV 和 k^R = RoPE(x W^KR, position)。分数是内容部分 q^C . (c W^UK) 与 "
                    + "RoPE 部分 q^R . k^R 之和，再除以 sqrt(d_h + d_h^R)；值为 c W^UV。")
    void mlaDecodingOfTwoHandTokens() {
        Matrix first = Matrix.of(new double[][] {{1}, {0}});
        MlaWeights w = new MlaWeights(first, Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{2}}), first,
                Matrix.identity(2), Matrix.identity(2), Matrix.of(new double[][] {{1}}), 1);
        MlaDecoder decoder = new MlaDecoder(w);
        Approx.assertClose("output of token 0 (its value 2 c = 2)", decoder.step(new double[] {1, 0}),
                new double[] {2}, Tolerance.DEFAULT);
        double[] second = decoder.step(new double[] {0, 1});
        double expected = 2 * softmax(-SIN1 / Math.sqrt(3), 1 / Math.sqrt(3))[0];
        Approx.difference("output of token 1", second[0], expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + Diagnosis.of(second[0], expected, Tolerance.DEFAULT).called("output")
                    .mistakeNumber("the scores were divided by sqrt(d_h) = 1 instead of sqrt(d_h + d_h^R) = sqrt(3)",
                            () -> 2 * softmax(-SIN1, 1)[0])
                    .mistakeNumber(MhaProperties.POSITIONS_LOST, () -> 2 * softmax(0, 1 / Math.sqrt(3))[0])
                    .explain());
        });
        MlaEntry entry = decoder.cache().get(1);
        assertThat(decoder.cache().size()).as("entries after two tokens").isEqualTo(2);
        Approx.assertClose("cached latent of token 1", entry.latent(), new double[] {0}, Tolerance.DEFAULT);
        Approx.assertClose("cached RoPE key of token 1 (rotated at position 1)", entry.ropeKey(),
                new double[] {-SIN1, COS1}, Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @Hint(value = "step throws IllegalArgumentException for a token that does not have d_model entries, and "
            + "recompute for a matrix that does not have d_model columns (for MHA and MLA alike).",
            zh = "step 在 token 的元素个数不等于 d_model 时、recompute 在矩阵列数不等于 d_model 时抛出 "
                    + "IllegalArgumentException（MHA 与 MLA 都一样）。")
    void decodersRejectTokensOfTheWrongSize() {
        Matrix id = Matrix.identity(2);
        MhaWeights mha = new MhaWeights(id, id, id, id, 1);
        Matrix col = Matrix.of(new double[][] {{1}, {0}});
        MlaWeights mla = new MlaWeights(col, Matrix.of(new double[][] {{1}}), Matrix.of(new double[][] {{1}}), col,
                id, id, Matrix.of(new double[][] {{1}}), 1);
        assertThatThrownBy(() -> new MhaDecoder(mha).step(new double[3])).as("MHA step with 3 entries for d_model 2")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MhaDecoder.recompute(mha, Matrix.zeros(2, 3))).as("MHA recompute of 3 columns")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MlaDecoder(mla).step(new double[1])).as("MLA step with 1 entry for d_model 2")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MlaDecoder.recompute(mla, Matrix.zeros(1, 1))).as("MLA recompute of 1 column")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] softmax(double a, double b) {
        return VectorOracle.softmax(new double[] {a, b});
    }
}
