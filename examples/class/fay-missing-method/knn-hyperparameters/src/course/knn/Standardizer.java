package course.knn;

/** Z-score scaler, Fay's version. */
public final class Standardizer implements Scaler {

    public static final double MIN_STD = 1e-12;

    @Override
    public FeatureTransform fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        int dim = rows[0].length;
        double[] mean = new double[dim];
        double[] std = new double[dim];
        for (int j = 0; j < dim; j++) {
            double s = 0;
            for (double[] r : rows) {
                if (r.length != dim) {
                    throw new IllegalArgumentException("ragged");
                }
                s += r[j];
            }
            mean[j] = s / rows.length;
            double v = 0;
            for (double[] r : rows) {
                v += (r[j] - mean[j]) * (r[j] - mean[j]);
            }
            double sd = Math.sqrt(v / rows.length);
            std[j] = sd > MIN_STD ? sd : 1;
        }
        return row -> {
            if (row.length != dim) {
                throw new IllegalArgumentException("ragged");
            }
            double[] out = new double[dim];
            for (int j = 0; j < dim; j++) {
                out[j] = (row[j] - mean[j]) / std[j];
            }
            return out;
        };
    }
}
