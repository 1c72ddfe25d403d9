package course.speculative;

import java.util.List;
import java.util.Objects;

/**
 * What a run of greedy speculative decoding produced, and how.
 *
 * @param tokens   the new tokens (the prompt not included)
 * @param rounds   the number of draft-then-verify rounds, one target forward pass each
 * @param proposed the number of tokens the draft proposed over all rounds
 * @param accepted the number of proposed tokens the target accepted
 */
public record SpeculativeResult(List<Integer> tokens, int rounds, int proposed, int accepted) {

    /** Copies the token list. */
    public SpeculativeResult {
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    }
}
