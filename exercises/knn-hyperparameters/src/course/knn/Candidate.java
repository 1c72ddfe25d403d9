package course.knn;

import java.util.Objects;

/**
 * One hyperparameter setting of a KNN classifier, a point of the grid that cross-validation searches.
 *
 * @param k      the number of neighbours that vote, at least 1
 * @param metric the distance metric, not null
 */
public record Candidate(int k, Metric metric) {

    /** Checks that {@code k >= 1} and that the metric is given. */
    public Candidate {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        Objects.requireNonNull(metric, "metric");
    }
}
