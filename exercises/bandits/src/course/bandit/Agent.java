package course.bandit;

/**
 * A learner for the k-armed bandit: it chooses an arm, is told the reward, and learns from it. Arms are numbered
 * {@code 0 .. arms-1}. Any randomness an agent needs comes from the {@link java.util.random.RandomGenerator} it was
 * given when it was made, so that the same seed gives the same run.
 */
public interface Agent {

    /** The number of arms. */
    int arms();

    /** The arm to pull next. */
    int selectArm();

    /**
     * Learns from the reward of one pull of {@code arm} (usually the arm just selected).
     *
     * @throws IllegalArgumentException if {@code arm} is not one of the arms
     */
    void learn(int arm, double reward);
}
