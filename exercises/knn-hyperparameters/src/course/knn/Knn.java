package course.knn;

import java.util.Objects;

/**
 * A k-nearest-neighbour classifier.
 *
 * <p>KNN is non-parametric: {@link #fit(Dataset)} learns no weights, it only remembers the training set, and all
 * the work happens in {@link #predict(double[])}. Its hyperparameters, fixed before fitting, are {@code k} and the
 * {@link Metric}; the number of training rows is a property of the data, not a hyperparameter.
 *
 * <p>Tie-break rules (they make every prediction unique):
 * <ol>
 *   <li>Neighbours are ordered by distance to the query; equal distances are ordered by the lower training row
 *       index.</li>
 *   <li>Among the {@code k} nearest neighbours, the label with the most votes wins; between labels with equally
 *       many votes, the one whose neighbours have the smallest total distance to the query wins; if that is
 *       equal too, the smallest label wins.</li>
 * </ol>
 */
public final class Knn {

    private final int k;
    private final Metric metric;
    // TODO: add the field(s) that remember the training set

    /**
     * Creates an unfitted classifier.
     *
     * @param k      the number of neighbours that vote, at least 1
     * @param metric the distance metric
     */
    public Knn(int k, Metric metric) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    /** Returns the number of neighbours that vote. */
    public int k() {
        return k;
    }

    /** Returns the distance metric. */
    public Metric metric() {
        return metric;
    }

    /**
     * Computes the distance between two vectors under the given metric (see {@link Metric} for the formulas).
     *
     * <p>For {@link Metric#COSINE} the distance is {@code 1 - cosine similarity}: the similarity itself is large
     * for vectors pointing the same way, so using it as a distance would make the nearest neighbour the farthest.
     * Mind the zero-vector rule documented on {@link Metric#COSINE}.
     *
     * @param metric the metric
     * @param a      a vector; not modified
     * @param b      a vector of the same length; not modified
     * @return the distance, {@code >= 0} (up to rounding for {@link Metric#COSINE}); 0 for equal vectors
     * @throws IllegalArgumentException if the vectors differ in length
     */
    public static double distance(Metric metric, double[] a, double[] b) {
        throw new UnsupportedOperationException("TODO Knn.distance");
    }

    /**
     * Remembers the training set, replacing whatever an earlier call remembered.
     *
     * @param train the training set
     * @throws IllegalArgumentException if {@code k} is larger than the number of training rows
     */
    public void fit(Dataset train) {
        throw new UnsupportedOperationException("TODO Knn.fit");
    }

    /**
     * Returns the training row indices of the {@code k} nearest neighbours of the query, nearest first, equal
     * distances ordered by the lower index.
     *
     * <p>The query is not a training row: if it happens to equal one, that row is at distance 0 and is a
     * neighbour like any other (so with {@code k = 1} a training point is its own nearest neighbour).
     *
     * @param query a feature vector with as many features as the training rows; not modified
     * @return exactly {@code k} distinct training row indices
     * @throws IllegalStateException    if {@link #fit(Dataset)} has not been called
     * @throws IllegalArgumentException if the query has the wrong number of features
     */
    public int[] nearest(double[] query) {
        throw new UnsupportedOperationException("TODO Knn.nearest");
    }

    /**
     * Predicts the label of a query by a majority vote of its {@code k} nearest neighbours, with the tie-break
     * rules described on the class.
     *
     * @param query a feature vector with as many features as the training rows; not modified
     * @return the predicted label
     * @throws IllegalStateException    if {@link #fit(Dataset)} has not been called
     * @throws IllegalArgumentException if the query has the wrong number of features
     */
    public int predict(double[] query) {
        throw new UnsupportedOperationException("TODO Knn.predict");
    }
}
