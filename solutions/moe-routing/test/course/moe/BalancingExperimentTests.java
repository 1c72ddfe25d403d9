package course.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;

import course.moe.Generators.SkewCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Auxiliary-loss-free balancing run on skewed routers: the student's router, counts and bias update in a loop. */
class BalancingExperimentTests {

    static final int STEPS = 30;
    static final double GAMMA = 0.04;

    @Provide
    Arbitrary<SkewCase> skewed() {
        return Generators.skewedRouters();
    }

    @Property(tries = 8)
    @Points(3)
    @DependsOn({"RouterProperties.routedExpertsAreTheTopKBiasedScores",
        "LoadBalanceProperties.biasUpdateMovesAgainstTheLoad",
        "LoadBalanceProperties.fractionsShareOutEveryAssignment"})
    @Hint(value = "A fixed batch of 32 tokens whose logits favour some experts is routed 30 times with bias updates "
            + "(gamma = 0.04) in between. The imbalance max_i load_i / mean - 1 of the load over the last 10 routings "
            + "must be at most half of the plain router's: overloaded experts' biases must go down, idle ones' up, "
            + "and the bias must enter the selection.",
            zh = "一批固定的 32 个 token（其 logit 偏向某些专家）被路由 30 次，每次之间更新偏置（gamma = 0.04）。"
                    + "最后 10 次路由的总负载的不均衡度 max_i load_i / 平均值 - 1 必须不超过普通路由的一半：过载专家的偏置"
                    + "必须下降、闲置专家的偏置必须上升，且偏置必须参与选择。")
    void biasUpdatesBalanceASkewedRouter(@ForAll("skewed") SkewCase c) {
        int n = c.skew().length;
        RouterConfig config = c.config();
        double[][] batch = c.batch();
        double[] bias = new double[n];
        double first = 0;
        int[] recent = new int[n];
        for (int step = 0; step < STEPS; step++) {
            List<Route> routes = new ArrayList<>();
            for (double[] token : batch) {
                routes.add(Router.route(token, bias, config));
            }
            int[] counts = LoadBalance.expertCounts(routes, n);
            if (step == 0) {
                first = MoeOracle.maxViolation(counts);
            }
            if (step >= STEPS - 10) {
                for (int i = 0; i < n; i++) {
                    recent[i] += counts[i];
                }
            }
            bias = LoadBalance.updateBias(bias, counts, GAMMA);
        }
        double last = MoeOracle.maxViolation(recent);
        String problem = last <= first / 2 ? null
                : "the imbalance max count / mean - 1 was " + NumberText.show(first) + " for the plain router and is "
                        + NumberText.show(last) + " for the load of the last 10 of " + STEPS + " steps (expected at "
                        + "most half); that load is " + Arrays.toString(recent) + ", the biases "
                        + NumberText.show(bias);
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }
}
