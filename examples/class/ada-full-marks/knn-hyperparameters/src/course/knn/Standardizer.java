package course.knn;

/** Z-score scaler (Ada's version: Welford's running mean and variance). */
public final class Standardizer implements Scaler {

    public static final double MIN_STD = 1e-12;

    @Override
    public FeatureTransform fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        int dim = rows[0].length;
        double[] mean = new double[dim];
        double[] m2 = new double[dim];
        int count = 0;
        for (double[] row : rows) {
            if (row.length != dim) {
                throw new IllegalArgumentException("ragged rows");
            }
            count++;
            for (int j = 0; j < dim; j++) {
                double delta = row[j] - mean[j];
                mean[j] += delta / count;
                m2[j] += delta * (row[j] - mean[j]);
            }
        }
        double[] std = new double[dim];
        for (int j = 0; j < dim; j++) {
            double s = Math.sqrt(Math.max(0, m2[j]) / count);
            std[j] = s <= MIN_STD ? 1 : s;
        }
        return row -> {
            if (row.length != dim) {
                throw new IllegalArgumentException("row has " + row.length + " features, expected " + dim);
            }
            double[] out = new double[dim];
            for (int j = 0; j < dim; j++) {
                out[j] = (row[j] - mean[j]) / std[j];
            }
            return out;
        };
    }
}
