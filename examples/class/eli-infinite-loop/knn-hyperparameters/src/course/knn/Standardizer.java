package course.knn;

import java.util.Arrays;

/** Z-score scaler, Eli's version. */
public final class Standardizer implements Scaler {

    public static final double MIN_STD = 1e-12;

    @Override
    public FeatureTransform fit(double[][] rows) {
        if (rows.length == 0 || Arrays.stream(rows).anyMatch(r -> r.length != rows[0].length)) {
            throw new IllegalArgumentException("need at least one row, all of the same length");
        }
        int n = rows.length;
        int dim = rows[0].length;
        double[] mu = new double[dim];
        double[] sigma = new double[dim];
        for (int j = 0; j < dim; j++) {
            final int c = j;
            mu[j] = Arrays.stream(rows).mapToDouble(r -> r[c]).sum() / n;
            double var = Arrays.stream(rows).mapToDouble(r -> (r[c] - mu[c]) * (r[c] - mu[c])).sum() / n;
            sigma[j] = Math.sqrt(var) > MIN_STD ? Math.sqrt(var) : 1.0;
        }
        return new ZScore(mu, sigma);
    }

    private static final class ZScore implements FeatureTransform {
        private final double[] mu;
        private final double[] sigma;

        ZScore(double[] mu, double[] sigma) {
            this.mu = mu.clone();
            this.sigma = sigma.clone();
        }

        @Override
        public double[] apply(double[] row) {
            if (row.length != mu.length) {
                throw new IllegalArgumentException("wrong row length");
            }
            double[] z = row.clone();
            for (int j = 0; j < z.length; j++) {
                z[j] = (z[j] - mu[j]) / sigma[j];
            }
            return z;
        }
    }
}
