package course.grpo;

/** The rule-based rewards of DeepSeek-R1-Zero: a format reward for the template and an accuracy reward. */
public final class Rewards {

    private Rewards() {
    }

    /**
     * 1 if the completion, without leading and trailing whitespace, is {@code <think>T</think>W<answer>A</answer>}
     * with W whitespace only, T and A each holding a non-whitespace character, and each of the four tags exactly
     * once; 0 otherwise. Tags are case-sensitive.
     */
    public static double formatReward(String completion) {
        throw new UnsupportedOperationException("TODO formatReward");
    }

    /**
     * 1 if the completion holds exactly one {@code <answer>} and one {@code </answer>}, in that order, and the text
     * between them, stripped of surrounding whitespace, equals the reference stripped likewise: as numbers when
     * both are decimal numbers ({@link java.math.BigDecimal} syntax, so "0.50" equals ".5"), else character for
     * character; 0 otherwise.
     *
     * @throws IllegalArgumentException if the reference is empty or only whitespace
     */
    public static double accuracyReward(String completion, String reference) {
        throw new UnsupportedOperationException("TODO accuracyReward");
    }

}
