package course.knn;

import java.util.Objects;

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
     * @param rows at least one row, all of the same length; not modified
     * @return a transform that standardizes any row with the learnt statistics; later calls of {@code fit} do
     *         not change it
     * @throws IllegalArgumentException if there are no rows or the rows differ in length
     */
    @Override
    public FeatureTransform fit(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot fit a scaler on zero rows");
        }
        int dim = rows[0].length;
        double[] mean = new double[dim];
        for (double[] row : rows) {
            if (row.length != dim) {
                throw new IllegalArgumentException("rows of different lengths: " + dim + " and " + row.length);
            }
            for (int j = 0; j < dim; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= rows.length;
        }
        // Two passes (mean first, then squared deviations) avoid the cancellation of E[x^2] - E[x]^2.
        double[] scale = new double[dim];
        for (double[] row : rows) {
            for (int j = 0; j < dim; j++) {
                double d = row[j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (int j = 0; j < dim; j++) {
            double std = Math.sqrt(scale[j] / rows.length);
            scale[j] = std <= MIN_STD ? 1 : std;
        }
        return new Fitted(mean, scale);
    }

    /** The learnt statistics; the arrays are private to this record and never leave it. */
    private record Fitted(double[] mean, double[] scale) implements FeatureTransform {
        @Override
        public double[] apply(double[] row) {
            if (row.length != mean.length) {
                throw new IllegalArgumentException("the scaler was fitted on rows of " + mean.length
                        + " features, got a row of " + row.length);
            }
            double[] out = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                out[j] = (row[j] - mean[j]) / scale[j];
            }
            return out;
        }
    }
}
