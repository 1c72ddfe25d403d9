package course.bandit;

import java.util.random.RandomGenerator;

/** Ivan's epsilon-greedy: a running argmax with >=. */
public final class EpsilonGreedy implements Agent {

    private final double[] values;
    private final int[] pulls;
    private final double epsilon;
    private final StepSize step;
    private final RandomGenerator rng;

    public EpsilonGreedy(int arms, double epsilon, double initialEstimate, StepSize stepSize,
                         RandomGenerator random) {
        Arms.require(arms);
        if (!(epsilon >= 0 && epsilon <= 1) || !Double.isFinite(initialEstimate)) {
            throw new IllegalArgumentException("bad epsilon or initial estimate");
        }
        values = new double[arms];
        for (int a = 0; a < arms; a++) {
            values[a] = initialEstimate;
        }
        pulls = new int[arms];
        this.epsilon = epsilon;
        step = stepSize;
        rng = random;
    }

    public static int greedyArm(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int best = 0;
        for (int a = 0; a < values.length; a++) {
            if (values[a] >= values[best]) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public int arms() {
        return values.length;
    }

    @Override
    public int selectArm() {
        return rng.nextDouble() < epsilon ? rng.nextInt(values.length) : greedyArm(values);
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, values.length);
        pulls[arm] = pulls[arm] + 1;
        values[arm] = Estimates.update(values[arm], reward, pulls[arm], step);
    }

    public double[] estimates() {
        return values.clone();
    }

    public int[] counts() {
        return pulls.clone();
    }
}
