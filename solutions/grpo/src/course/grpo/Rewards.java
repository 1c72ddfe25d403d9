package course.grpo;

import java.math.BigDecimal;
import java.util.Optional;

/** The rule-based rewards of DeepSeek-R1-Zero: a format reward for the template and an accuracy reward. */
public final class Rewards {

    static final String THINK = "<think>";
    static final String END_THINK = "</think>";
    static final String ANSWER = "<answer>";
    static final String END_ANSWER = "</answer>";

    private Rewards() {
    }

    /**
     * 1 if the completion, without leading and trailing whitespace, is {@code <think>T</think>W<answer>A</answer>}
     * with W whitespace only, T and A each holding a non-whitespace character, and each of the four tags exactly
     * once; 0 otherwise. Tags are case-sensitive.
     */
    public static double formatReward(String completion) {
        String s = completion.strip();
        if (!s.startsWith(THINK) || !s.endsWith(END_ANSWER)) {
            return 0;
        }
        for (String tag : new String[] {THINK, END_THINK, ANSWER, END_ANSWER}) {
            if (count(s, tag) != 1) {
                return 0;
            }
        }
        int endThink = s.indexOf(END_THINK);
        int answer = s.indexOf(ANSWER);
        if (answer < endThink) {
            return 0;
        }
        String think = s.substring(THINK.length(), endThink);
        String between = s.substring(endThink + END_THINK.length(), answer);
        String content = s.substring(answer + ANSWER.length(), s.length() - END_ANSWER.length());
        return !think.isBlank() && between.isBlank() && !content.isBlank() ? 1 : 0;
    }

    /**
     * 1 if the completion holds exactly one {@code <answer>} and one {@code </answer>}, in that order, and the text
     * between them, stripped of surrounding whitespace, equals the reference stripped likewise: as numbers when
     * both are decimal numbers ({@link BigDecimal} syntax, so "0.50" equals ".5"), else character for character;
     * 0 otherwise.
     *
     * @throws IllegalArgumentException if the reference is empty or only whitespace
     */
    public static double accuracyReward(String completion, String reference) {
        if (reference.isBlank()) {
            throw new IllegalArgumentException("the reference answer is empty");
        }
        if (count(completion, ANSWER) != 1 || count(completion, END_ANSWER) != 1) {
            return 0;
        }
        int open = completion.indexOf(ANSWER);
        int close = completion.indexOf(END_ANSWER);
        if (close < open) {
            return 0;
        }
        String given = completion.substring(open + ANSWER.length(), close).strip();
        String expected = reference.strip();
        Optional<BigDecimal> a = number(given);
        Optional<BigDecimal> b = number(expected);
        boolean same = a.isPresent() && b.isPresent() ? a.get().compareTo(b.get()) == 0 : given.equals(expected);
        return same ? 1 : 0;
    }

    private static int count(String s, String tag) {
        int n = 0;
        for (int at = s.indexOf(tag); at >= 0; at = s.indexOf(tag, at + 1)) {
            n++;
        }
        return n;
    }

    /** The text as a number, if it is one. */
    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
