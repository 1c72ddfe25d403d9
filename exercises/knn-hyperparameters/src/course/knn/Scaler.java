package course.knn;

/**
 * A feature-scaling method, such as z-score standardization ({@link Standardizer}).
 *
 * <p>Fitting is separate from transforming on purpose: the statistics (means, spreads) are learnt from the
 * rows passed to {@link #fit(double[][])} only, and the returned {@link FeatureTransform} then applies those same
 * statistics to any row, including rows that were never seen while fitting. In cross-validation a scaler must
 * be fitted on the training folds only; fitting it on rows that are later used for validation leaks
 * information about them into the model.
 *
 * <p>Each call of {@code fit} returns a fresh, independent transform; a scaler keeps no state between calls.
 */
@FunctionalInterface
public interface Scaler {

    /** No scaling: the fitted transform returns a copy of each row unchanged. */
    Scaler NONE = rows -> row -> row.clone();

    /**
     * Learns the statistics of the given rows.
     *
     * @param rows the rows to learn from (at least one row, all of the same length); not modified
     * @return the transform that applies what was learnt
     */
    FeatureTransform fit(double[][] rows);
}
