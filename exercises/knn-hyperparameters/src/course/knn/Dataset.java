package course.knn;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable labelled data set: one row of numeric features per example and one class label per row.
 *
 * <p>Every row has the same number of features (at least one), every feature is a finite number, and there is at
 * least one row. Labels are arbitrary integers. The constructor and every accessor copy the arrays, so no caller
 * can change a data set after it is built.
 */
public final class Dataset {

    private final double[][] features;
    private final int[] labels;

    /**
     * Builds a data set from copies of the given arrays.
     *
     * @param features one row of features per example
     * @param labels   the class label of each row
     * @throws IllegalArgumentException if there are no rows, the two arrays differ in length, a row is null or
     *                                  empty, the rows differ in length, or a feature is NaN or infinite
     */
    public Dataset(double[][] features, int[] labels) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        if (features.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one row");
        }
        if (features.length != labels.length) {
            throw new IllegalArgumentException("features has " + features.length + " rows but labels has "
                    + labels.length + " entries");
        }
        this.features = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            double[] row = features[i];
            if (row == null) {
                throw new IllegalArgumentException("row " + i + " is null");
            }
            if (row.length == 0) {
                throw new IllegalArgumentException("row " + i + " has no features");
            }
            if (row.length != features[0].length) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " features but row 0 has "
                        + features[0].length);
            }
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("row " + i + ", feature " + j + " is " + row[j]
                            + "; features must be finite numbers");
                }
            }
            this.features[i] = row.clone();
        }
        this.labels = labels.clone();
    }

    /** Returns the number of rows (examples). */
    public int size() {
        return labels.length;
    }

    /** Returns the number of features of every row. */
    public int dimension() {
        return features[0].length;
    }

    /**
     * Returns a copy of the features of one row.
     *
     * @param i the row index, {@code 0 <= i < size()}
     */
    public double[] row(int i) {
        checkIndex(i);
        return features[i].clone();
    }

    /**
     * Returns the label of one row.
     *
     * @param i the row index, {@code 0 <= i < size()}
     */
    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** Returns a deep copy of all rows of features, in row order. */
    public double[][] features() {
        double[][] copy = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            copy[i] = features[i].clone();
        }
        return copy;
    }

    /** Returns a copy of all labels, in row order. */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * Returns the data set made of the given rows, in the given order (a row may be repeated).
     *
     * @param rows row indices of this data set; at least one
     * @throws IllegalArgumentException if {@code rows} is empty or an index is out of range
     */
    public Dataset subset(int... rows) {
        Objects.requireNonNull(rows, "rows");
        double[][] f = new double[rows.length][];
        int[] l = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            checkIndex(rows[r]);
            f[r] = features[rows[r]];
            l[r] = labels[rows[r]];
        }
        return new Dataset(f, l);
    }

    /**
     * Returns a data set with the same labels and new features, e.g. after scaling.
     *
     * @param newFeatures one row per row of this data set
     * @throws IllegalArgumentException if the number of rows differs or the new rows are invalid
     */
    public Dataset withFeatures(double[][] newFeatures) {
        return new Dataset(newFeatures, labels);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IllegalArgumentException("row index " + i + " is out of range for a data set of "
                    + labels.length + " rows");
        }
    }

    /** Lists the rows as {@code [x1, x2, ...] -> label}, one per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset(" + size() + " rows)");
        for (int i = 0; i < features.length; i++) {
            sb.append("\n  ").append(i).append(": ").append(Arrays.toString(features[i]))
                    .append(" -> ").append(labels[i]);
        }
        return sb.toString();
    }
}
