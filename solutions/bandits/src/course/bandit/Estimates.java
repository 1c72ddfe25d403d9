package course.bandit;

/** Incremental action-value estimates: sample averages and constant steps (Sutton and Barto, 2.4 and 2.5). */
public final class Estimates {

    private Estimates() {
    }

    /**
     * {@code Q_{n+1} = Q_n + (R_n - Q_n) / n}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static double sampleAverage(double estimate, double reward, int n) {
        requireCount(n);
        return estimate + (reward - estimate) / n;
    }

    /**
     * {@code Q_{n+1} = Q_n + alpha (R_n - Q_n)}.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public static double constantStep(double estimate, double reward, double alpha) {
        requireStep(alpha);
        return estimate + alpha * (reward - estimate);
    }

    /**
     * One update with the given step size.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static double update(double estimate, double reward, int n, StepSize step) {
        requireCount(n);
        return switch (step) {
            case StepSize.SampleAverage average -> sampleAverage(estimate, reward, n);
            case StepSize.Constant constant -> constantStep(estimate, reward, constant.alpha());
        };
    }

    /**
     * The weights of {@code Q_1, R_1, ..., R_n} in {@code Q_{n+1}} after {@code n} constant-step updates.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]} or {@code n < 0}
     */
    public static double[] recencyWeights(double alpha, int n) {
        requireStep(alpha);
        if (n < 0) {
            throw new IllegalArgumentException("the number of rewards must be >= 0, got " + n);
        }
        double[] weights = new double[n + 1];
        double keep = 1;
        // From the newest reward back: R_n keeps alpha, each older one a further factor (1 - alpha).
        for (int i = n; i >= 1; i--) {
            weights[i] = alpha * keep;
            keep *= 1 - alpha;
        }
        weights[0] = keep;
        return weights;
    }

    private static void requireCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts the rewards including this one, so n >= 1; got " + n);
        }
    }

    private static void requireStep(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("a constant step size must be in (0, 1], got " + alpha);
        }
    }
}
