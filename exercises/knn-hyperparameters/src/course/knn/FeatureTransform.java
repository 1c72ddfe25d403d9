package course.knn;

/**
 * A fitted feature transform: what a {@link Scaler} returns once it has learnt its statistics.
 *
 * <p>It must not change the rows it is given; it returns new arrays.
 */
@FunctionalInterface
public interface FeatureTransform {

    /**
     * Transforms one row of features.
     *
     * @param row the features of one example; not modified
     * @return a new array with the transformed features
     */
    double[] apply(double[] row);

    /**
     * Transforms every row with {@link #apply(double[])}.
     *
     * @param rows the rows; not modified
     * @return a new array of transformed rows, in the same order
     */
    default double[][] applyAll(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = apply(rows[i]);
        }
        return out;
    }
}
