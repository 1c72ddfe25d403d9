package course.speculative;

import java.util.List;

/** A deterministic language model: the token it would choose greedily after a context. */
@FunctionalInterface
public interface NextToken {

    /**
     * Returns the greedy next token after {@code context}.
     *
     * @param context the tokens so far (read only)
     * @return a token of the model's vocabulary
     */
    int next(List<Integer> context);
}
