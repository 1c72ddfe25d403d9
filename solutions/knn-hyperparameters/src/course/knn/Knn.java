package course.knn;

import java.util.Arrays;
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
    private Dataset train;

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
     * @param metric the metric
     * @param a      a vector; not modified
     * @param b      a vector of the same length; not modified
     * @return the distance, {@code >= 0} (up to rounding for {@link Metric#COSINE}); 0 for equal vectors
     * @throws IllegalArgumentException if the vectors differ in length
     */
    public static double distance(Metric metric, double[] a, double[] b) {
        Objects.requireNonNull(metric, "metric");
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        return switch (metric) {
            case EUCLIDEAN -> {
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    double d = a[i] - b[i];
                    sum += d * d;
                }
                yield Math.sqrt(sum);
            }
            case MANHATTAN -> {
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    sum += Math.abs(a[i] - b[i]);
                }
                yield sum;
            }
            case CHEBYSHEV -> {
                double max = 0;
                for (int i = 0; i < a.length; i++) {
                    max = Math.max(max, Math.abs(a[i] - b[i]));
                }
                yield max;
            }
            case COSINE -> cosineDistance(a, b);
        };
    }

    private static double cosineDistance(double[] a, double[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            // A zero vector has no direction: two zero vectors are the same point, one zero vector is "unrelated".
            return normA == normB ? 0 : 1;
        }
        // Similarity is large for close vectors; a distance must be small for them, hence 1 - similarity.
        return 1 - dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }

    /**
     * Remembers the training set, replacing whatever an earlier call remembered.
     *
     * @param train the training set
     * @throws IllegalArgumentException if {@code k} is larger than the number of training rows
     */
    public void fit(Dataset train) {
        Objects.requireNonNull(train, "train");
        if (k > train.size()) {
            throw new IllegalArgumentException("k = " + k + " but the training set has only " + train.size()
                    + " rows");
        }
        this.train = train; // Dataset is immutable, so keeping the reference is safe
    }

    /**
     * Returns the training row indices of the {@code k} nearest neighbours of the query, nearest first, equal
     * distances ordered by the lower index.
     *
     * @param query a feature vector with as many features as the training rows; not modified
     * @return exactly {@code k} distinct training row indices
     * @throws IllegalStateException    if {@link #fit(Dataset)} has not been called
     * @throws IllegalArgumentException if the query has the wrong number of features
     */
    public int[] nearest(double[] query) {
        double[] distances = distancesTo(query);
        Integer[] order = new Integer[distances.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Sorting by (distance, index) makes the result independent of how the sort treats equal keys.
        Arrays.sort(order, (i, j) -> {
            int byDistance = Double.compare(distances[i], distances[j]);
            return byDistance != 0 ? byDistance : Integer.compare(i, j);
        });
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = order[i];
        }
        return result;
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
        double[] distances = distancesTo(query);
        int[] neighbours = nearest(query);
        // Labels are arbitrary ints, so tally per neighbour instead of indexing an array by label.
        int bestLabel = 0;
        int bestVotes = -1;
        double bestTotal = 0;
        for (int n : neighbours) {
            int label = train.label(n);
            int votes = 0;
            double total = 0;
            for (int m : neighbours) {
                if (train.label(m) == label) {
                    votes++;
                    total += distances[m];
                }
            }
            boolean better = votes > bestVotes
                    || votes == bestVotes && (total < bestTotal || total == bestTotal && label < bestLabel);
            if (better) {
                bestLabel = label;
                bestVotes = votes;
                bestTotal = total;
            }
        }
        return bestLabel;
    }

    private double[] distancesTo(double[] query) {
        Objects.requireNonNull(query, "query");
        if (train == null) {
            throw new IllegalStateException("call fit before asking for neighbours or predictions");
        }
        if (query.length != train.dimension()) {
            throw new IllegalArgumentException("the query has " + query.length + " features but the training rows have "
                    + train.dimension());
        }
        double[] distances = new double[train.size()];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = distance(metric, query, train.row(i));
        }
        return distances;
    }
}
