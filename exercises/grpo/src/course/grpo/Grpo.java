package course.grpo;

import java.util.List;

/**
 * The pieces of the GRPO objective (Shao et al. 2024, DeepSeekMath): group-relative advantages, the clipped
 * surrogate and its slope, the KL estimator, and the per-token average over a group.
 */
public final class Grpo {

    private Grpo() {
    }

    /**
     * Group-relative advantages {@code A_i = (r_i - mean(r)) / std(r)}, with the population standard deviation
     * (divide by {@code G}); if all rewards are equal, every advantage is 0.
     *
     * @throws IllegalArgumentException if there is no reward or a reward is NaN or infinite
     */
    public static double[] advantages(double[] rewards) {
        throw new UnsupportedOperationException("TODO advantages: (r - mean) / std, zeros for an all-equal group");
    }

    /**
     * The clipped surrogate {@code min(rho A, clip(rho, 1 - eps, 1 + eps) A)}.
     *
     * @throws IllegalArgumentException if {@code ratio} is negative or not finite, {@code advantage} is not finite, or
     *                                  {@code epsilon} is not in {@code (0, 1)}
     */
    public static double clippedTerm(double ratio, double advantage, double epsilon) {
        throw new UnsupportedOperationException("TODO clippedTerm: min(rho A, clip(rho) A)");
    }

    /**
     * The derivative of {@link #clippedTerm} with respect to the ratio: 0 where the clip is active (the ratio beyond
     * {@code 1 + eps} with {@code A > 0}, or below {@code 1 - eps} with {@code A < 0}), otherwise {@code A}; on the
     * boundary {@code rho = 1 +- eps} it is {@code A}.
     *
     * @throws IllegalArgumentException as {@link #clippedTerm}
     */
    public static double clippedTermSlope(double ratio, double advantage, double epsilon) {
        throw new UnsupportedOperationException("TODO clippedTermSlope");
    }

    /**
     * The KL estimator of GRPO, {@code pi_ref / pi - log(pi_ref / pi) - 1}, from log-probabilities: with
     * {@code x = logReference - logPolicy} it is {@code e^x - x - 1}, computed as {@code expm1(x) - x} so that it is
     * never negative and exactly 0 when {@code x = 0}.
     *
     * @throws IllegalArgumentException if a log-probability is NaN, infinite or positive
     */
    public static double klEstimate(double logPolicy, double logReference) {
        throw new UnsupportedOperationException("TODO klEstimate: expm1(x) - x");
    }

    /**
     * The GRPO objective of one group: {@code (1/G) sum_i (1/|o_i|) sum_t [ min(rho A_i, clip(rho) A_i) - beta KL ]}
     * with {@code rho = exp(new - old)} and {@code KL = klEstimate(new, ref)} per token.
     *
     * @throws IllegalArgumentException if the group is empty, there is not one advantage per output, an advantage is
     *                                  not finite, {@code epsilon} is not in {@code (0, 1)}, or {@code beta} is
     *                                  negative or not finite
     */
    public static double objective(List<SampledOutput> group, double[] advantages, double epsilon, double beta) {
        throw new UnsupportedOperationException("TODO objective: per output, then over the group");
    }

}
