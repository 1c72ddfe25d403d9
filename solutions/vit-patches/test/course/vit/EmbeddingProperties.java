package course.vit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;

import course.tensor.Image;
import course.vit.Generators.EmbeddingCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EmbeddingProperties {

    @Provide
    Arbitrary<EmbeddingCase> anyEmbedding() {
        return Generators.embeddingCases();
    }

    @Property
    @Points(2)
    @Hint(value = "The token matrix has one row per patch plus one for [CLS], N + 1 = (H / P)(W / P) + 1 rows, and D "
            + "columns (the columns of E).",
            zh = "token 矩阵每个块一行，再加 [CLS] 一行，共 N + 1 = (H / P)(W / P) + 1 行，列数为 D（E 的列数）。")
    void tokenCountIsPatchesPlusOne(@ForAll("anyEmbedding") EmbeddingCase c) {
        int p = c.weights().patchSize();
        int expected = (c.image().height() / p) * (c.image().width() / p) + 1;
        String shape = PatchEmbedding.embed(c.image(), c.weights()).shape();
        String want = expected + " x " + c.weights().embeddingDim();
        assertThat(shape).withFailMessage("embed of a %s image with P = %d is %s but should be %s ((H / P)(W / P) "
                + "patch tokens and [CLS])", c.image().shape(), p, shape, want).isEqualTo(want);
    }

    @Property
    @Points(3)
    @DependsOn("PatchesProperties.patchifyFollowsTheStatedOrder")
    @Hint(value = "Token 0 is [CLS] + E_pos[0]; token n + 1 is (patch n) E + E_pos[n + 1]. Patches are taken from "
            + "your own patchify here, so only the embedding is checked.",
            zh = "第 0 个 token 是 [CLS] + E_pos[0]；第 n + 1 个 token 是 (第 n 块) E + E_pos[n + 1]。"
                    + "这里的块取自你自己的 patchify，因此只检查嵌入本身。")
    void embeddingIsProjectionPlusPositions(@ForAll("anyEmbedding") EmbeddingCase c) {
        double[][] patches = Patches.patchify(c.image(), c.weights().patchSize()).toArray();
        double[][] actual = PatchEmbedding.embed(c.image(), c.weights()).toArray();
        Optional<String> diff = Approx.difference("tokens", actual, Oracle.embedding(patches, c.weights()),
                Tolerance.DEFAULT);
        String problem = diff.map(d -> d + Oracle.diagnoseEmbedding(patches, c.weights(), actual)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn({"PatchesProperties.patchifyFollowsTheStatedOrder", "embeddingIsProjectionPlusPositions"})
    @Hint(value = "The embedding of a patch is (its P x P block of pixels) E + its position embedding: it must not "
            + "change when pixels outside that block change. Here every pixel outside patch n gets a new value and "
            + "token n + 1 must stay the same.",
            zh = "一个块的嵌入是（它自己的 P x P 像素块）乘 E，再加它的位置嵌入：块外的像素改变时它不能变。"
                    + "这里把第 n 块以外的所有像素都换成新值，第 n + 1 个 token 必须保持不变。")
    void patchTokenDependsOnlyOnItsPatch(@ForAll("anyEmbedding") EmbeddingCase c) {
        Image x = c.image();
        int p = c.weights().patchSize();
        int perRow = x.width() / p;
        double[][] before = PatchEmbedding.embed(x, c.weights()).toArray();
        String problem = null;
        for (int n = 0; n < before.length - 1 && problem == null; n++) {
            double[][][] other = x.toArray();
            for (int row = 0; row < x.height(); row++) {
                for (int col = 0; col < x.width(); col++) {
                    boolean inside = row / p == n / perRow && col / p == n % perRow;
                    for (int ch = 0; ch < x.channels() && !inside; ch++) {
                        other[row][col][ch] = -other[row][col][ch] - 1;
                    }
                }
            }
            double[][] after = PatchEmbedding.embed(Image.of(other), c.weights()).toArray();
            Optional<String> diff = Approx.difference("token " + (n + 1), after[n + 1], before[n + 1],
                    Tolerance.DEFAULT);
            if (diff.isPresent()) {
                problem = "every pixel outside patch " + n + " changed (v -> -v - 1) and token " + (n + 1)
                        + " changed with them: " + diff.get();
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
