package course.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class ZeroShotTests {

    /**
     * An encoder that writes down every text it is asked for and returns the embedding of the label the text ends
     * with, so that only {@link #classifyEncodesThePromptOfEveryLabel()} checks the prompt's wording.
     */
    private static final class RecordingEncoder implements TextEncoder {
        private final Map<String, double[]> byLabel;
        private final List<String> asked = new ArrayList<>();

        RecordingEncoder(Map<String, double[]> byLabel) {
            this.byLabel = byLabel;
        }

        @Override
        public double[] encode(String text) {
            asked.add(text);
            return byLabel.entrySet().stream().filter(e -> text.endsWith(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the test encoder knows the labels "
                            + byLabel.keySet() + " but found none at the end of '" + text + "'"))
                    .getValue().clone();
        }
    }

    private static RecordingEncoder petsAndCars() {
        return new RecordingEncoder(Map.of("cat", new double[] {1, 0}, "dog", new double[] {0, 1},
                "car", new double[] {-1, 0}));
    }

    @Test
    @Points(1)
    @Hint(value = "CLIP's prompt template is \"a photo of a {label}\": prompt(\"dog\") is \"a photo of a dog\" (one "
            + "space between words, nothing added at the end).",
            zh = "CLIP 的提示模板是 \"a photo of a {label}\"：prompt(\"dog\") 是 \"a photo of a dog\""
                    + "（单词之间一个空格，末尾不加任何东西）。")
    void promptIsAPhotoOfALabel() {
        assertThat(ZeroShot.prompt("dog")).isEqualTo("a photo of a dog");
        assertThat(ZeroShot.prompt("traffic light")).isEqualTo("a photo of a traffic light");
    }

    @Test
    @Points(1)
    @DependsOn("promptIsAPhotoOfALabel")
    @Hint(value = "classify must embed each label's prompt, not the bare label: call the encoder once per label, in "
            + "label order, with prompt(label).",
            zh = "classify 必须嵌入每个标签的提示语，而不是裸标签：按标签顺序、每个标签调用一次编码器，参数为 "
                    + "prompt(label)。")
    void classifyEncodesThePromptOfEveryLabel() {
        RecordingEncoder encoder = petsAndCars();
        ZeroShot.classify(Matrix.of(new double[][] {{1, 1}}), List.of("dog", "car", "cat"), encoder, 0.07);
        assertThat(encoder.asked).as("the texts classify asked the encoder for")
                .containsExactly("a photo of a dog", "a photo of a car", "a photo of a cat");
    }

    @Test
    @Points(1)
    @DependsOn("classifyEncodesThePromptOfEveryLabel")
    @Hint(value = "Probabilities: row i is softmax_j(cos(image i, prompt j) / tau), a distribution over the labels; "
            + "the prediction is the label with the largest cosine.",
            zh = "概率：第 i 行是 softmax_j(cos(图像 i, 提示 j) / tau)，是对所有标签的分布；预测是余弦最大的标签。")
    void classifyOnAKnownExample() {
        // image 0 = [3, 1]: cosines 3/sqrt(10), 1/sqrt(10), -3/sqrt(10) with cat, dog, car; image 1 = [0, 2]: 0, 1, 0
        Matrix images = Matrix.of(new double[][] {{3, 1}, {0, 2}});
        double tau = 0.5;
        double r = Math.sqrt(10);
        double[][] logits = {{3 / r / tau, 1 / r / tau, -3 / r / tau}, {0, 1 / tau, 0}};
        double[][] expected = new double[2][3];
        for (int i = 0; i < 2; i++) {
            double sum = 0;
            for (double l : logits[i]) {
                sum += Math.exp(l);
            }
            for (int j = 0; j < 3; j++) {
                expected[i][j] = Math.exp(logits[i][j]) / sum;
            }
        }
        ZeroShotResult result = ZeroShot.classify(images, List.of("cat", "dog", "car"), petsAndCars(), tau);
        Approx.assertClose("probabilities", result.probabilities().toArray(), expected, Tolerance.DEFAULT);
        assertThat(result.predictions()).as("predictions").containsExactly(0, 1);
    }

    @Test
    @Points(1)
    @DependsOn("classifyEncodesThePromptOfEveryLabel")
    @Hint(value = "When two labels are equally similar to an image, the prediction is the one with the LOWER index "
            + "(compare with >, not >=, while scanning the labels in order).",
            zh = "当两个标签与图像同样相似时，预测取下标较小的那个（按顺序扫描标签时用 > 比较，而不是 >=）。")
    void tiesGoToTheLowestIndex() {
        RecordingEncoder encoder = new RecordingEncoder(Map.of("car", new double[] {-1, 0},
                "cat", new double[] {0, 1}, "kitten", new double[] {0, 1}, "dog", new double[] {1, 0}));
        ZeroShotResult result = ZeroShot.classify(Matrix.of(new double[][] {{0, 1}, {1, 1}, {1, -1}}),
                List.of("car", "cat", "kitten", "dog"), encoder, 0.07);
        // image 0 equals cat and kitten; image 1 is as close to cat as to dog; image 2 is closest to dog
        assertThat(result.predictions()).as("predictions with ties between cat/kitten and cat/dog")
                .containsExactly(1, 1, 3);
    }

    @Test
    @Points(1)
    @DependsOn("classifyOnAKnownExample")
    @Hint(value = "With tau = 1e-4 the logits are about 10^4: a softmax computed as exp(x_j) / sum exp(x) gives "
            + "Infinity / Infinity = NaN. Subtract the largest logit (or use logSumExp) first.",
            zh = "tau = 1e-4 时 logit 约为 10^4：直接按 exp(x_j) / sum exp(x) 计算 softmax 会得到 "
                    + "Infinity / Infinity = NaN。先减去最大的 logit（或使用 logSumExp）。")
    void probabilitiesSurviveATinyTemperature() {
        ZeroShotResult result = ZeroShot.classify(Matrix.of(new double[][] {{3, 1}}), List.of("cat", "dog", "car"),
                petsAndCars(), 1e-4);
        Approx.assertClose("probabilities with tau = 1e-4", result.probabilities().toArray(),
                new double[][] {{1, 0, 0}}, Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @Hint(value = "classify needs at least one label, a finite temperature > 0, and prompt embeddings with as many "
            + "dimensions as the image embeddings, none all zeros; throw IllegalArgumentException otherwise.",
            zh = "classify 需要至少一个标签、有限且 > 0 的温度，以及与图像嵌入维数相同且不全为零的提示嵌入；"
                    + "否则抛出 IllegalArgumentException。")
    void classifyRejectsInvalidInput() {
        Matrix image = Matrix.of(new double[][] {{1, 1}});
        assertThatIllegalArgumentException().as("classify with no labels")
                .isThrownBy(() -> ZeroShot.classify(image, List.of(), petsAndCars(), 0.07));
        for (double tau : new double[] {0, -0.07, Double.NaN}) {
            assertThatIllegalArgumentException().as("classify with tau = %s", tau)
                    .isThrownBy(() -> ZeroShot.classify(image, List.of("cat"), petsAndCars(), tau));
        }
        TextEncoder threeDims = text -> new double[] {1, 2, 3};
        assertThatIllegalArgumentException().as("classify 2-dimensional images with 3-dimensional prompts")
                .isThrownBy(() -> ZeroShot.classify(image, List.of("cat"), threeDims, 0.07));
        TextEncoder zeros = text -> new double[] {0, 0};
        assertThatIllegalArgumentException().as("classify with an all-zero prompt embedding")
                .isThrownBy(() -> ZeroShot.classify(image, List.of("cat"), zeros, 0.07));
    }
}
