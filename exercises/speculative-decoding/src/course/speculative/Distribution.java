package course.speculative;

import java.util.List;

/** A language model that gives a probability for every next token. */
@FunctionalInterface
public interface Distribution {

    /**
     * Returns the next-token probabilities after {@code context}.
     *
     * @param context the tokens so far (read only)
     * @return one probability per vocabulary token, non-negative, summing to 1
     */
    double[] probabilities(List<Integer> context);
}
