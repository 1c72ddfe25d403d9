package course.bandit;

/** Ada's incremental estimates. */
public final class Estimates {

    private Estimates() {
    }

    public static double sampleAverage(double estimate, double reward, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        double step = 1.0 / n;
        return (1 - step) * estimate + step * reward;
    }

    public static double constantStep(double estimate, double reward, double alpha) {
        checkAlpha(alpha);
        return (1 - alpha) * estimate + alpha * reward;
    }

    public static double update(double estimate, double reward, int n, StepSize step) {
        if (n <= 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        if (step instanceof StepSize.Constant constant) {
            return constantStep(estimate, reward, constant.alpha());
        }
        return sampleAverage(estimate, reward, n);
    }

    public static double[] recencyWeights(double alpha, int n) {
        checkAlpha(alpha);
        if (n < 0) {
            throw new IllegalArgumentException("n = " + n);
        }
        double[] w = new double[n + 1];
        w[0] = Math.pow(1 - alpha, n);
        for (int i = 1; i <= n; i++) {
            w[i] = alpha * Math.pow(1 - alpha, n - i);
        }
        return w;
    }

    private static void checkAlpha(double alpha) {
        if (Double.isNaN(alpha) || alpha <= 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha = " + alpha);
        }
    }
}
