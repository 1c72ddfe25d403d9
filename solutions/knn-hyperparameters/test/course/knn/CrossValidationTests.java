package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class CrossValidationTests {

    @Test
    @Points(2)
    @DependsOn("KnnTests.nearestNeighboursInOrderWithIndexTieBreak")
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
        String setting = "x = [0, 1.1, 2.3, 3.6, 4.2, 5.9, 6.5], labels [0, 1, 1, 0, 1, 0, 0], 1-NN, 3 folds "
                + "{0, 3, 6}, {1, 4}, {2, 5}: ";
        Optional<String> problem = Approx.difference("fold accuracies", got, expected, Tolerance.DEFAULT)
                .map(d -> setting + d + Mistakes.scalerFits(data, c, 3))
                .or(() -> {
                    double mean = CrossValidation.crossValidate(data, c, 3, Scaler.NONE);
                    return Approx.difference("crossValidate", mean, 4.0 / 9, Tolerance.DEFAULT)
                            .map(d -> setting + d + ", the mean of the fold accuracies (1/3 + 0 + 1) / 3 (the pooled "
                                    + "accuracy 3/7 = 0.428571 is a different number)"
                                    + Mistakes.meanAccuracy(data, c, 3, Scaler.NONE, mean).explain());
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(2)
    @DependsOn("KnnTests.nearestNeighboursInOrderWithIndexTieBreak")
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
        List<List<Integer>> fitted = scaler.fits.stream()
                .map(fit -> RecordingScaler.indicesOf(data, Arrays.asList(fit.rows())).stream().sorted().toList())
                .toList();
        Optional<String> problem = fitted.stream().filter(seen -> !trainingParts.contains(seen)).findFirst()
                .map(seen -> "the scaler was fitted on rows " + seen + " of the data set; with 3 folds it may only "
                        + "be fitted on the training rows of one fold, i.e. one of " + trainingParts + " (fitting on "
                        + "all rows or on validation rows is leakage)");
        for (int f = 0; f < folds && problem.isEmpty(); f++) {
            List<Integer> part = trainingParts.get(f);
            List<Integer> validation = IntStream.of(Oracle.validationRows(data.size(), folds, f)).boxed().toList();
            boolean ok = false;
            for (int i = 0; i < fitted.size(); i++) {
                ok |= fitted.get(i).equals(part)
                        && RecordingScaler.indicesOf(data, scaler.fits.get(i).applied()).containsAll(validation);
            }
            if (!ok) {
                problem = Optional.of("fold " + f + ": its validation rows " + validation + " must be transformed "
                        + "by a scaler fitted on exactly its training rows " + part + "; no such fit was found "
                        + "among the fits on " + fitted);
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "When several candidates reach the same mean accuracy (within TIE_TOLERANCE), select prefers the "
            + "larger k, then the metric declared first in Metric (EUCLIDEAN, MANHATTAN, CHEBYSHEV, COSINE), then the "
            + "candidate that comes first in the list - not simply the first or last candidate of the list.",
            zh = "当多个候选的平均准确率相同（在 TIE_TOLERANCE 内）时，select 优先选择较大的 k，再选 Metric 中声明靠前的"
                    + "度量（EUCLIDEAN、MANHATTAN、CHEBYSHEV、COSINE），再选列表中靠前的候选——而不是简单地取列表中第一个或"
                    + "最后一个。")
    void tiedCandidatesPreferLargerKThenMetricOrder() {
        // every row has label 4: every candidate is right on every fold
        Dataset same = new Dataset(new double[][] {{1, 2}, {2, 1}, {3, 5}, {4, 4}, {5, 3}, {6, 7}}, new int[] {4, 4, 4,
                4, 4, 4});
        List<Candidate> candidates = List.of(new Candidate(1, Metric.EUCLIDEAN), new Candidate(3, Metric.COSINE),
                new Candidate(3, Metric.MANHATTAN), new Candidate(2, Metric.EUCLIDEAN), new Candidate(3, Metric.CHEBYSHEV),
                new Candidate(1, Metric.MANHATTAN));
        Candidate got = CrossValidation.select(same, candidates, 3, Scaler.NONE);
        Candidate first = new Candidate(2, Metric.CHEBYSHEV);
        List<Candidate> twins = List.of(new Candidate(1, Metric.EUCLIDEAN), first, new Candidate(2, Metric.CHEBYSHEV));
        Candidate gotTwin = CrossValidation.select(same, twins, 3, Scaler.NONE);
        Optional<String> problem = got.equals(new Candidate(3, Metric.MANHATTAN)) ? Optional.empty()
                : Optional.of("all candidates of " + candidates + " have accuracy 1: expected the largest k, then the "
                        + "first metric, Candidate[k=3, metric=MANHATTAN]; got " + got);
        if (problem.isEmpty() && gotTwin != first) {
            problem = Optional.of("all candidates of " + twins + " have accuracy 1, and the two equal best ones "
                    + "(k = 2, CHEBYSHEV) tie on k and metric too: select must return the one that comes first in "
                    + "the list (position 1), but returned " + (gotTwin == twins.get(2) ? "the one at position 2"
                    : gotTwin));
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @DependsOn("tiedCandidatesPreferLargerKThenMetricOrder")
    @Hint(value = "Mean accuracies within TIE_TOLERANCE = 1e-9 count as equal. Fractions such as 7/15 come out "
            + "differently in floating point depending on how the fold accuracies are added (0.8 + 0.4 + 0.2 and "
            + "0.6 + 0.8 + 0 differ in the last digit), so compare means with the tolerance, not with == or >, and "
            + "then apply the tie-break (the larger k).",
            zh = "平均准确率相差不超过 TIE_TOLERANCE = 1e-9 时视为相等。像 7/15 这样的分数在浮点数中的结果取决于各折准确率"
                    + "相加的方式（0.8 + 0.4 + 0.2 与 0.6 + 0.8 + 0 在最后一位不同），所以比较平均值要用这个容差，"
                    + "不能用 == 或 >，然后再按平局规则（较大的 k）选择。")
    void tieToleranceAbsorbsRoundingInTheMeans() {
        // 15 points on a line, 3 folds of 5: 3-NN gets fold accuracies (0.8, 0.4, 0.2), 5-NN (0.6, 0.8, 0); both
        // means are 7/15, but summed in fold order they are 0.46666666666666673 and 0.4666666666666666.
        double[] xs = {31, 35, 3, 18, 34, 10, 20, 24, 12, 27, 0, 25, 7, 13, 15};
        int[] labels = {0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1};
        double[][] rows = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new double[] {xs[i]};
        }
        Dataset data = new Dataset(rows, labels);
        List<Candidate> candidates = List.of(new Candidate(1, Metric.EUCLIDEAN), new Candidate(3, Metric.EUCLIDEAN),
                new Candidate(5, Metric.EUCLIDEAN));
        Candidate got = CrossValidation.select(data, candidates, 3, Scaler.NONE);
        assertThat(got).withFailMessage("x = %s, labels %s, 3 folds, candidates %s: 3-NN and 5-NN both reach the "
                + "best mean accuracy 7/15 (fold accuracies 0.8, 0.4, 0.2 and 0.6, 0.8, 0; 1-NN %s), which differ "
                + "only by rounding, so they tie within TIE_TOLERANCE and the larger k wins: expected %s, got %s",
                NumberText.show(xs), Arrays.toString(labels), candidates,
                NumberText.show(Oracle.foldAccuracies(data, candidates.get(0), 3, Scaler.NONE)), candidates.get(2),
                got).isEqualTo(candidates.get(2));
    }

    @Test
    @Points(1)
    @DependsOn("foldsFollowRowIndexModuloFolds")
    @Hint(value = "The training rows of a fold are all the other rows in increasing row order (not grouped fold by "
            + "fold): the order decides distance ties, which go to the lower training index.",
            zh = "某一折的训练行是其余所有行，按行号递增排列（不是一折一折地分组排列）：距离相同时取训练下标较小者，"
                    + "所以顺序会影响结果。")
    void foldTrainingRowsKeepIncreasingRowOrder() {
        // folds {0, 3}, {1, 4}, {2, 5}. Row 0 (x = 5) is at distance 1 from row 2 (x = 4, label 1) and from row 4
        // (x = 6, label 2): with training rows 1, 2, 4, 5 the lower index (row 2) wins and row 0 (label 1) is
        // predicted right; grouped fold by fold (1, 4, 2, 5) row 4 comes first and it is predicted wrong.
        Dataset data = new Dataset(new double[][] {{5}, {20}, {4}, {40}, {6}, {30}}, new int[] {1, 0, 1, 0, 2, 0});
        double[] got = CrossValidation.foldAccuracies(data, new Candidate(1, Metric.MANHATTAN), 3, Scaler.NONE);
        Optional<String> problem = Approx.difference("fold accuracies", got, new double[] {1, 0.5, 1},
                Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("x = [5, 20, 4, 40, 6, 30], labels [1, 0, 1, 0, 2, 0], 1-NN (Manhattan), "
                + "3 folds: in fold 0 row 0 is as far from row 2 as from row 4, and with the training rows in "
                + "increasing order [1, 2, 4, 5] row 2 wins the tie; %s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for folds < 2 or folds > the number of rows, for a k larger than "
            + "a fold's training rows (Knn.fit does that), and for select with an empty list of candidates.",
            zh = "folds < 2 或 folds 大于行数、k 大于某一折的训练行数（由 Knn.fit 检查）、select 的候选列表为空时，"
                    + "都要抛出 IllegalArgumentException。")
    void invalidArgumentsAreRejected() {
        Dataset six = new Dataset(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}}, new int[] {0, 1, 0, 1, 0, 1});
        Candidate oneNn = new Candidate(1, Metric.EUCLIDEAN);
        Optional<String> problem = new Rejections()
                .mustThrow(IllegalArgumentException.class, "foldAccuracies with folds = 1",
                        () -> CrossValidation.foldAccuracies(six, oneNn, 1, Scaler.NONE))
                .mustThrow(IllegalArgumentException.class, "foldAccuracies with folds = 7 for 6 rows",
                        () -> CrossValidation.foldAccuracies(six, oneNn, 7, Scaler.NONE))
                .mustThrow(IllegalArgumentException.class, "crossValidate with folds = 0",
                        () -> CrossValidation.crossValidate(six, oneNn, 0, Scaler.NONE))
                .mustThrow(IllegalArgumentException.class, "foldAccuracies with k = 5 and 3 folds of 6 rows (4 "
                        + "training rows per fold)", () -> CrossValidation.foldAccuracies(six,
                        new Candidate(5, Metric.EUCLIDEAN), 3, Scaler.NONE))
                .mustThrow(IllegalArgumentException.class, "select with no candidates",
                        () -> CrossValidation.select(six, List.of(), 3, Scaler.NONE))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
