package course.knn;

/**
 * Z-score standardization: each feature {@code j} becomes {@code (x[j] - mean[j]) / std[j]}, where the mean and
 * the population standard deviation (divide by the number of rows {@code n}, not {@code n - 1}) are learnt from
 * the rows passed to {@link #fit(double[][])}.
 *
 * <p>Why: KNN compares raw distances, so without scaling a feature measured in large units (say, income in
 * yuan) drowns a feature measured in small ones (say, age in years).
 *
 * <p>A feature whose standard deviation is at most {@link #MIN_STD} is constant on the fitted rows; its scale is
 * taken as 1, so it becomes {@code x[j] - mean[j]} (0 on the fitted rows) instead of a division by zero.
 */
public final class Standardizer implements Scaler {

    /** Standard deviations at most this small count as 0 (a constant feature). */
    public static final double MIN_STD = 1e-12;

    /**
     * Learns the mean and population standard deviation of each feature of the given rows.
     *
     * <p>The returned transform must keep its own copy of the statistics: fitting again (on other rows) must
     * return a new transform and leave this one unchanged.
     *
     * @param rows at least one row, all of the same length; not modified
     * @return a transform that standardizes any row with the learnt statistics; later calls of {@code fit} do
     *         not change it
     * @throws IllegalArgumentException if there are no rows or the rows differ in length
     */
    @Override
    public FeatureTransform fit(double[][] rows) {
        throw new UnsupportedOperationException("TODO Standardizer.fit");
    }
}
