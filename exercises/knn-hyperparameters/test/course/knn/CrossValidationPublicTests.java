package course.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Public tests: a first check of Standardizer and CrossValidation. */
class CrossValidationPublicTests {

    @Test
    void standardizerCentresAndScales() {
        FeatureTransform t = new Standardizer().fit(new double[][] {{1, 10}, {3, 30}}); // mean [2, 20], std [1, 10]
        double[] low = t.apply(new double[] {1, 10});
        double[] high = t.apply(new double[] {3, 30});
        assertThat(low[0]).as("feature 0 of [1, 10]").isCloseTo(-1, within(1e-9));
        assertThat(low[1]).as("feature 1 of [1, 10]").isCloseTo(-1, within(1e-9));
        assertThat(high[0]).as("feature 0 of [3, 30]").isCloseTo(1, within(1e-9));
        assertThat(high[1]).as("feature 1 of [3, 30]").isCloseTo(1, within(1e-9));
    }

    @Test
    void scalerSeesOnlyTrainingRows() {
        // 6 rows, 2 folds: fold 0 = rows {0, 2, 4}, fold 1 = rows {1, 3, 5}; feature 0 is the row index
        double[][] rows = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}};
        Dataset data = new Dataset(rows, new int[] {0, 1, 0, 1, 0, 1});
        List<List<Integer>> fitted = new ArrayList<>();
        Scaler recording = fitRows -> {
            fitted.add(Arrays.stream(fitRows).map(r -> (int) r[0]).sorted().toList());
            return row -> row.clone();
        };
        double[] acc = CrossValidation.foldAccuracies(data, new Candidate(1, Metric.EUCLIDEAN), 2, recording);
        assertThat(acc).as("one accuracy per fold").hasSize(2);
        List<List<Integer>> trainingParts = List.of(List.of(1, 3, 5), List.of(0, 2, 4));
        assertThat(fitted).as("every fit of the scaler must see exactly the training rows of one fold "
                + "(fold 0 trains on rows [1, 3, 5], fold 1 on rows [0, 2, 4]); it saw %s", fitted)
                .allMatch(trainingParts::contains)
                .containsAll(trainingParts);
    }
}
