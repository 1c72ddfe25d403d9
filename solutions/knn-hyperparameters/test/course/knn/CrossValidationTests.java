package course.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class CrossValidationTests {

    @Test
    @Points(2)
    @Hint(value = "Row i belongs to fold i % folds (not to contiguous blocks); each fold is validated by a KNN fitted "
            + "on all the other rows, never on its own rows; crossValidate is the mean of the fold accuracies (every "
            + "fold weighs the same), not the pooled accuracy over all rows.",
            zh = "第 i 行属于第 i % folds 折（不是连续分块）；每一折用在其余所有行上拟合的 KNN 来验证，绝不包含它自己的行；"
                    + "crossValidate 是各折准确率的平均（每折权重相同），不是所有行合并后的准确率。")
    void foldsFollowRowIndexModuloFolds() {
        // folds of 3: {0, 3, 6}, {1, 4}, {2, 5}; 1-NN on the line, no distance ties
        Dataset data = new Dataset(new double[][] {{0}, {1.1}, {2.3}, {3.6}, {4.2}, {5.9}, {6.5}},
                new int[] {0, 1, 1, 0, 1, 0, 0});
        Candidate c = new Candidate(1, Metric.EUCLIDEAN);
        double[] got = CrossValidation.foldAccuracies(data, c, 3, Scaler.NONE);
        double[] expected = {1.0 / 3, 0, 1};
        assertThat(got)
                .as("x = [0, 1.1, 2.3, 3.6, 4.2, 5.9, 6.5], labels [0, 1, 1, 0, 1, 0, 0], 1-NN, 3 folds "
                        + "{0, 3, 6}, {1, 4}, {2, 5}: expected fold accuracies %s, got %s", Arrays.toString(expected),
                        Arrays.toString(got))
                .hasSize(3);
        for (int f = 0; f < 3; f++) {
            assertThat(got[f])
                    .as("x = [0, 1.1, 2.3, 3.6, 4.2, 5.9, 6.5], labels [0, 1, 1, 0, 1, 0, 0], 1-NN, 3 folds "
                            + "{0, 3, 6}, {1, 4}, {2, 5}: expected fold accuracies %s, got %s", Arrays.toString(expected),
                            Arrays.toString(got))
                    .isCloseTo(expected[f], within(1e-12));
        }
        double mean = CrossValidation.crossValidate(data, c, 3, Scaler.NONE);
        assertThat(mean)
                .as("crossValidate is the mean of the fold accuracies (1/3 + 0 + 1) / 3 = 0.444..., got %s "
                        + "(the pooled accuracy 3/7 = 0.428... is a different number)", mean)
                .isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    @Points(3)
    @Hint(value = "Data leakage: the scaler must be fitted on the training rows of each fold only, and that same "
            + "fitted transform must be applied to the fold's validation rows. Fitting it on the whole data set "
            + "before splitting, or on the validation rows, lets the validation rows influence the model.",
            zh = "数据泄漏：缩放器只能在每一折的训练行上拟合，并用同一个拟合好的变换处理该折的验证行。"
                    + "在划分之前用整个数据集拟合，或在验证行上拟合，都会让验证行影响模型。")
    void scalerIsFittedOnTrainingRowsOnly() {
        Dataset data = new Dataset(
                new double[][] {{1, 200}, {2, 150}, {3, 400}, {4, 100}, {5, 300}, {6, 250}, {7, 50}},
                new int[] {0, 0, 1, 1, 0, 1, 0});
        int folds = 3;
        RecordingScaler scaler = new RecordingScaler(Oracle.MIN_MAX);
        CrossValidation.foldAccuracies(data, new Candidate(1, Metric.EUCLIDEAN), folds, scaler);
        List<List<Integer>> trainingParts = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            trainingParts.add(IntStream.of(Oracle.trainingRows(data.size(), folds, f)).boxed().toList());
        }
        for (RecordingScaler.Fit fit : scaler.fits) {
            List<Integer> seen = RecordingScaler.indicesOf(data, Arrays.asList(fit.rows())).stream().sorted().toList();
            assertThat(trainingParts)
                    .as("the scaler was fitted on rows %s of the data set; with 3 folds it may only be fitted on the "
                            + "training rows of one fold, i.e. one of %s (fitting on all rows or on validation rows is "
                            + "leakage)", seen, trainingParts)
                    .contains(seen);
        }
        for (int f = 0; f < folds; f++) {
            List<Integer> part = trainingParts.get(f);
            List<Integer> validation = IntStream.of(Oracle.validationRows(data.size(), folds, f)).boxed().toList();
            boolean ok = scaler.fits.stream().anyMatch(fit -> {
                List<Integer> seen = RecordingScaler.indicesOf(data, Arrays.asList(fit.rows())).stream().sorted()
                        .toList();
                return seen.equals(part) && RecordingScaler.indicesOf(data, fit.applied()).containsAll(validation);
            });
            assertThat(ok)
                    .as("fold %d: its validation rows %s must be transformed by a scaler fitted on exactly its "
                            + "training rows %s; no such fit was found among the fits on %s", f, validation, part,
                            scaler.fits.stream().map(fit -> RecordingScaler.indicesOf(data, Arrays.asList(fit.rows()))
                                    .stream().sorted().toList()).toList())
                    .isTrue();
        }
    }

    @Test
    @Points(1)
    @Hint(value = "When several candidates reach the same mean accuracy (within TIE_TOLERANCE), select prefers the "
            + "larger k, then the metric declared first in Metric (EUCLIDEAN, MANHATTAN, CHEBYSHEV, COSINE) - not "
            + "simply the first or last candidate of the list.",
            zh = "当多个候选的平均准确率相同（在 TIE_TOLERANCE 内）时，select 优先选择较大的 k，再选 Metric 中声明靠前的"
                    + "度量（EUCLIDEAN、MANHATTAN、CHEBYSHEV、COSINE）——而不是简单地取列表中第一个或最后一个。")
    void tiedCandidatesPreferLargerKThenMetricOrder() {
        // every row has label 4: every candidate is right on every fold
        Dataset same = new Dataset(new double[][] {{1, 2}, {2, 1}, {3, 5}, {4, 4}, {5, 3}, {6, 7}}, new int[] {4, 4, 4,
                4, 4, 4});
        List<Candidate> candidates = List.of(new Candidate(1, Metric.EUCLIDEAN), new Candidate(3, Metric.COSINE),
                new Candidate(3, Metric.MANHATTAN), new Candidate(2, Metric.EUCLIDEAN), new Candidate(3, Metric.CHEBYSHEV),
                new Candidate(1, Metric.MANHATTAN));
        Candidate got = CrossValidation.select(same, candidates, 3, Scaler.NONE);
        assertThat(got)
                .as("all candidates of %s have accuracy 1: expected the largest k, then the first metric, "
                        + "Candidate[k=3, metric=MANHATTAN]; got %s", candidates, got)
                .isEqualTo(new Candidate(3, Metric.MANHATTAN));
    }
}
