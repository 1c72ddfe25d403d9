package course.bandit;

import java.util.random.RandomGenerator;

/**
 * An epsilon-greedy action-value method (Sutton and Barto, Sections 2.2 to 2.6): it keeps an estimate
 * {@code Q(a)} of every arm, starting at {@code initialEstimate}, and on each step explores with probability
 * {@code epsilon} (an arm drawn uniformly from ALL arms, the greedy one included) or else pulls a greedy arm
 * ({@link #greedyArm}). After a reward it updates the estimate of that arm with {@link Estimates#update}, counting
 * the rewards of every arm.
 *
 * <p>{@code epsilon = 0} with a high {@code initialEstimate} (e.g. 5 with a constant step 0.1) is the optimistic
 * greedy method of Section 2.6. All random numbers come from the generator given to the constructor.
 */
public final class EpsilonGreedy implements Agent {

    /**
     * An agent with every estimate at {@code initialEstimate} and every count at 0.
     *
     * @throws IllegalArgumentException if {@code arms < 1}, {@code epsilon} is not in {@code [0, 1]} or
     *                                  {@code initialEstimate} is not a finite number
     */
    public EpsilonGreedy(int arms, double epsilon, double initialEstimate, StepSize stepSize,
                         RandomGenerator random) {
        throw new UnsupportedOperationException("TODO EpsilonGreedy: keep the estimates, the counts and the settings");
    }

    /**
     * The greedy arm of {@code values}: the one with the largest value, the lowest index among equal values.
     *
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static int greedyArm(double[] values) {
        throw new UnsupportedOperationException("TODO greedyArm: argmax, lowest index among ties");
    }

    @Override
    public int arms() {
        throw new UnsupportedOperationException("TODO arms");
    }

    /** With probability {@code epsilon} a uniformly random arm (any of them), otherwise the greedy arm. */
    @Override
    public int selectArm() {
        throw new UnsupportedOperationException("TODO selectArm: explore with probability epsilon");
    }

    /** Counts the reward and moves the estimate of {@code arm} toward it with the step size. */
    @Override
    public void learn(int arm, double reward) {
        throw new UnsupportedOperationException("TODO learn: count, then update the estimate");
    }

    /** A copy of the estimates {@code Q(a)}. */
    public double[] estimates() {
        throw new UnsupportedOperationException("TODO estimates");
    }

    /** A copy of the counts {@code N(a)}: how many rewards of each arm were learned. */
    public int[] counts() {
        throw new UnsupportedOperationException("TODO counts");
    }
}
