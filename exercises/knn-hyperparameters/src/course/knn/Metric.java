package course.knn;

/**
 * The distance metrics a {@link Knn} classifier can use; together with {@code k} they are its hyperparameters.
 *
 * <p>The enum only names the metrics; {@link Knn#distance(Metric, double[], double[])} computes them. For two
 * vectors {@code a} and {@code b} of the same length:
 * <ul>
 *   <li>{@link #EUCLIDEAN}: {@code sqrt(sum (a[i] - b[i])^2)}</li>
 *   <li>{@link #MANHATTAN}: {@code sum |a[i] - b[i]|}</li>
 *   <li>{@link #CHEBYSHEV}: {@code max |a[i] - b[i]|}</li>
 *   <li>{@link #COSINE}: {@code 1 - (a . b) / (|a| |b|)}, i.e. one minus the cosine <em>similarity</em>, so that
 *       vectors pointing the same way are at distance 0 and opposite vectors at distance 2. The direction of a
 *       zero vector is undefined: if exactly one of the two vectors is zero the distance is 1 (similarity taken
 *       as 0); if both are zero the distance is 0.</li>
 * </ul>
 *
 * <p>The declaration order below is the order used to break ties between equally good candidates in
 * {@link CrossValidation#select}.
 */
public enum Metric {
    /** Straight-line distance, the square root of the summed squared differences. */
    EUCLIDEAN,
    /** City-block distance, the sum of the absolute differences. */
    MANHATTAN,
    /** The largest absolute difference over the features. */
    CHEBYSHEV,
    /** One minus the cosine similarity; compares directions, ignores lengths. */
    COSINE
}
