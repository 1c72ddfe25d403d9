package course.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;

import course.clip.Generators.ZeroShotCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ZeroShotProperties {

    private static final double[] TEMPERATURES = {0.01, 0.07, 1, 100};

    @Provide
    Arbitrary<ZeroShotCase> anyCase() {
        return Generators.zeroShotCases();
    }

    @Provide
    Arbitrary<Double> tau() {
        return Generators.temperatures();
    }

    @Property
    @Points(2)
    @DependsOn("ZeroShotTests.classifyEncodesThePromptOfEveryLabel")
    @Hint(value = "Row i of the probabilities is softmax_j(cos(image i, prompt j) / tau): entries >= 0 that add up "
            + "to 1 over the labels. Normalise both the images and the prompt embeddings.",
            zh = "概率的第 i 行是 softmax_j(cos(图像 i, 提示 j) / tau)：元素 >= 0，对所有标签求和为 1。"
                    + "图像嵌入和提示嵌入都要归一化。")
    void probabilitiesAreTheSoftmaxOfScaledCosines(@ForAll("anyCase") ZeroShotCase c, @ForAll("tau") double tau) {
        double[][] actual = ZeroShot.classify(c.images(), c.labels(), c.encoder(), tau).probabilities().toArray();
        Optional<String> diff = Approx.difference("probabilities with tau = " + tau, actual,
                Oracle.softmaxRows(Oracle.cosines(c.images(), c.prompts()), tau), Tolerance.DEFAULT);
        String problem = diff.orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("ZeroShotTests.classifyEncodesThePromptOfEveryLabel")
    @Hint(value = "Dividing all logits of an image by the same tau > 0 keeps their order, so the predicted label "
            + "(the largest cosine) is the same for every temperature. Predict from the cosines (or the logits), "
            + "the lowest index on a tie.",
            zh = "把一张图像的所有 logit 都除以同一个 tau > 0 不改变它们的大小顺序，所以预测的标签（余弦最大者）"
                    + "对任何温度都相同。根据余弦（或 logit）做预测，平局时取下标最小者。")
    void predictionsDoNotDependOnTheTemperature(@ForAll("anyCase") ZeroShotCase c) {
        double[][] cos = Oracle.cosines(c.images(), c.prompts());
        String problem = null;
        List<Integer> first = null;
        for (int t = 0; t < TEMPERATURES.length && problem == null; t++) {
            List<Integer> predictions = ZeroShot.classify(c.images(), c.labels(), c.encoder(), TEMPERATURES[t])
                    .predictions();
            if (first == null) {
                first = new ArrayList<>(predictions);
            }
            for (int i = 0; i < cos.length && problem == null; i++) {
                int best = argmaxIfClear(cos[i]);
                // top cosines within round-off may rank either way once scaled: only clear cases must agree
                if (best >= 0 && !predictions.get(i).equals(first.get(i))) {
                    problem = "image " + i + " is predicted as label " + predictions.get(i) + " with tau = "
                            + TEMPERATURES[t] + " but as label " + first.get(i) + " with tau = " + TEMPERATURES[0];
                } else if (best >= 0 && predictions.get(i) != best) {
                    problem = "image " + i + " is predicted as label " + predictions.get(i) + " with tau = "
                            + TEMPERATURES[t] + ", but its largest cosine is with label " + best + " (" + c.labels()
                            .get(best) + ")";
                }
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /** The index of the largest entry, or -1 when the top two are too close to rank without round-off. */
    private static int argmaxIfClear(double[] x) {
        int best = 0;
        for (int j = 1; j < x.length; j++) {
            if (x[j] > x[best]) {
                best = j;
            }
        }
        for (int j = 0; j < x.length; j++) {
            if (j != best && x[best] - x[j] < 1e-9) {
                return -1;
            }
        }
        return best;
    }
}
