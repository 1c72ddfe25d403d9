package course.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;
import course.tensor.Image;
import course.tensor.ImageArbitraries;

class EmbeddingTests {

    @Test
    @Points(2)
    @DependsOn("PatchesTests.patchOrderOnSmallImages")
    @Hint(value = "z_0 = [x_class; x_1 E; ...; x_N E] + E_pos: token 0 is [CLS] (before the patches), token n + 1 is "
            + "patch n times E, and row t of E_pos is added to token t, [CLS] included.",
            zh = "z_0 = [x_class; x_1 E; ...; x_N E] + E_pos：第 0 个 token 是 [CLS]（在所有块之前），第 n + 1 个 "
                    + "token 是第 n 块乘以 E，E_pos 的第 t 行加到第 t 个 token 上，[CLS] 也不例外。")
    void embeddingOfAKnownImage() {
        // patches [1, 2, 5, 6] and [3, 4, 7, 8]; E adds the values of each patch column: [6, 8] and [10, 12]
        Image image = ImageArbitraries.counting(2, 4, 1);
        EmbeddingWeights w = new EmbeddingWeights(2,
                Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}}),
                Matrix.of(new double[][] {{0.5, -0.5}}),
                Matrix.of(new double[][] {{0, 1}, {10, 20}, {100, 200}}));
        double[][] expected = {{0.5, 0.5}, {16, 28}, {110, 212}};
        double[][] actual = PatchEmbedding.embed(image, w).toArray();
        Optional<String> diff = Approx.difference("tokens", actual, expected, Tolerance.DEFAULT);
        assertThat(diff).withFailMessage("embed of the 2 x 4 image [[1, 2, 3, 4], [5, 6, 7, 8]] with P = 2: %s%s",
                diff.orElse(""), Oracle.diagnoseEmbedding(Oracle.patches(image, 2), w, actual)).isEmpty();
    }

    @Test
    @Points(2)
    @DependsOn("PatchesTests.vitBaseImageGives196PatchesOf768")
    @Hint(value = "A 224 x 224 x 3 image with P = 16 gives 196 patch tokens plus [CLS]: 197 tokens of D values, "
            + "so E is 768 x D and E_pos is 197 x D.",
            zh = "224 x 224 x 3 的图像、P = 16，得到 196 个块 token 加上 [CLS]：共 197 个长度为 D 的 token，"
                    + "因此 E 是 768 x D，E_pos 是 197 x D。")
    void vitBaseImageGives197Tokens() {
        Image image = ImageArbitraries.counting(224, 224, 3);
        int d = 3;
        double[][] e = new double[768][d];
        for (int k = 0; k < 768; k++) {
            e[k][k % d] = 1.0 / (k + 1);
        }
        double[][] pos = new double[197][d];
        for (int t = 0; t < 197; t++) {
            pos[t][t % d] = t;
        }
        EmbeddingWeights w = new EmbeddingWeights(16, Matrix.of(e), Matrix.of(new double[][] {{7, 8, 9}}),
                Matrix.of(pos));
        Matrix tokens = PatchEmbedding.embed(image, w);
        assertThat(tokens.shape()).as("embed of a 224 x 224 x 3 image with P = 16, D = 3").isEqualTo("197 x 3");
        double[][] actual = tokens.toArray();
        Optional<String> diff = Approx.difference("tokens", actual,
                Oracle.embedding(Oracle.patches(image, 16), w), new Tolerance(1e-9, 1e-12));
        assertThat(diff).withFailMessage("embed of a 224 x 224 x 3 image with P = 16: %s%s", diff.orElse(""),
                Oracle.diagnoseEmbedding(Oracle.patches(image, 16), w, actual)).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "embed must check the weights against the image: P must divide H and W, E must have P * P * C rows "
            + "and E_pos must have N + 1 rows (one per patch plus one for [CLS]); throw IllegalArgumentException "
            + "otherwise.",
            zh = "embed 必须用图像检查权重：P 必须整除 H 和 W，E 必须有 P * P * C 行，E_pos 必须有 N + 1 行"
                    + "（每个块一行，再加 [CLS] 一行）；否则抛出 IllegalArgumentException。")
    void rejectsWeightsThatDoNotFitTheImage() {
        Image image = ImageArbitraries.counting(4, 4, 2);
        Matrix cls = Matrix.zeros(1, 2);
        EmbeddingWeights[] bad = {
            new EmbeddingWeights(3, Matrix.zeros(18, 2), cls, Matrix.zeros(2, 2)),
            new EmbeddingWeights(2, Matrix.zeros(4, 2), cls, Matrix.zeros(5, 2)),
            new EmbeddingWeights(2, Matrix.zeros(8, 2), cls, Matrix.zeros(4, 2)),
            new EmbeddingWeights(2, Matrix.zeros(8, 2), cls, Matrix.zeros(6, 2)),
        };
        String[] why = {"P = 3 does not divide 4", "E has 4 rows but a 2 x 2 x 2 patch has 8 values",
            "E_pos has 4 rows but 4 patches and [CLS] make 5 tokens", "E_pos has 6 rows for 5 tokens"};
        for (int i = 0; i < bad.length; i++) {
            EmbeddingWeights w = bad[i];
            assertThatIllegalArgumentException()
                    .as("embed of a 4 x 4 x 2 image should throw IllegalArgumentException: %s", why[i])
                    .isThrownBy(() -> PatchEmbedding.embed(image, w));
        }
    }
}
