package course.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Fixed examples of affinities, routing and the layer output, worked by hand, and the documented exceptions. */
class RouterTests {

    private static final double LN3 = Math.log(3);
    private static final double LN4 = Math.log(4);

    @Test
    @Points(1)
    @Hint(value = "Softmax affinities are exp(z_i) / sum_j exp(z_j) (one distribution over the experts); sigmoid "
            + "affinities are 1 / (1 + exp(-z_i)) for each expert on its own, so they need not sum to 1.",
            zh = "softmax 亲和度是 exp(z_i) / sum_j exp(z_j)（所有专家上的一个分布）；sigmoid 亲和度对每个专家单独计算 "
                    + "1 / (1 + exp(-z_i))，它们的和不必为 1。")
    void affinitiesOfKnownLogits() {
        double[] softmax = Router.affinities(new double[] {0, LN3, 0}, Affinity.SOFTMAX);
        Approx.assertClose("softmax affinities of [0, ln 3, 0] (= [1, 3, 1] / 5)", softmax,
                new double[] {0.2, 0.6, 0.2}, Tolerance.DEFAULT);
        double[] sigmoid = Router.affinities(new double[] {0, LN3, -LN4}, Affinity.SIGMOID);
        Approx.assertClose("sigmoid affinities of [0, ln 3, -ln 4]", sigmoid, new double[] {0.5, 0.75, 0.2},
                Tolerance.DEFAULT);
        double[] large = Router.affinities(new double[] {100, -100, 99}, Affinity.SOFTMAX);
        double e = Math.exp(-1);
        Approx.assertClose("softmax affinities of [100, -100, 99] (subtract the max before exp)", large,
                new double[] {1 / (1 + e), Math.exp(-200) / (1 + e), e / (1 + e)}, Tolerance.DEFAULT);
    }

    /**
     * Four routed experts, one shared, top-2, sigmoid: s = (0.75, 0.5, 0.2, 0.25). Without bias experts 0 and 1 win
     * with gates 0.75/1.25 = 0.6 and 0.4. With bias (0, 0, 0.6, 0) the biased scores are (0.75, 0.5, 0.8, 0.25), so
     * experts 0 and 2 win, and their gates come from the unbiased s: 0.75/0.95 = 15/19 and 0.2/0.95 = 4/19.
     */
    @Test
    @Points(2)
    @Hint(value = "Select the K_r routed experts with the largest s_i + b_i, list them in increasing index order, "
            + "and give each the gate s_i / (sum of s_j over the selected j): the bias decides WHO is selected, never "
            + "how much weight the selected get. Every shared expert is always used.",
            zh = "选出 s_i + b_i 最大的 K_r 个路由专家，按编号从小到大列出，每个的门控为 s_i / (所选 j 的 s_j 之和)："
                    + "偏置只决定选谁，从不改变被选中者的权重。每个共享专家都总是被使用。")
    void routeOfTheHandExample() {
        RouterConfig config = new RouterConfig(4, 1, 2, Affinity.SIGMOID);
        double[] logits = {LN3, 0, -LN4, -LN3};
        Route plain = Router.route(logits, new double[4], config);
        expectRoute("no bias", plain, List.of(0, 1), new double[] {0.6, 0.4}, List.of(0));
        double[] bias = {0, 0, 0.6, 0};
        Route biased = Router.route(logits, bias, config);
        String why = Diagnosis.of(MoeOracle.toArray(biased.gates()), new double[] {15.0 / 19, 4.0 / 19},
                        Tolerance.DEFAULT).called("gates")
                .mistake("the gates were computed from the biased scores s_i + b_i", () -> new double[] {
                    0.75 / 1.55, 0.8 / 1.55})
                .mistake("the gates are the raw affinities, not renormalised over the selected experts",
                        () -> new double[] {0.75, 0.2})
                .explain();
        expectRoute("bias (0, 0, 0.6, 0)", biased, List.of(0, 2), new double[] {15.0 / 19, 4.0 / 19}, List.of(0),
                why);
    }

    @Test
    @Points(1)
    @Hint(value = "Softmax router: s = softmax(z) over all routed experts; the gates of the selected experts are "
            + "s_i renormalised over the selection (the same as a softmax over the selected logits only), so they "
            + "sum to 1 even though the unselected experts took part of s.",
            zh = "softmax 路由：s = 对所有路由专家做的 softmax(z)；所选专家的门控是 s_i 在所选集合上重新归一化"
                    + "（等于只对所选 logit 做 softmax），所以即使未选专家分走了部分 s，门控之和仍为 1。")
    void softmaxRouteRenormalisesOverTheSelection() {
        // s = (1, 3, 2, 4) / 10 from logits ln(1), ln(3), ln(2), ln(4); top-2 = experts 1 and 3, gates 3/7 and 4/7.
        RouterConfig config = new RouterConfig(4, 2, 2, Affinity.SOFTMAX);
        Route route = Router.route(new double[] {0, LN3, Math.log(2), LN4}, new double[4], config);
        String why = Diagnosis.of(MoeOracle.toArray(route.gates()), new double[] {3.0 / 7, 4.0 / 7},
                        Tolerance.DEFAULT).called("gates")
                .mistake("the gates are the softmax affinities over ALL experts (0.3, 0.4), not renormalised over the "
                        + "selected ones (DeepSeek-V2 did that; this exercise, like V3, renormalises)",
                        () -> new double[] {0.3, 0.4})
                .explain();
        expectRoute("softmax, s = (0.1, 0.3, 0.2, 0.4)", route, List.of(1, 3), new double[] {3.0 / 7, 4.0 / 7},
                List.of(0, 1), why);
    }

    @Test
    @Points(1)
    @Hint(value = "Ties in s_i + b_i go to the LOWER expert index. With equal logits and no bias, top-2 of 4 "
            + "experts is {0, 1}; a stable sort by descending score (or a strict > while scanning) does this.",
            zh = "s_i + b_i 相等时，编号较小的专家优先。logit 全相等且无偏置时，4 个专家取 top-2 得到 {0, 1}；"
                    + "按分数降序的稳定排序（或扫描时用严格的 >）就能做到。")
    void tiesGoToTheLowerIndex() {
        RouterConfig config = new RouterConfig(4, 0, 2, Affinity.SIGMOID);
        Route equal = Router.route(new double[] {1, 1, 1, 1}, new double[4], config);
        assertThat(equal.routedExperts()).as("top-2 of four equal scores").containsExactly(0, 1);
        assertThat(MoeOracle.toArray(equal.gates())).as("gates of two equal affinities")
                .containsExactly(0.5, 0.5);
        // biased scores (s, s + 0.1, s, s + 0.1): experts 1 and 3 lead; top-3 adds expert 0, the lower of the tie 0/2
        Route biased = Router.route(new double[] {1, 1, 1, 1}, new double[] {0, 0.1, 0, 0.1},
                new RouterConfig(4, 0, 3, Affinity.SIGMOID));
        assertThat(biased.routedExperts()).as("top-3 of biased scores (s, s + 0.1, s, s + 0.1)")
                .containsExactly(0, 1, 3);
    }

    @Test
    @Points(1)
    @DependsOn("routeOfTheHandExample")
    @Hint(value = "The layer output is h = u + sum over the shared experts of FFN_j(u) + sum over the selected routed "
            + "experts of g_i FFN_i(u): the residual u is kept, shared experts have weight 1, routed experts their "
            + "gate.",
            zh = "层输出为 h = u + 所有共享专家 FFN_j(u) 之和 + 所选路由专家 g_i FFN_i(u) 之和：保留残差 u，"
                    + "共享专家权重为 1，路由专家权重为其门控。")
    void combineOfAHandExample() {
        // shared: u -> 2u; routed 0: u -> (1, 1); routed 1: u -> -u; routed 2: u -> (10, 0)
        List<Expert> shared = List.of(u -> new double[] {2 * u[0], 2 * u[1]});
        List<Expert> routed = List.of(u -> new double[] {1, 1}, u -> new double[] {-u[0], -u[1]},
                u -> new double[] {10, 0});
        Route route = new Route(List.of(0), List.of(0, 2), List.of(0.75, 0.25));
        double[] h = Router.combine(new double[] {1, 2}, route, shared, routed);
        // (1, 2) + (2, 4) + 0.75 (1, 1) + 0.25 (10, 0) = (6.25, 6.75)
        double[] expected = {6.25, 6.75};
        String why = Diagnosis.of(h, expected, Tolerance.DEFAULT).called("output")
                .mistake("the residual u is missing", () -> new double[] {5.25, 4.75})
                .mistake("the shared experts are missing", () -> new double[] {4.25, 2.75})
                .mistake("the routed experts are not weighted by their gates", () -> new double[] {14, 7})
                .explain();
        Approx.difference("h for u = (1, 2)", h, expected, Tolerance.DEFAULT).ifPresent(d -> {
            throw new AssertionError(d + why);
        });
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException when the logits or the bias do not have N_r entries, when a logit "
            + "is NaN, infinite or beyond +-RouterConfig.MAX_LOGIT (100), when a bias is NaN or infinite, and from "
            + "affinities for an empty array.",
            zh = "当 logit 或偏置的个数不等于 N_r、某个 logit 为 NaN、无穷或超出 +-RouterConfig.MAX_LOGIT (100)、"
                    + "某个偏置为 NaN 或无穷时，抛出 IllegalArgumentException；affinities 收到空数组时也要抛出。")
    void rejectsInvalidRouterInput() {
        RouterConfig c = new RouterConfig(3, 1, 2, Affinity.SIGMOID);
        double[] ok = {0, 1, 2};
        List<Runnable> bad = new ArrayList<>();
        List<String> what = new ArrayList<>();
        add(bad, what, "2 logits for 3 experts", () -> Router.route(new double[] {0, 1}, new double[3], c));
        add(bad, what, "4 biases for 3 experts", () -> Router.route(ok, new double[4], c));
        add(bad, what, "a NaN logit", () -> Router.route(new double[] {0, Double.NaN, 1}, new double[3], c));
        add(bad, what, "an infinite logit", () -> Router.route(new double[] {0, Double.POSITIVE_INFINITY, 1},
                new double[3], c));
        add(bad, what, "a logit of -100.5", () -> Router.route(new double[] {0, -100.5, 1}, new double[3], c));
        add(bad, what, "a NaN bias", () -> Router.route(ok, new double[] {0, Double.NaN, 0}, c));
        add(bad, what, "an infinite bias", () -> Router.route(ok, new double[] {Double.NEGATIVE_INFINITY, 0, 0}, c));
        add(bad, what, "affinities of no logits", () -> Router.affinities(new double[0], Affinity.SOFTMAX));
        add(bad, what, "softmax affinities of a logit of 101", () -> Router.affinities(new double[] {101, 0},
                Affinity.SOFTMAX));
        for (int i = 0; i < bad.size(); i++) {
            assertThatThrownBy(bad.get(i)::run).as(what.get(i)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Router.route(new double[] {100, -100, 0}, new double[3], c).routedExperts())
                .as("logits of exactly +-100 are allowed").containsExactly(0, 2);
    }

    @Test
    @Points(1)
    @Hint(value = "combine throws IllegalArgumentException when the route names a shared or routed expert that is "
            + "not in the given list, or when an expert returns a vector whose length differs from u.",
            zh = "当路由指向给定列表中不存在的共享或路由专家，或某个专家返回的向量长度与 u 不同时，"
                    + "combine 抛出 IllegalArgumentException。")
    void combineRejectsBadRoutesAndExperts() {
        List<Expert> one = List.of(u -> u.clone());
        double[] u = {1, 2};
        assertThatThrownBy(() -> Router.combine(u, new Route(List.of(1), List.of(), List.of()), one, one))
                .as("route names shared expert 1 of 1").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Router.combine(u, new Route(List.of(), List.of(-1), List.of(1.0)), one, one))
                .as("route names routed expert -1").isInstanceOf(IllegalArgumentException.class);
        List<Expert> wrong = List.of(x -> new double[] {1, 2, 3});
        assertThatThrownBy(() -> Router.combine(u, new Route(List.of(), List.of(0), List.of(1.0)), one, wrong))
                .as("a routed expert returns 3 numbers for a vector of 2").isInstanceOf(IllegalArgumentException.class);
        List<Expert> shorter = List.of(x -> new double[] {1});
        assertThatThrownBy(() -> Router.combine(u, new Route(List.of(0), List.of(), List.of()), shorter, one))
                .as("a shared expert returns 1 number for a vector of 2").isInstanceOf(IllegalArgumentException.class);
    }

    private static void add(List<Runnable> bad, List<String> what, String description, Runnable call) {
        bad.add(call);
        what.add(description);
    }

    private static void expectRoute(String label, Route route, List<Integer> experts, double[] gates,
                                    List<Integer> shared) {
        expectRoute(label, route, experts, gates, shared, "");
    }

    private static void expectRoute(String label, Route route, List<Integer> experts, double[] gates,
                                    List<Integer> shared, String why) {
        assertThat(route.sharedExperts()).as("%s: shared experts (all of them, always)", label)
                .containsExactlyElementsOf(shared);
        assertThat(route.routedExperts()).as("%s: the selected routed experts in increasing order", label)
                .containsExactlyElementsOf(experts);
        Approx.difference(label + ": gates", MoeOracle.toArray(route.gates()), gates, Tolerance.DEFAULT)
                .ifPresent(d -> {
                    throw new AssertionError(d + why);
                });
    }
}
