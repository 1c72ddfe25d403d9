package course.moe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

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
        Objects.requireNonNull(kind, "kind");
        checkLogits(logits);
        return switch (kind) {
            case SOFTMAX -> softmax(logits);
            case SIGMOID -> Arrays.stream(logits).map(z -> 1 / (1 + Math.exp(-z))).toArray();
        };
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
        Objects.requireNonNull(config, "config");
        int n = config.routedExperts();
        if (logits.length != n || bias.length != n) {
            throw new IllegalArgumentException("expected " + n + " logits and " + n + " biases, got "
                    + logits.length + " and " + bias.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(bias[i])) {
                throw new IllegalArgumentException("bias[" + i + "] is " + bias[i]);
            }
        }
        double[] s = affinities(logits, config.affinity());
        // sorted() is stable on an ordered stream, so equal scores keep the lower index first
        List<Integer> selected = new ArrayList<>(IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -(s[i] + bias[i])))
                .limit(config.topK()).toList());
        selected.sort(null);
        double total = selected.stream().mapToDouble(i -> s[i]).sum();
        List<Double> gates = selected.stream().map(i -> s[i] / total).toList();
        List<Integer> shared = IntStream.range(0, config.sharedExperts()).boxed().toList();
        return new Route(shared, selected, gates);
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
        double[] h = u.clone();
        for (int j : route.sharedExperts()) {
            addScaled(h, 1, expert(sharedExperts, j, "shared").apply(u.clone()));
        }
        for (int k = 0; k < route.routedExperts().size(); k++) {
            int i = route.routedExperts().get(k);
            addScaled(h, route.gates().get(k), expert(routedExperts, i, "routed").apply(u.clone()));
        }
        return h;
    }

    private static void checkLogits(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no logits: a router needs at least one expert");
        }
        for (int i = 0; i < logits.length; i++) {
            if (!(Math.abs(logits[i]) <= RouterConfig.MAX_LOGIT)) {
                throw new IllegalArgumentException("logit " + i + " is " + logits[i] + "; logits must be finite and"
                        + " at most " + RouterConfig.MAX_LOGIT + " in size");
            }
        }
    }

    private static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElseThrow();
        double[] p = Arrays.stream(z).map(x -> Math.exp(x - max)).toArray();
        double sum = Arrays.stream(p).sum();
        return Arrays.stream(p).map(x -> x / sum).toArray();
    }

    private static Expert expert(List<Expert> experts, int index, String kind) {
        if (index < 0 || index >= experts.size()) {
            throw new IllegalArgumentException("the route names " + kind + " expert " + index + " but there are "
                    + experts.size() + " " + kind + " experts");
        }
        return experts.get(index);
    }

    private static void addScaled(double[] h, double weight, double[] output) {
        if (output.length != h.length) {
            throw new IllegalArgumentException("an expert returned " + output.length + " numbers for a hidden vector"
                    + " of " + h.length);
        }
        for (int d = 0; d < h.length; d++) {
            h[d] += weight * output[d];
        }
    }
}
