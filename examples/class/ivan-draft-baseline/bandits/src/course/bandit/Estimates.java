package course.bandit;

/** Ivan's estimates. */
public final class Estimates {

    private Estimates() {
    }

    public static double sampleAverage(double estimate, double reward, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need n >= 1");
        }
        return estimate + (reward - estimate) / n;
    }

    public static double constantStep(double estimate, double reward, double alpha) {
        if (!(alpha > 0) || alpha > 1) {
            throw new IllegalArgumentException("need 0 < alpha <= 1");
        }
        return estimate + alpha * (reward - estimate);
    }

    public static double update(double estimate, double reward, int n, StepSize step) {
        if (n < 1) {
            throw new IllegalArgumentException("need n >= 1");
        }
        return switch (step) {
            case StepSize.SampleAverage s -> sampleAverage(estimate, reward, n);
            case StepSize.Constant c -> constantStep(estimate, reward, c.alpha());
        };
    }

    public static double[] recencyWeights(double alpha, int n) {
        if (!(alpha > 0) || alpha > 1 || n < 0) {
            throw new IllegalArgumentException("bad alpha or n");
        }
        double[] weights = new double[n + 1];
        double w = alpha;
        for (int i = n; i > 0; i--) {
            weights[i] = w;
            w = w * (1 - alpha);
        }
        weights[0] = Math.pow(1 - alpha, n);
        return weights;
    }
}
