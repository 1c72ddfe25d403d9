package course.bandit;

/** Checks of arm counts and arm numbers that every agent needs, with messages that name the bad value. */
public final class Arms {

    private Arms() {
    }

    /**
     * Checks that a bandit has at least one arm.
     *
     * @throws IllegalArgumentException if {@code arms < 1}
     */
    public static void require(int arms) {
        if (arms < 1) {
            throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        }
    }

    /**
     * Checks that {@code arm} is one of {@code 0 .. arms-1}.
     *
     * @throws IllegalArgumentException if it is not
     */
    public static void check(int arm, int arms) {
        if (arm < 0 || arm >= arms) {
            throw new IllegalArgumentException("arm " + arm + " does not exist (arms are 0.." + (arms - 1) + ")");
        }
    }
}
