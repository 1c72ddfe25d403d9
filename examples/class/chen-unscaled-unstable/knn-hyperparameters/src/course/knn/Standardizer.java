package course.knn;

/** Z-score scaler, Chen's version. */
public final class Standardizer implements Scaler {

    public static final double MIN_STD = 1e-12;

    @Override
    public FeatureTransform fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to fit");
        }
        int d = rows[0].length;
        double[] avg = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            if (r.length != d) {
                throw new IllegalArgumentException("rows differ in length");
            }
            for (int j = 0; j < d; j++) {
                avg[j] += r[j] / rows.length;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (r[j] - avg[j]) * (r[j] - avg[j]) / rows.length;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
            if (sd[j] <= MIN_STD) {
                sd[j] = 1;
            }
        }
        return row -> {
            if (row.length != d) {
                throw new IllegalArgumentException("row length " + row.length + " != " + d);
            }
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                z[j] = (row[j] - avg[j]) / sd[j];
            }
            return z;
        };
    }
}
