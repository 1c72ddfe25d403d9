package course.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.clip.Generators.Batch;
import course.linalg.Matrix;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContrastiveProperties {

    /** The temperatures of the "toward 0" property, from large to small. */
    private static final double[] SHRINKING = {1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.001};

    @Provide
    Arbitrary<Batch> anyBatch() {
        return Generators.batches(1);
    }

    @Provide
    Arbitrary<Batch> severalPairs() {
        return Generators.batches(2);
    }

    @Provide
    Arbitrary<Batch> aligned() {
        return Generators.alignedBatches();
    }

    @Provide
    Arbitrary<Double> tau() {
        return Generators.temperatures();
    }

    @Provide
    Arbitrary<List<Double>> factors() {
        return Generators.factors(8);
    }

    @Provide
    Arbitrary<double[]> logits() {
        return CourseArbitraries.tenths(-5, 5).list().ofMinSize(1).ofMaxSize(6)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Provide
    Arbitrary<Double> offset() {
        return Arbitraries.of(0.0, 800.0, -800.0, 1e5);
    }

    @Property
    @Points(1)
    @Hint(value = "Entry (i, j) is cos(image i, text j) = a . b / (|a| |b|), a number in [-1, 1]: normalise the rows "
            + "of BOTH matrices before multiplying images by the transposed texts.",
            zh = "第 (i, j) 个元素是 cos(图像 i, 文本 j) = a . b / (|a| |b|)，取值在 [-1, 1]：在用图像矩阵乘以转置的"
                    + "文本矩阵之前，要把两个矩阵的行都归一化。")
    void cosineSimilarityMatchesTheDefinition(@ForAll("anyBatch") Batch b) {
        double[][] actual = Contrastive.cosineSimilarity(b.images(), b.texts()).toArray();
        Optional<String> diff = Approx.difference("similarities", actual, Oracle.cosines(b.images(), b.texts()),
                Tolerance.DEFAULT);
        String problem = diff.map(d -> d + Oracle.diagnoseSimilarity(b.images(), b.texts(), actual)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "lse(x + c) = lse(x) + c for every constant c, and max x <= lse(x) <= max x + log n. Subtract the "
            + "maximum before exponentiating, then add it back; exp(800) overflows and exp(-800) underflows to 0.",
            zh = "对任意常数 c 有 lse(x + c) = lse(x) + c，并且 max x <= lse(x) <= max x + log n。取指数前先减去最大值，"
                    + "最后再加回来；exp(800) 会上溢，exp(-800) 会下溢为 0。")
    void logSumExpIsShiftEquivariantAndStable(@ForAll("logits") double[] x, @ForAll("offset") double c) {
        double[] shifted = x.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += c;
        }
        double expected = Oracle.logSumExp(x) + c;
        double actual = Contrastive.logSumExp(shifted);
        String problem = Approx.difference("logSumExp(" + NumberText.show(shifted) + ")", actual, expected,
                new Tolerance(1e-9, 1e-12)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(3)
    @DependsOn("cosineSimilarityMatchesTheDefinition")
    @Hint(value = "The loss is (image-to-text + text-to-image) / 2, each the mean over the batch of lse(logits of the "
            + "row or column) - (the diagonal logit), with logits = cosines / tau. It is >= 0, because lse(x) >= "
            + "max x >= x_i.",
            zh = "损失是 (图像到文本 + 文本到图像) / 2，每一项都是对批次取平均的 lse(该行或该列的 logit) - (对角线上的 "
                    + "logit)，其中 logit = 余弦 / tau。它 >= 0，因为 lse(x) >= max x >= x_i。")
    void lossIsTheSymmetricInfoNceAndNonNegative(@ForAll("anyBatch") Batch b, @ForAll("tau") double tau) {
        double actual = Contrastive.loss(b.images(), b.texts(), tau);
        // -1e-12: a cross-entropy computed as -log(softmax) may come out a few ulps below 0
        String problem = actual >= -1e-12 ? null : "the loss is " + NumberText.show(actual) + " < 0 for tau = "
                + tau + "; every cross-entropy lse(x) - x_i is >= 0";
        if (problem == null) {
            problem = Approx.difference("loss with tau = " + tau, actual, Oracle.loss(b.images(), b.texts(), tau),
                    Tolerance.DEFAULT).map(d -> d + Oracle.diagnoseLoss(b.images(), b.texts(), tau, actual))
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("cosineSimilarityMatchesTheDefinition")
    @Hint(value = "The loss depends only on the directions of the embeddings: multiplying any image or text "
            + "embedding by a positive number must not change it. If it does, the embeddings are not L2-normalised "
            + "before the dot products.",
            zh = "损失只取决于嵌入的方向：把任何一个图像或文本嵌入乘以正数都不能改变它。如果变了，说明做点积之前没有对"
                    + "嵌入做 L2 归一化。")
    void lossIgnoresTheLengthOfEmbeddings(@ForAll("severalPairs") Batch b, @ForAll("tau") double tau,
            @ForAll("factors") List<Double> factors) {
        Matrix images = rescale(b.images(), factors, 0);
        Matrix texts = rescale(b.texts(), factors, 4);
        double before = Contrastive.loss(b.images(), b.texts(), tau);
        double after = Contrastive.loss(images, texts, tau);
        String problem = Approx.difference("loss after rescaling rows by " + factors, after, before,
                new Tolerance(1e-9, 1e-9)).map(d -> d + "\n  rescaled images = " + images + "\n  rescaled texts  = "
                + texts).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("lossIsTheSymmetricInfoNceAndNonNegative")
    @Hint(value = "When text i points exactly where image i points and the images point in different directions, "
            + "every diagonal logit 1 / tau beats the others by at least g / tau (g = 1 - the largest cosine of two "
            + "different pairs), so the loss falls strictly as tau shrinks and is at most (n - 1) exp(-g / tau).",
            zh = "当文本 i 与图像 i 方向完全相同、而各图像方向互不相同时，对角线上的 logit 1 / tau 比其他 logit 至少大 "
                    + "g / tau（g = 1 - 两个不同配对之间最大的余弦），所以 tau 变小时损失严格下降，且不超过 "
                    + "(n - 1) exp(-g / tau)。")
    void wellAlignedPairsDriveTheLossToZeroAsTauShrinks(@ForAll("aligned") Batch b) {
        int n = b.images().rows();
        double gap = Generators.alignmentGap(b.images());
        String problem = null;
        double previous = Double.POSITIVE_INFINITY;
        for (int t = 0; t < SHRINKING.length && problem == null; t++) {
            double tau = SHRINKING[t];
            double loss = Contrastive.loss(b.images(), b.texts(), tau);
            double bound = (n - 1) * Math.exp(-gap / tau) + 1e-12;
            if (!(loss < previous || loss == 0 && previous == 0)) {
                problem = "the loss did not fall as tau shrank: " + NumberText.show(previous) + " at tau = "
                        + SHRINKING[t - 1] + ", " + NumberText.show(loss) + " at tau = " + tau;
            } else if (!(loss <= bound)) {
                problem = "the loss at tau = " + tau + " is " + NumberText.show(loss) + ", above the bound (n - 1) "
                        + "exp(-g / tau) = " + NumberText.show(bound) + " for n = " + n + " aligned pairs with gap g = "
                        + NumberText.show(gap);
            }
            previous = loss;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(1)
    @DependsOn({"lossIsTheSymmetricInfoNceAndNonNegative", "logSumExpIsShiftEquivariantAndStable"})
    @Hint(value = "With tau = 1e-4 the logits reach 10^4 and exp of them overflows. The loss must still be finite "
            + "and exact: compute each cross-entropy as lse(x) - x_i with a stable log-sum-exp.",
            zh = "tau = 1e-4 时 logit 达到 10^4，它们的指数会溢出。损失仍必须有限且准确：每个交叉熵都用稳定的 "
                    + "log-sum-exp 计算为 lse(x) - x_i。")
    void lossIsFiniteForHugeLogits(@ForAll("severalPairs") Batch b) {
        double tau = 1e-4;
        double actual = Contrastive.loss(b.images(), b.texts(), tau);
        String problem = Double.isFinite(actual) ? Approx.difference("loss with tau = 1e-4", actual,
                Oracle.loss(b.images(), b.texts(), tau), new Tolerance(1e-6, 1e-9)).orElse(null)
                : "the loss with tau = 1e-4 is " + actual + "; exp(x) of logits near 10^4 overflows, use lse(x) - x_i";
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /** Row i of m multiplied by {@code factors.get(offset + i)}. */
    private static Matrix rescale(Matrix m, List<Double> factors, int offset) {
        double[][] a = m.toArray();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] *= factors.get(offset + i);
            }
        }
        return Matrix.of(a);
    }
}
