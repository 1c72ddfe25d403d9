package course.moe;

import java.util.List;

/**
 * The router of a mixture-of-experts layer: affinities, top-k selection with a balancing bias, gates, and the
 * layer's output.
 */
public final class Router {

    private Router() {
    }

    /**
     * Turns one token's router logits into its affinities to the routed experts.
     *
     * @param logits the logits {@code z_i}, one per routed expert; left unchanged
     * @param kind   softmax or sigmoid
     * @return a new array: the softmax of the logits, or the sigmoid of each logit
     * @throws IllegalArgumentException if there is no logit, or one is NaN, infinite or larger than
     *                                  {@link RouterConfig#MAX_LOGIT} in size
     */
    public static double[] affinities(double[] logits, Affinity kind) {
        throw new UnsupportedOperationException("TODO affinities: softmax or sigmoid");
    }

    /**
     * Routes one token: every shared expert, plus the {@code K_r} routed experts with the largest biased scores
     * {@code s_i + b_i}, gated by their unbiased affinities renormalised over the selection.
     *
     * @param logits the token's router logits, one per routed expert
     * @param bias   the balancing bias {@code b_i} per routed expert (all zero for plain top-k)
     * @param config the router's shape and affinity
     * @return the shared experts {@code 0..N_s-1}; the selected routed experts in increasing index order; their
     *         gates {@code g_i = s_i / sum_{j selected} s_j}
     * @throws IllegalArgumentException if the logits or the bias do not have {@code N_r} entries, a logit breaks
     *                                  the rules of {@link #affinities}, or a bias is NaN or infinite
     */
    public static Route route(double[] logits, double[] bias, RouterConfig config) {
        throw new UnsupportedOperationException("TODO route: top-k of s + b, gates from s");
    }

    /**
     * The layer's output for one token: {@code h = u + sum_{j shared} FFN_j(u) + sum_{i routed} g_i FFN_i(u)},
     * calling each expert the route names exactly once and no other expert.
     *
     * @param u             the token's hidden vector
     * @param route         where the token goes
     * @param sharedExperts the layer's shared experts, indexed as in the route
     * @param routedExperts the layer's routed experts, indexed as in the route
     * @return a new vector of the length of {@code u}
     * @throws IllegalArgumentException if the route names an expert that does not exist, or an expert returns a
     *                                  vector of another length than {@code u}
     */
    public static double[] combine(double[] u, Route route, List<Expert> sharedExperts, List<Expert> routedExperts) {
        throw new UnsupportedOperationException("TODO combine: u + shared experts + gated routed experts");
    }

}
