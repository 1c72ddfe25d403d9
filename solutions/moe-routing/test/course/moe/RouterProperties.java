package course.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.VectorOracle;
import course.moe.Generators.RouterCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of routing on random routers, tokens and biases. */
class RouterProperties {

    @Provide
    Arbitrary<RouterCase> unbiased() {
        return Generators.cases(false);
    }

    @Provide
    Arbitrary<RouterCase> biased() {
        return Generators.cases(true);
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "Softmax affinities are positive and sum to 1; sigmoid affinities are 1 / (1 + exp(-z_i)), each in "
            + "(0, 1), computed for every expert independently.",
            zh = "softmax 亲和度为正且和为 1；sigmoid 亲和度为 1 / (1 + exp(-z_i))，每个都在 (0, 1) 内，对每个专家独立计算。")
    void affinitiesFollowTheirDefinition(@ForAll("unbiased") RouterCase c) {
        Affinity kind = c.config().affinity();
        double[] logits = c.logits().clone();
        double[] s = Router.affinities(logits, kind);
        double[] expected = MoeOracle.affinities(c.logits(), kind);
        String problem = Arrays.equals(logits, c.logits()) ? Approx.difference(kind + " affinities", s, expected,
                Tolerance.DEFAULT).orElse(null) : "affinities changed its argument to " + Arrays.toString(logits);
        if (problem != null) {
            problem += Diagnosis.of(s, expected, Tolerance.DEFAULT).called("affinities")
                    .mistake("these are the sigmoid affinities", () -> MoeOracle.affinities(c.logits(),
                            Affinity.SIGMOID))
                    .mistake("these are the softmax affinities", () -> MoeOracle.affinities(c.logits(),
                            Affinity.SOFTMAX))
                    .explain();
        }
        assertThat(problem).withFailMessage("logits %s: %s", Arrays.toString(c.logits()), problem).isNull();
    }

    @Property(tries = 80)
    @Points(2)
    @Hint(value = "Every token uses ALL N_s shared experts (listed as 0..N_s-1) and EXACTLY K_r distinct routed "
            + "experts (listed in increasing order), each with one gate. Shared experts do not take routed slots.",
            zh = "每个 token 都使用全部 N_s 个共享专家（列为 0..N_s-1），以及恰好 K_r 个互不相同的路由专家"
                    + "（按编号递增列出），每个路由专家一个门控。共享专家不占用路由名额。")
    void everyTokenUsesAllSharedAndExactlyKRoutedExperts(@ForAll("biased") RouterCase c) {
        Route route = Router.route(c.logits(), c.bias(), c.config());
        RouterConfig config = c.config();
        List<Integer> shared = new ArrayList<>();
        for (int j = 0; j < config.sharedExperts(); j++) {
            shared.add(j);
        }
        List<Integer> routed = route.routedExperts();
        String problem = null;
        if (!route.sharedExperts().equals(shared)) {
            problem = "the shared experts are " + route.sharedExperts() + " but every token uses all of them: "
                    + shared;
        } else if (routed.size() != config.topK()) {
            problem = routed.size() + " routed experts " + routed + " were selected, expected exactly K_r = "
                    + config.topK() + (routed.size() == config.topK() - config.sharedExperts()
                    ? " (the shared experts do not count toward K_r)" : "");
        } else if (routed.stream().anyMatch(i -> i < 0 || i >= config.routedExperts())) {
            problem = "the routed experts " + routed + " must be indices in 0.." + (config.routedExperts() - 1);
        } else if (!routed.equals(routed.stream().sorted().distinct().toList())) {
            problem = "the routed experts " + routed + " must be distinct and in increasing index order";
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 80)
    @Points(2)
    @Hint(value = "The routed experts are the K_r largest biased scores s_i + b_i, where s are the affinities (after "
            + "the softmax or sigmoid) and ties go to the lower index. Not the scores without the bias, not the bias "
            + "added to the logits before the sigmoid/softmax, not the smallest scores.",
            zh = "路由专家是 K_r 个最大的带偏置分数 s_i + b_i，其中 s 是（softmax 或 sigmoid 之后的）亲和度，"
                    + "相等时编号小者优先。不是不带偏置的分数，不是先把偏置加到 logit 上再做 sigmoid/softmax，"
                    + "也不是最小的分数。")
    void routedExpertsAreTheTopKBiasedScores(@ForAll("biased") RouterCase c) {
        RouterConfig config = c.config();
        int n = config.routedExperts();
        double[] logits = c.logits().clone();
        double[] bias = c.bias().clone();
        List<Integer> selected = Router.route(logits, bias, config).routedExperts();
        int[] expected = MoeOracle.selection(c.logits(), c.bias(), config);
        double[] s = MoeOracle.affinities(c.logits(), config.affinity());
        String problem = null;
        if (!Arrays.equals(logits, c.logits()) || !Arrays.equals(bias, c.bias())) {
            problem = "route changed its arguments: logits became " + Arrays.toString(logits) + ", bias "
                    + Arrays.toString(bias);
        } else if (!selected.equals(MoeOracle.list(expected))) {
            double[] scores = MoeOracle.plus(s, c.bias());
            double[] negated = Arrays.stream(scores).map(x -> -x).toArray();
            problem = "selected routed experts " + selected + ", expected " + Arrays.toString(expected)
                    + "\n  affinities s     = " + NumberText.show(s)
                    + "\n  biased scores s+b = " + NumberText.show(scores)
                    + Diagnosis.of(MoeOracle.membership(selected, n), MoeOracle.membership(expected, n),
                            Tolerance.DEFAULT).called("selected experts")
                    .mistake("the bias was ignored when selecting (top-k of s)",
                            () -> MoeOracle.membership(MoeOracle.topK(s, config.topK()), n))
                    .mistake("the bias was added to the logits before the " + config.affinity() + " (select by s + b, "
                            + "with s computed from the logits alone)", () -> MoeOracle.membership(MoeOracle.topK(
                                    MoeOracle.affinities(MoeOracle.plus(c.logits(), c.bias()), config.affinity()),
                                    config.topK()), n))
                    .mistake("the experts with the SMALLEST scores were selected",
                            () -> MoeOracle.membership(MoeOracle.topK(negated, config.topK()), n))
                    .explain();
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 80)
    @Points(2)
    @DependsOn("everyTokenUsesAllSharedAndExactlyKRoutedExperts")
    @Hint(value = "The gate of a selected expert is g_i = s_i / (sum of s_j over the selected experts): the "
            + "affinities renormalised over the selection, so the gates of a token sum to 1. Not the raw s_i, not a "
            + "softmax of the selected affinities.",
            zh = "被选专家的门控是 g_i = s_i / (所选专家的 s_j 之和)：亲和度在所选集合上重新归一化，"
                    + "因此一个 token 的门控之和为 1。不是原始的 s_i，也不是对所选亲和度再做 softmax。")
    void gatesAreTheAffinitiesRenormalisedOverTheSelection(@ForAll("unbiased") RouterCase c) {
        RouterConfig config = c.config();
        Route route = Router.route(c.logits(), c.bias(), config);
        int[] own = route.routedExperts().stream().mapToInt(Integer::intValue).toArray();
        double[] s = MoeOracle.affinities(c.logits(), config.affinity());
        double[] gates = MoeOracle.toArray(route.gates());
        String problem;
        if (Arrays.stream(own).anyMatch(i -> i < 0 || i >= s.length)) {
            problem = "the route " + route + " names experts outside 0.." + (s.length - 1);
        } else {
            double[] expected = MoeOracle.normalised(s, own);
            double[] selectedS = Arrays.stream(own).mapToDouble(i -> s[i]).toArray();
            problem = Approx.difference("gates of experts " + route.routedExperts(), gates, expected,
                    Tolerance.DEFAULT).map(d -> d + "\n  affinities s = " + NumberText.show(s)
                    + Diagnosis.of(gates, expected, Tolerance.DEFAULT).called("gates")
                    .mistake("the gates are the raw affinities s_i, not renormalised over the selected experts",
                            () -> selectedS)
                    .mistake("the gates are a softmax of the selected affinities",
                            () -> VectorOracle.softmax(selectedS))
                    .explain()).orElse(null);
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 80)
    @Points(2)
    @DependsOn({"everyTokenUsesAllSharedAndExactlyKRoutedExperts", "gatesAreTheAffinitiesRenormalisedOverTheSelection"})
    @Hint(value = "The balancing bias b_i is used ONLY to choose the experts (DeepSeek-V3): the gates still come from "
            + "the unbiased affinities, g_i = s_i / sum_{j selected} s_j. Gates computed from s_i + b_i change the "
            + "model's output whenever the bias moves.",
            zh = "平衡偏置 b_i 只用于选择专家（DeepSeek-V3）：门控仍来自不带偏置的亲和度，g_i = s_i / sum_{所选 j} s_j。"
                    + "用 s_i + b_i 算门控，会让偏置一变模型输出就变。")
    void theBiasChangesOnlyTheSelectionNeverTheGates(@ForAll("biased") RouterCase c) {
        RouterConfig config = c.config();
        Route route = Router.route(c.logits(), c.bias(), config);
        double[] s = MoeOracle.affinities(c.logits(), config.affinity());
        List<Integer> own = route.routedExperts();
        String problem = null;
        // Whatever the selection, two selected experts' gates stand in the ratio of their UNBIASED affinities.
        for (int a = 0; a < own.size() && problem == null; a++) {
            for (int b = a + 1; b < own.size() && problem == null; b++) {
                int i = own.get(a);
                int j = own.get(b);
                double ratio = route.gates().get(a) / route.gates().get(b);
                double biasedRatio = (s[i] + c.bias()[i]) / (s[j] + c.bias()[j]);
                problem = Approx.difference("g_" + i + " / g_" + j, ratio, s[i] / s[j], Tolerance.DEFAULT)
                        .map(d -> d + " = s_" + i + " / s_" + j
                                + Diagnosis.of(ratio, s[i] / s[j], Tolerance.DEFAULT).called("gates")
                                .mistakeNumber("they were computed from the biased scores s_i + b_i (the bias is "
                                        + "for selection only)", () -> biasedRatio)
                                .explain())
                        .orElse(null);
            }
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn("RouterTests.combineOfAHandExample")
    @Hint(value = "combine must call each shared expert of the route and each selected routed expert exactly once, "
            + "and no other expert (a mixture-of-experts layer is sparse: that is what saves compute), and return "
            + "u + sum_shared FFN_j(u) + sum_routed g_i FFN_i(u).",
            zh = "combine 必须对路由中的每个共享专家和每个被选路由专家各调用恰好一次，不调用其他专家"
                    + "（MoE 层是稀疏的，这正是它节省计算的原因），并返回 u + sum_shared FFN_j(u) + sum_routed g_i FFN_i(u)。")
    void combineCallsExactlyTheExpertsOfTheRoute(@ForAll("biased") RouterCase c) {
        RouterConfig config = c.config();
        int d = 2;
        int[] calls = new int[config.sharedExperts() + config.routedExperts()];
        List<Expert> shared = new ArrayList<>();
        List<Expert> routed = new ArrayList<>();
        for (int e = 0; e < calls.length; e++) {
            int id = e;
            double scale = e + 1;
            Expert expert = u -> {
                calls[id]++;
                return new double[] {scale * u[1], u[0] - scale};
            };
            (e < config.sharedExperts() ? shared : routed).add(expert);
        }
        int[] selected = MoeOracle.selection(c.logits(), c.bias(), config);
        double[] gates = MoeOracle.normalised(MoeOracle.affinities(c.logits(), config.affinity()), selected);
        List<Integer> sharedIds = new ArrayList<>();
        for (int j = 0; j < config.sharedExperts(); j++) {
            sharedIds.add(j);
        }
        Route route = new Route(sharedIds, MoeOracle.list(selected), Arrays.stream(gates).boxed().toList());
        double[] u = Arrays.copyOf(c.logits(), d);
        double[] h = Router.combine(u, route, shared, routed);
        double[] expected = u.clone();
        for (int e = 0; e < calls.length; e++) {
            int routedIndex = e - config.sharedExperts();
            int slot = routedIndex < 0 ? -1 : Arrays.binarySearch(selected, routedIndex);
            double w = routedIndex < 0 ? 1 : slot >= 0 ? gates[slot] : 0;
            expected[0] += w * (e + 1) * u[1];
            expected[1] += w * (u[0] - (e + 1));
        }
        String problem = Arrays.equals(u, Arrays.copyOf(c.logits(), d)) ? null
                : "combine changed its argument u to " + Arrays.toString(u);
        for (int e = 0; e < calls.length && problem == null; e++) {
            boolean used = e < config.sharedExperts()
                    || Arrays.binarySearch(selected, e - config.sharedExperts()) >= 0;
            String name = e < config.sharedExperts() ? "shared expert " + e
                    : "routed expert " + (e - config.sharedExperts());
            if (calls[e] != (used ? 1 : 0)) {
                problem = name + " was called " + calls[e] + " times, expected " + (used ? 1 : 0)
                        + " (route: " + route + ")";
            }
        }
        if (problem == null) {
            problem = Approx.difference("h", h, expected, Tolerance.DEFAULT).map(p -> p + "\n  route: " + route)
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("u = %s: %s", Arrays.toString(u), problem).isNull();
    }
}
