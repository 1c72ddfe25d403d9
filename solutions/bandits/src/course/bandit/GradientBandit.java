package course.bandit;

import java.util.random.RandomGenerator;

/** The gradient bandit algorithm: softmax over preferences, stochastic gradient ascent with an optional baseline. */
public final class GradientBandit implements Agent {

    private final double alpha;
    private final boolean baseline;
    private final RandomGenerator random;
    private final double[] preferences;
    private double averageReward;
    private int rewards;

    /**
     * An agent with every preference at 0 and no rewards yet.
     *
     * @throws IllegalArgumentException if {@code arms < 1} or {@code alpha} is not a positive finite number
     */
    public GradientBandit(int arms, double alpha, boolean baseline, RandomGenerator random) {
        Arms.require(arms);
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive finite number, got " + alpha);
        }
        this.alpha = alpha;
        this.baseline = baseline;
        this.random = random;
        this.preferences = new double[arms];
    }

    /**
     * {@code e^h(a) / sum_b e^h(b)}, with the largest preference subtracted first so that nothing overflows.
     *
     * @throws IllegalArgumentException if {@code preferences} is empty
     */
    public static double[] softmax(double[] preferences) {
        if (preferences.length == 0) {
            throw new IllegalArgumentException("softmax of an empty vector");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double h : preferences) {
            max = Math.max(max, h);
        }
        double[] p = new double[preferences.length];
        double sum = 0;
        for (int a = 0; a < p.length; a++) {
            p[a] = Math.exp(preferences[a] - max);
            sum += p[a];
        }
        for (int a = 0; a < p.length; a++) {
            p[a] /= sum;
        }
        return p;
    }

    @Override
    public int arms() {
        return preferences.length;
    }

    @Override
    public int selectArm() {
        double[] p = probabilities();
        double u = random.nextDouble();
        int last = p.length - 1;
        for (int a = 0; a < last; a++) {
            u -= p[a];
            if (u < 0) {
                return a;
            }
        }
        // Whatever round-off leaves over belongs to the last arm.
        return last;
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, preferences.length);
        double[] p = probabilities();
        double reference = !baseline ? 0 : rewards == 0 ? reward : averageReward;
        double step = alpha * (reward - reference);
        for (int a = 0; a < preferences.length; a++) {
            preferences[a] += a == arm ? step * (1 - p[a]) : -step * p[a];
        }
        rewards++;
        averageReward += (reward - averageReward) / rewards;
    }

    /** A copy of the preferences. */
    public double[] preferences() {
        return preferences.clone();
    }

    /** The softmax of the preferences. */
    public double[] probabilities() {
        return softmax(preferences);
    }

    /** The average of all rewards learned so far (0 before the first). */
    public double averageReward() {
        return averageReward;
    }
}
