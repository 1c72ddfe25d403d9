package course.moe;

/** One expert of a mixture-of-experts layer: a feed-forward network mapping a token's hidden vector to a new one. */
@FunctionalInterface
public interface Expert {

    /**
     * Applies the expert to one token.
     *
     * @param u the token's hidden vector (left unchanged)
     * @return a new vector of the same length
     */
    double[] apply(double[] u);
}
