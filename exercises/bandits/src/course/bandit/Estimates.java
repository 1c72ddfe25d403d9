package course.bandit;

/**
 * Incremental action-value estimates (Sutton and Barto, Sections 2.4 and 2.5): the new estimate from the old one
 * and one new reward, without storing the rewards.
 *
 * <p>Edit only the files the statement names. You may use {@code java.lang} and {@code java.util}.
 */
public final class Estimates {

    private Estimates() {
    }

    /**
     * The incremental sample average: after the {@code n}-th reward of an arm,
     * <pre>
     *   Q_{n+1} = Q_n + (1/n) (R_n - Q_n)
     * </pre>
     * so that {@code Q_{n+1}} is the average of {@code R_1 .. R_n}, whatever {@code Q_1} was.
     *
     * @param estimate {@code Q_n}, the estimate before this reward
     * @param reward   {@code R_n}
     * @param n        how many rewards of this arm there are, this one included ({@code >= 1})
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static double sampleAverage(double estimate, double reward, int n) {
        throw new UnsupportedOperationException("TODO sampleAverage: Q + (R - Q) / n");
    }

    /**
     * A constant step: {@code Q_{n+1} = Q_n + alpha (R_n - Q_n)}.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public static double constantStep(double estimate, double reward, double alpha) {
        throw new UnsupportedOperationException("TODO constantStep: Q + alpha (R - Q)");
    }

    /**
     * One update with the given step size: {@link #sampleAverage} for {@link StepSize.SampleAverage},
     * {@link #constantStep} for {@link StepSize.Constant}.
     *
     * @param n how many rewards of this arm there are, this one included ({@code >= 1})
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static double update(double estimate, double reward, int n, StepSize step) {
        throw new UnsupportedOperationException("TODO update: switch over the step size");
    }

    /**
     * The weights of the exponential recency-weighted average: after {@code n} constant-step updates from
     * {@code Q_1},
     * <pre>
     *   Q_{n+1} = (1 - alpha)^n Q_1 + sum_{i=1..n} alpha (1 - alpha)^(n-i) R_i
     * </pre>
     * Entry 0 is the weight {@code (1 - alpha)^n} of {@code Q_1}, entry {@code i} (for {@code i = 1 .. n}) the
     * weight {@code alpha (1 - alpha)^(n-i)} of {@code R_i}. They add up to 1.
     *
     * @return {@code n + 1} weights
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]} or {@code n < 0}
     */
    public static double[] recencyWeights(double alpha, int n) {
        throw new UnsupportedOperationException("TODO recencyWeights: (1 - alpha)^n, then alpha (1 - alpha)^(n-i)");
    }
}
