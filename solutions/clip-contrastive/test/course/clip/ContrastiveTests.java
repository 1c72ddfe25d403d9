package course.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class ContrastiveTests {

    private static final double SQRT_HALF = Math.sqrt(0.5);

    @Test
    @Points(1)
    @Hint(value = "L2 normalisation divides each row by its Euclidean length sqrt(sum_j x_j^2), so [3, 4] becomes "
            + "[0.6, 0.8]. A row of zeros has no direction: throw IllegalArgumentException.",
            zh = "L2 归一化把每一行除以它的欧氏长度 sqrt(sum_j x_j^2)，于是 [3, 4] 变成 [0.6, 0.8]。"
                    + "全零的行没有方向：抛出 IllegalArgumentException。")
    void normalizeRowsOnKnownRows() {
        double[][] actual = Contrastive.normalizeRows(Matrix.of(new double[][] {{3, 4}, {0, -2}, {1, 1}})).toArray();
        Approx.assertClose("normalizeRows([[3, 4], [0, -2], [1, 1]])", actual,
                new double[][] {{0.6, 0.8}, {0, -1}, {SQRT_HALF, SQRT_HALF}}, Tolerance.DEFAULT);
        assertThatIllegalArgumentException().as("normalizeRows of a matrix with a zero row")
                .isThrownBy(() -> Contrastive.normalizeRows(Matrix.of(new double[][] {{1, 2}, {0, 0}})));
    }

    @Test
    @Points(1)
    @Hint(value = "cos(a, b) = a . b / (|a| |b|): normalise the rows of both matrices, then multiply images by the "
            + "transposed texts. The result is n x m (images x texts); the embeddings must have the same dimension.",
            zh = "cos(a, b) = a . b / (|a| |b|)：先把两个矩阵的行都归一化，再用图像矩阵乘以转置的文本矩阵。"
                    + "结果是 n x m（图像数 x 文本数）；两种嵌入的维数必须相同。")
    void cosineSimilarityOnKnownEmbeddings() {
        Matrix images = Matrix.of(new double[][] {{2, 0}, {1, 1}});
        Matrix texts = Matrix.of(new double[][] {{0, 3}, {5, 5}, {-1, 0}});
        double[][] actual = Contrastive.cosineSimilarity(images, texts).toArray();
        double[][] expected = {{0, SQRT_HALF, -1}, {SQRT_HALF, 1, -SQRT_HALF}};
        Optional<String> diff = Approx.difference("similarities", actual, expected, Tolerance.DEFAULT);
        assertThat(diff).withFailMessage("cosineSimilarity(images [[2, 0], [1, 1]], texts [[0, 3], [5, 5], [-1, 0]]): "
                + "%s%s", diff.orElse(""), Oracle.diagnoseSimilarity(images, texts, actual)).isEmpty();
        assertThatIllegalArgumentException().as("cosineSimilarity of 2-dimensional images and 3-dimensional texts")
                .isThrownBy(() -> Contrastive.cosineSimilarity(images, Matrix.of(new double[][] {{1, 1, 1}})));
        assertThatIllegalArgumentException().as("cosineSimilarity with an all-zero text embedding")
                .isThrownBy(() -> Contrastive.cosineSimilarity(images, Matrix.of(new double[][] {{1, 0}, {0, 0}})));
    }

    @Test
    @Points(1)
    @Hint(value = "Logits are cosine similarities divided by the temperature tau, i.e. multiplied by the logit scale "
            + "1 / tau. CLIP starts training at tau = 0.07, a scale of about 14.29. A temperature must be finite and "
            + "> 0; throw IllegalArgumentException otherwise.",
            zh = "logit 是余弦相似度除以温度 tau，也就是乘以 logit 缩放因子 1 / tau。CLIP 训练开始时 tau = 0.07，"
                    + "缩放因子约为 14.29。温度必须有限且 > 0，否则抛出 IllegalArgumentException。")
    void logitScaleOfClipsInitialTemperature() {
        Approx.assertClose("logitScale(0.07)", Contrastive.logitScale(0.07), 14.285714285714286, Tolerance.DEFAULT);
        Approx.assertClose("logitScale(0.5)", Contrastive.logitScale(0.5), 2, Tolerance.DEFAULT);
        Approx.assertClose("logitScale(1)", Contrastive.logitScale(1), 1, Tolerance.DEFAULT);
        for (double tau : new double[] {0, -0.07, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException().as("logitScale(%s)", tau)
                    .isThrownBy(() -> Contrastive.logitScale(tau));
        }
    }

    @Test
    @Points(2)
    @Hint(value = "log(sum_j exp(x_j)) overflows when computed literally: exp(1000) is Infinity in double. Use "
            + "lse(x) = m + log(sum_j exp(x_j - m)) with m = max_j x_j: every exponent is then <= 0. Throw "
            + "IllegalArgumentException for an empty array, NaN or an infinity.",
            zh = "直接计算 log(sum_j exp(x_j)) 会溢出：在 double 中 exp(1000) 是 Infinity。使用 lse(x) = m + "
                    + "log(sum_j exp(x_j - m))，其中 m = max_j x_j：这样所有指数都 <= 0。"
                    + "对空数组、NaN 或无穷大抛出 IllegalArgumentException。")
    void logSumExpOnKnownAndHugeLogits() {
        double[][] cases = {{0}, {0, Math.log(3)}, {1000, 1000}, {-1000, -1001}, {800, -800}, {1e308, 1e308}};
        double[] expected = {0, Math.log(4), 1000 + Math.log(2), -1000 + Math.log1p(Math.exp(-1)), 800,
            1e308 + Math.log(2)};
        for (int i = 0; i < cases.length; i++) {
            Approx.assertClose("logSumExp(" + NumberText.show(cases[i]) + ")", Contrastive.logSumExp(cases[i]),
                    expected[i], Tolerance.DEFAULT);
        }
        double[][] invalid = {{}, {1, Double.NaN}, {Double.POSITIVE_INFINITY, 0}, {Double.NEGATIVE_INFINITY, 0}};
        for (double[] x : invalid) {
            assertThatIllegalArgumentException().as("logSumExp(%s)", NumberText.show(x))
                    .isThrownBy(() -> Contrastive.logSumExp(x));
        }
    }

    @Test
    @Points(2)
    @DependsOn({"cosineSimilarityOnKnownEmbeddings", "logitScaleOfClipsInitialTemperature"})
    @Hint(value = "Symmetric InfoNCE: with logits L = S / tau (S the cosine similarities, pair i on the diagonal), "
            + "loss = ( mean_i [lse(row i) - L_ii] + mean_j [lse(column j) - L_jj] ) / 2: a cross-entropy that picks "
            + "the right text for each image, averaged with one that picks the right image for each text.",
            zh = "对称 InfoNCE：logit 为 L = S / tau（S 是余弦相似度，第 i 对在对角线上），loss = ( mean_i [lse(第 i "
                    + "行) - L_ii] + mean_j [lse(第 j 列) - L_jj] ) / 2：为每张图像选对文本的交叉熵，与为每段文本选对"
                    + "图像的交叉熵取平均。")
    void lossOnAKnownBatch() {
        // S = [[1, c], [0, c]] with c = cos 45 degrees; rows and columns give different cross-entropies
        Matrix images = Matrix.of(new double[][] {{3, 0}, {0, 2}});
        Matrix texts = Matrix.of(new double[][] {{2, 0}, {1, 1}});
        double tau = 0.5;
        double c = SQRT_HALF / tau;
        double one = 1 / tau;
        double rows = (Math.log(Math.exp(one) + Math.exp(c)) - one) + (Math.log(1 + Math.exp(c)) - c);
        double cols = (Math.log(Math.exp(one) + 1) - one) + (Math.log(2 * Math.exp(c)) - c);
        double expected = (rows / 2 + cols / 2) / 2;
        double actual = Contrastive.loss(images, texts, tau);
        Optional<String> diff = Approx.difference("loss", actual, expected, Tolerance.DEFAULT);
        assertThat(diff).withFailMessage("loss(images [[3, 0], [0, 2]], texts [[2, 0], [1, 1]], tau = 0.5): %s%s",
                diff.orElse(""), Oracle.diagnoseLoss(images, texts, tau, actual)).isEmpty();
        Approx.assertClose("loss of a single pair (nothing to tell it apart from)", Contrastive.loss(
                Matrix.of(new double[][] {{1, 2}}), Matrix.of(new double[][] {{-3, 1}}), 0.07), 0, Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @DependsOn("lossOnAKnownBatch")
    @Hint(value = "With tau = 0.001 the logits are about 1000, and exp(1000) overflows: compute every cross-entropy "
            + "with your stable logSumExp (lse(x) - x_i), never as -log(exp(x_i) / sum_j exp(x_j)).",
            zh = "tau = 0.001 时 logit 约为 1000，exp(1000) 会溢出：每个交叉熵都要用你稳定的 logSumExp 计算"
                    + "（lse(x) - x_i），不要写成 -log(exp(x_i) / sum_j exp(x_j))。")
    void lossSurvivesHugeLogits() {
        // every image is paired with the wrong text: S = [[0, 1], [1, 0]], each cross-entropy is about 1 / tau
        Matrix images = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        Matrix swapped = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        Approx.assertClose("loss of two swapped pairs with tau = 0.001", Contrastive.loss(images, swapped, 0.001),
                1000 + Math.log1p(Math.exp(-1000)), Tolerance.DEFAULT);
        Approx.assertClose("loss of two matching pairs with tau = 0.001", Contrastive.loss(images, images, 0.001),
                Math.log1p(Math.exp(-1000)), Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @Hint(value = "The loss needs one text per image (the same number of rows), embeddings of one dimension, no "
            + "all-zero row and a finite temperature > 0; throw IllegalArgumentException otherwise.",
            zh = "损失要求每张图像对应一段文本（行数相同）、两种嵌入维数相同、没有全零行、温度有限且 > 0；"
                    + "否则抛出 IllegalArgumentException。")
    void lossRejectsInvalidBatches() {
        Matrix two = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        Matrix[][] bad = {
            {two, Matrix.of(new double[][] {{1, 0}})},
            {two, Matrix.of(new double[][] {{1, 0, 0}, {0, 1, 0}})},
            {two, Matrix.of(new double[][] {{1, 0}, {0, 0}})},
        };
        String[] why = {"2 images, 1 text", "2 and 3 dimensions", "an all-zero text embedding"};
        for (int i = 0; i < bad.length; i++) {
            Matrix[] b = bad[i];
            assertThatIllegalArgumentException().as("loss with %s", why[i])
                    .isThrownBy(() -> Contrastive.loss(b[0], b[1], 0.07));
        }
        for (double tau : new double[] {0, -1, Double.NaN}) {
            assertThatIllegalArgumentException().as("loss with tau = %s", tau)
                    .isThrownBy(() -> Contrastive.loss(two, two, tau));
        }
    }
}
