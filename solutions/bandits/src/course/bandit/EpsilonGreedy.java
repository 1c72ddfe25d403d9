package course.bandit;

import java.util.random.RandomGenerator;

/** An epsilon-greedy action-value method with sample-average or constant-step estimates. */
public final class EpsilonGreedy implements Agent {

    private final double epsilon;
    private final StepSize stepSize;
    private final RandomGenerator random;
    private final double[] estimates;
    private final int[] counts;

    /**
     * An agent with every estimate at {@code initialEstimate} and every count at 0.
     *
     * @throws IllegalArgumentException if {@code arms < 1}, {@code epsilon} is not in {@code [0, 1]} or
     *                                  {@code initialEstimate} is not a finite number
     */
    public EpsilonGreedy(int arms, double epsilon, double initialEstimate, StepSize stepSize,
                         RandomGenerator random) {
        Arms.require(arms);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
        }
        if (!Double.isFinite(initialEstimate)) {
            throw new IllegalArgumentException("the initial estimate must be a finite number, got " + initialEstimate);
        }
        this.epsilon = epsilon;
        this.stepSize = stepSize;
        this.random = random;
        this.estimates = new double[arms];
        java.util.Arrays.fill(estimates, initialEstimate);
        this.counts = new int[arms];
    }

    /**
     * The arm with the largest value, the lowest index among equal values.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static int greedyArm(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no arms to choose from");
        }
        int best = 0;
        for (int a = 1; a < values.length; a++) {
            if (values[a] > values[best]) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public int arms() {
        return estimates.length;
    }

    @Override
    public int selectArm() {
        if (random.nextDouble() < epsilon) {
            return random.nextInt(estimates.length);
        }
        return greedyArm(estimates);
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, estimates.length);
        counts[arm]++;
        estimates[arm] = Estimates.update(estimates[arm], reward, counts[arm], stepSize);
    }

    /** A copy of the estimates. */
    public double[] estimates() {
        return estimates.clone();
    }

    /** A copy of the counts. */
    public int[] counts() {
        return counts.clone();
    }
}
