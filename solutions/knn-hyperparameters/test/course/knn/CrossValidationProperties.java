package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

/**
 * Properties of CrossValidation on generated data sets (4 to 10 rows, two decimals, shrinking toward few rows and
 * coordinates near 1), checked against a brute-force cross-validation.
 */
class CrossValidationProperties {

    /** A cross-validation problem: data, number of folds and candidates that fit every fold. */
    record CvCase(Dataset data, int folds, List<Candidate> candidates) {
        @Override
        public String toString() {
            return folds + " folds, candidates " + candidates + ", " + data;
        }
    }

    @Provide
    Arbitrary<CvCase> cvCases() {
        Arbitrary<int[]> rawCandidate = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, Metric.values().length - 1)).as((k, m) -> new int[] {k, m});
        return Combinators.combine(
                        Generators.datasets(Generators.smoothCoordinate(), 2, 3, 4, 10, 3),
                        Arbitraries.integers().between(2, 5),
                        rawCandidate.list().ofMinSize(1).ofMaxSize(6))
                .as((data, foldsRaw, raw) -> {
                    int n = data.size();
                    int folds = 2 + (foldsRaw - 2) % (Math.min(5, n) - 1);
                    int smallestTraining = n - (n + folds - 1) / folds;
                    List<Candidate> candidates = raw.stream()
                            .map(r -> new Candidate(1 + (r[0] - 1) % smallestTraining, Metric.values()[r[1]]))
                            .toList();
                    return new CvCase(data, folds, candidates);
                });
    }

    @Property(tries = 50)
    @Points(2)
    @DependsOn("KnnProperties.predictionMatchesBruteForce")
    @Hint(value = "foldAccuracies and crossValidate must match a brute-force cross-validation: fold of row i = "
            + "i % folds; per fold, fit the scaler on the training rows only, transform training and validation rows "
            + "with it, fit a fresh KNN, and count correct validation predictions. Fitting the scaler on all rows "
            + "(leakage) or keeping rows from another fold changes the accuracies.",
            zh = "foldAccuracies 和 crossValidate 必须与暴力交叉验证一致：第 i 行属于第 i % folds 折；"
                    + "每一折只在训练行上拟合缩放器，用它变换训练行和验证行，拟合一个新的 KNN，统计验证行预测正确的个数。"
                    + "在全部行上拟合缩放器（泄漏）或保留其他折的行都会改变准确率。")
    void crossValidationMatchesBruteForce(@ForAll("cvCases") CvCase c) {
        Candidate candidate = c.candidates().get(0);
        Assume.that(Generators.unambiguousFolds(c.data(), c.folds(), candidate, Oracle.MIN_MAX));
        double[] expected = Oracle.foldAccuracies(c.data(), candidate, c.folds(), Oracle.MIN_MAX);
        double[] got = CrossValidation.foldAccuracies(c.data(), candidate, c.folds(), Oracle.MIN_MAX);
        Optional<String> problem = Approx.difference("fold accuracies", got, expected, Tolerance.DEFAULT)
                .map(d -> candidate + " with min-max scaling fitted per fold: " + d
                        + Mistakes.scalerFits(c.data(), candidate, c.folds()))
                .or(() -> {
                    double mean = CrossValidation.crossValidate(c.data(), candidate, c.folds(), Oracle.MIN_MAX);
                    return Approx.difference("crossValidate", mean, Arrays.stream(expected).average().orElseThrow(),
                            Tolerance.DEFAULT).map(d -> candidate + ": " + d + ", the mean of the fold accuracies "
                            + NumberText.show(expected));
                });
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn("crossValidationMatchesBruteForce")
    @Hint(value = "select must return the candidate with the highest mean fold accuracy; among candidates within "
            + "TIE_TOLERANCE of the best, the larger k, then the metric declared first in Metric.",
            zh = "select 必须返回平均折准确率最高的候选；与最优相差不超过 TIE_TOLERANCE 的候选中，取较大的 k，"
                    + "再取 Metric 中声明靠前的度量。")
    void selectReturnsTheBestMeanAccuracy(@ForAll("cvCases") CvCase c) {
        for (Candidate candidate : c.candidates()) {
            Assume.that(Generators.unambiguousFolds(c.data(), c.folds(), candidate, Scaler.NONE));
        }
        Candidate expected = Oracle.select(c.data(), c.candidates(), c.folds(), Scaler.NONE);
        Candidate got = CrossValidation.select(c.data(), c.candidates(), c.folds(), Scaler.NONE);
        List<String> scores = new ArrayList<>();
        for (Candidate candidate : c.candidates()) {
            scores.add(candidate + " -> " + NumberText.show(Oracle.meanAccuracy(c.data(), candidate, c.folds(),
                    Scaler.NONE)));
        }
        assertThat(got).withFailMessage("mean fold accuracies %s: expected %s, got %s", scores, expected, got)
                .isEqualTo(expected);
    }
}
