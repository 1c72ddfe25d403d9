package course.bandit;

/**
 * Upper-confidence-bound action selection (Sutton and Barto, Section 2.7) with sample-average estimates:
 * <pre>
 *   A_t = argmax_a [ Q(a) + c sqrt( ln t / N(a) ) ]
 * </pre>
 * where {@code t} is the number of the step being chosen, counting from 1 (so {@code t = 1 +} the number of
 * rewards learned so far), and {@code N(a)} the number of rewards of arm {@code a} learned so far. An arm with
 * {@code N(a) = 0} has score {@code +infinity}: it counts as maximal. Among equal scores the lowest index wins, so
 * the first {@code arms} selections are {@code 0, 1, ..., arms-1}. UCB is deterministic: it uses no random numbers.
 */
public final class Ucb implements Agent {

    /**
     * An agent with every estimate and count at 0.
     *
     * @throws IllegalArgumentException if {@code arms < 1} or {@code c} is negative, NaN or infinite
     */
    public Ucb(int arms, double c) {
        throw new UnsupportedOperationException("TODO Ucb: keep the estimates, the counts and c");
    }

    @Override
    public int arms() {
        throw new UnsupportedOperationException("TODO arms");
    }

    /** The arm with the largest score (see {@link #scores}), the lowest index among equal scores. */
    @Override
    public int selectArm() {
        throw new UnsupportedOperationException("TODO selectArm: argmax of the scores");
    }

    /** Counts the reward and updates the sample average of {@code arm}. */
    @Override
    public void learn(int arm, double reward) {
        throw new UnsupportedOperationException("TODO learn: count, then the sample average");
    }

    /**
     * The score of every arm for the next selection: {@code +infinity} if it has no reward yet, otherwise
     * {@code Q(a) + c sqrt(ln t / N(a))} with {@code t = 1 +} the number of rewards learned so far.
     */
    public double[] scores() {
        throw new UnsupportedOperationException("TODO scores: Q + c sqrt(ln t / N)");
    }

    /** A copy of the sample-average estimates {@code Q(a)} (0 for an arm without rewards). */
    public double[] estimates() {
        throw new UnsupportedOperationException("TODO estimates");
    }

    /** A copy of the counts {@code N(a)}. */
    public int[] counts() {
        throw new UnsupportedOperationException("TODO counts");
    }
}
