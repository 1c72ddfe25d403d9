package course.bandit;

import java.util.random.RandomGenerator;

/**
 * One bandit problem of the k-armed testbed (Sutton and Barto, Section 2.3): each arm {@code a} has a true value
 * {@code q*(a)}, and pulling it pays a reward drawn from a normal distribution with mean {@code q*(a)} and
 * variance 1. The testbed draws everything from its own random generator, so the same generator state gives the
 * same problem and the same rewards.
 *
 * <p>A <b>stationary</b> testbed draws the true values once, from a normal distribution with mean {@code mean}
 * and variance 1. A <b>drifting</b> one starts with every true value 0 and, before every pull, adds to each an
 * independent normal increment with mean 0 and standard deviation {@code walk} (Exercise 2.5): the best arm
 * changes over time.
 */
public final class Testbed {

    private final double[] values;
    private final double walk;
    private final RandomGenerator random;

    private Testbed(double[] values, double walk, RandomGenerator random) {
        this.values = values;
        this.walk = walk;
        this.random = random;
    }

    /** A stationary problem with {@code arms} arms whose true values are drawn from N(mean, 1). */
    public static Testbed stationary(int arms, double mean, RandomGenerator random) {
        Arms.require(arms);
        double[] values = new double[arms];
        for (int a = 0; a < arms; a++) {
            values[a] = mean + random.nextGaussian();
        }
        return new Testbed(values, 0, random);
    }

    /** A drifting problem: true values start at 0 and take a random walk of step deviation {@code walk}. */
    public static Testbed drifting(int arms, double walk, RandomGenerator random) {
        Arms.require(arms);
        if (!(walk > 0) || Double.isInfinite(walk)) {
            throw new IllegalArgumentException("the random walk needs a positive standard deviation, got " + walk);
        }
        return new Testbed(new double[arms], walk, random);
    }

    /** The number of arms. */
    public int arms() {
        return values.length;
    }

    /** The true value {@code q*(arm)} now. */
    public double trueValue(int arm) {
        return values[checked(arm)];
    }

    /** Whether {@code arm} has the largest true value now (ties count as optimal). */
    public boolean isOptimal(int arm) {
        double v = values[checked(arm)];
        for (double other : values) {
            if (other > v) {
                return false;
            }
        }
        return true;
    }

    /** Pulls {@code arm}: a drifting testbed first takes one step of its walk; the reward is N(q*(arm), 1). */
    public double pull(int arm) {
        checked(arm);
        if (walk > 0) {
            for (int a = 0; a < values.length; a++) {
                values[a] += walk * random.nextGaussian();
            }
        }
        return values[arm] + random.nextGaussian();
    }

    private int checked(int arm) {
        Arms.check(arm, values.length);
        return arm;
    }
}
