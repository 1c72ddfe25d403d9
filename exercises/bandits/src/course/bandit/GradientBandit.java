package course.bandit;

import java.util.random.RandomGenerator;

/**
 * The gradient bandit algorithm (Sutton and Barto, Section 2.8): a numerical preference {@code H(a)} per arm,
 * all 0 at first, and arms drawn at random with the softmax probabilities
 * {@code pi(a) = e^H(a) / sum_b e^H(b)}. After arm {@code A} pays {@code R}, with {@code pi} the probabilities
 * BEFORE the update,
 * <pre>
 *   H(A) <- H(A) + alpha (R - baseline) (1 - pi(A))
 *   H(a) <- H(a) - alpha (R - baseline) pi(a)          for every a != A
 * </pre>
 * With a baseline, {@code baseline} is the average of all EARLIER rewards (the rewards learned before this one),
 * and for the very first reward the reward itself ({@code R_1}, so the first update changes nothing); without,
 * it is 0. All random numbers come from the generator given to the constructor.
 */
public final class GradientBandit implements Agent {

    /**
     * An agent with every preference at 0 and no rewards yet.
     *
     * @throws IllegalArgumentException if {@code arms < 1} or {@code alpha} is not a positive finite number
     */
    public GradientBandit(int arms, double alpha, boolean baseline, RandomGenerator random) {
        throw new UnsupportedOperationException("TODO GradientBandit: keep the preferences and the settings");
    }

    /**
     * The softmax of {@code preferences}: {@code e^h(a) / sum_b e^h(b)}, computed so that it does not overflow
     * for large preferences (subtract the largest first; the result is the same).
     *
     * @throws IllegalArgumentException if {@code preferences} is empty
     */
    public static double[] softmax(double[] preferences) {
        throw new UnsupportedOperationException("TODO softmax: subtract the max, exponentiate, normalise");
    }

    @Override
    public int arms() {
        throw new UnsupportedOperationException("TODO arms");
    }

    /** An arm drawn at random with the probabilities {@link #probabilities()}. */
    @Override
    public int selectArm() {
        throw new UnsupportedOperationException("TODO selectArm: sample from the softmax");
    }

    /** The preference update above, then counts the reward into {@link #averageReward()}. */
    @Override
    public void learn(int arm, double reward) {
        throw new UnsupportedOperationException("TODO learn: the gradient step on the preferences");
    }

    /** A copy of the preferences {@code H(a)}. */
    public double[] preferences() {
        throw new UnsupportedOperationException("TODO preferences");
    }

    /** The softmax of the preferences: the probability of each arm at the next selection. */
    public double[] probabilities() {
        throw new UnsupportedOperationException("TODO probabilities");
    }

    /** The average of all rewards learned so far (0 before the first), with or without a baseline. */
    public double averageReward() {
        throw new UnsupportedOperationException("TODO averageReward");
    }
}
