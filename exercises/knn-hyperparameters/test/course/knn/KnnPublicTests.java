package course.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Public tests: a first check of Knn. The hidden tests check much more (see the README). */
class KnnPublicTests {

    @Test
    void distancesOnASmallExample() {
        double[] a = {0, 0};
        double[] b = {3, 4};
        assertThat(Knn.distance(Metric.EUCLIDEAN, a, b)).as("Euclidean [0, 0] to [3, 4]").isCloseTo(5, within(1e-9));
        assertThat(Knn.distance(Metric.MANHATTAN, a, b)).as("Manhattan [0, 0] to [3, 4]").isCloseTo(7, within(1e-9));
        assertThat(Knn.distance(Metric.CHEBYSHEV, a, b)).as("Chebyshev [0, 0] to [3, 4]").isCloseTo(4, within(1e-9));
        assertThat(Knn.distance(Metric.COSINE, new double[] {1, 0}, new double[] {2, 0}))
                .as("cosine distance of two vectors pointing the same way (1 - similarity 1)")
                .isCloseTo(0, within(1e-9));
        assertThat(Knn.distance(Metric.COSINE, new double[] {1, 0}, new double[] {0, 5}))
                .as("cosine distance of two orthogonal vectors (1 - similarity 0)")
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void kOneRecallsEveryTrainingPoint() {
        Dataset train = new Dataset(new double[][] {{0, 0}, {1, 0}, {0, 2}, {5, 5}}, new int[] {0, 1, 1, 2});
        Knn knn = new Knn(1, Metric.EUCLIDEAN);
        knn.fit(train);
        for (int i = 0; i < train.size(); i++) {
            assertThat(knn.predict(train.row(i)))
                    .as("k = 1: training row %d is its own nearest neighbour, so it must get its own label", i)
                    .isEqualTo(train.label(i));
        }
    }

    @Test
    void voteTieGoesToTheSmallerTotalDistance() {
        // query 0 on a line: label 1 at distances 1 and 9, label 5 at distances 3 and 4 -> two votes each,
        // totals 10 and 7, so label 5 wins
        Dataset train = new Dataset(new double[][] {{1}, {-3}, {4}, {-9}, {20}}, new int[] {1, 5, 5, 1, 1});
        Knn knn = new Knn(4, Metric.MANHATTAN);
        knn.fit(train);
        assertThat(knn.nearest(new double[] {0})).as("the 4 nearest rows of 0, nearest first").containsExactly(0, 1, 2, 3);
        assertThat(knn.predict(new double[] {0})).as("two votes each; label 5 is closer in total (7 < 10)").isEqualTo(5);
    }
}
