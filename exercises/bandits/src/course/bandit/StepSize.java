package course.bandit;

/**
 * How an action-value estimate moves toward a new reward: {@code Q <- Q + step (R - Q)}.
 *
 * <p>{@link SampleAverage} uses {@code step = 1/n} on the n-th reward of the arm, which makes {@code Q} the plain
 * average of the rewards seen (Sutton and Barto, Section 2.4); {@link Constant} uses a fixed {@code alpha}, which
 * weights recent rewards more (Section 2.5) and so can follow a problem that changes over time.
 */
public sealed interface StepSize permits StepSize.SampleAverage, StepSize.Constant {

    /** The step {@code 1/n}: estimates are sample averages. */
    record SampleAverage() implements StepSize {
    }

    /**
     * A constant step {@code alpha} in {@code (0, 1]}.
     *
     * @param alpha the step size
     */
    record Constant(double alpha) implements StepSize {
        public Constant {
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("a constant step size must be in (0, 1], got " + alpha);
            }
        }
    }

    /** Sample averages. */
    static StepSize sampleAverage() {
        return new SampleAverage();
    }

    /** A constant step {@code alpha} in {@code (0, 1]}. */
    static StepSize constant(double alpha) {
        return new Constant(alpha);
    }
}
