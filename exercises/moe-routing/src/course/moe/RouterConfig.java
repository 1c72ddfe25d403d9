package course.moe;

import java.util.Objects;

/**
 * The shape of one mixture-of-experts layer's router.
 *
 * @param routedExperts {@code N_r}, the experts the router chooses among, at least 1
 * @param sharedExperts {@code N_s}, the experts every token always uses, at least 0
 * @param topK          {@code K_r}, the routed experts each token is sent to, in {@code 1..N_r}
 * @param affinity      how logits become affinities
 */
public record RouterConfig(int routedExperts, int sharedExperts, int topK, Affinity affinity) {

    /**
     * The largest size {@code |z|} a router logit may have. Within it every affinity is a positive double
     * (sigmoid(-100) is about 4e-44 and a softmax entry at least about e^-200 / N), so the gates below never divide
     * 0 by 0; a logit beyond it means a diverged router.
     */
    public static final double MAX_LOGIT = 100;

    /**
     * Checks the sizes.
     *
     * @throws IllegalArgumentException if {@code routedExperts < 1}, {@code sharedExperts < 0} or {@code topK} is
     *                                  not in {@code 1..routedExperts}
     */
    public RouterConfig {
        Objects.requireNonNull(affinity, "affinity");
        if (routedExperts < 1) {
            throw new IllegalArgumentException("a router needs at least one routed expert, got " + routedExperts);
        }
        if (sharedExperts < 0) {
            throw new IllegalArgumentException("the number of shared experts cannot be negative: " + sharedExperts);
        }
        if (topK < 1 || topK > routedExperts) {
            throw new IllegalArgumentException("topK must be in 1.." + routedExperts + ", got " + topK);
        }
    }
}
