package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.RandomMdps.MdpAndPolicy;
import course.mdp.RandomMdps.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Policy iteration and evaluation from a start vector on random discounted MDPs. */
class PolicyIterationProperties {

    private static final Shape DISCOUNTED = new Shape(4, 3, List.of(0.5, 0.8, 0.9), true, false);

    /** An MDP, a policy and a start vector for its evaluation. */
    record EvaluationCase(Mdp mdp, Policy pi, double[] start) {
        @Override
        public String toString() {
            return "\n" + mdp + "\n" + pi + "\nstart = " + NumberText.show(start);
        }
    }

    @Provide
    Arbitrary<Mdp> discounted() {
        return RandomMdps.mdps(DISCOUNTED);
    }

    @Provide
    Arbitrary<EvaluationCase> evaluationCase() {
        return RandomMdps.withPolicies(DISCOUNTED).flatMap((MdpAndPolicy c) -> RandomMdps.values(c.mdp().stateCount())
                .map(start -> new EvaluationCase(c.mdp(), c.pi(), start)));
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "Evaluation from any start vector converges to v_pi: after the first sweep whose largest change is "
            + "below theta, v is within gamma theta / (1 - gamma) of v_pi. Weight every action by pi(a|s) (not a max, "
            + "not a plain average) and start from the given vector.",
            zh = "从任意起始向量出发的评估都收敛到 v_pi：在第一个最大变化小于 theta 的那一轮之后，v 与 v_pi 的差不超过 "
                    + "gamma theta / (1 - gamma)。每个动作要乘 pi(a|s)（不是 max，也不是简单平均），并从给定向量开始。",
            timeout = "evaluatePolicy did not stop on a small random MDP with gamma <= 0.9.",
            timeoutZh = "evaluatePolicy 在 gamma <= 0.9 的小型随机 MDP 上停不下来。")
    void evaluationFromAnyStartReachesThePolicyValues(@ForAll("evaluationCase") EvaluationCase c) {
        double theta = 1e-6;
        double[] v = DynamicProgramming.evaluatePolicy(c.mdp(), c.pi(), c.start(), theta);
        double[] vPi = ControlOracle.policyValues(c.mdp(), c.pi());
        String problem = Approx.difference("v", v, vPi, ValueIterationProperties.stoppingBound(c.mdp(), theta))
                .map(diff -> "evaluatePolicy with theta = 1e-6 must end within gamma theta / (1 - gamma) of v_pi: "
                        + diff)
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(3)
    @DependsOn({"evaluationFromAnyStartReachesThePolicyValues", "GreedyPolicyProperties.policyImprovementNeverLowersAValue"})
    @Hint(value = "Policy iteration ends with a policy that is greedy with respect to its own values (improvement "
            + "changes nothing), so it is optimal: its values are v*. It evaluates every policy once, so it takes at "
            + "most as many evaluations as there are deterministic policies.",
            zh = "策略迭代结束时的策略对自己的价值是贪心的（改进不再改变它），所以它是最优策略，其价值就是 v*。"
                    + "每个策略只评估一次，所以评估次数不会超过确定性策略的个数。",
            timeout = "Policy iteration did not stop on a small random MDP: compare the improved policy with the "
                    + "current one after each improvement.",
            timeoutZh = "策略迭代在小型随机 MDP 上停不下来：每次改进之后比较改进后的策略与当前策略。")
    void policyIterationEndsWithAnOptimalPolicy(@ForAll("discounted") Mdp mdp) {
        PolicyIterationResult result = DynamicProgramming.policyIteration(mdp, 1e-10);
        double[] vStar = ControlOracle.optimalValues(mdp);
        int[] actions = ControlOracle.actions(result.policy());
        String problem = Approx.difference("v", result.values(), vStar, new Tolerance(1e-7, 1e-9))
                .map(diff -> "the values returned by policy iteration are not v*: " + diff).orElse(null);
        if (problem == null) {
            problem = Approx.difference("v of your final policy", ControlOracle.policyValues(mdp, result.policy()),
                    vStar, new Tolerance(1e-7, 1e-9)).map(diff -> "your final policy "
                    + ControlOracle.show(actions) + " is not optimal: " + diff).orElse(null);
        }
        int[] greedy = ControlOracle.greedyActions(mdp, result.values());
        if (problem == null && !Arrays.equals(actions, greedy)) {
            problem = "your final policy " + ControlOracle.show(actions) + " is not the greedy policy of its own "
                    + "values " + ControlOracle.show(greedy) + ": improvement would still change it";
        }
        long policies = ControlOracle.policyCount(mdp);
        if (problem == null && (result.evaluations() < 1 || result.evaluations() > policies)) {
            problem = result.evaluations() + " evaluations, but this MDP has only " + policies
                    + " deterministic policies and policy iteration evaluates each at most once";
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn({"policyIterationEndsWithAnOptimalPolicy", "ValueIterationProperties.valueIterationReachesTheOptimalValues"})
    @Hint(value = "Value iteration and policy iteration are two routes to the same v*: with a small theta their "
            + "values agree in every state.",
            zh = "价值迭代和策略迭代是通向同一个 v* 的两条路：theta 很小时，两者在每个状态的价值都一致。",
            timeout = "Value iteration or policy iteration did not stop on a small random MDP.",
            timeoutZh = "价值迭代或策略迭代在小型随机 MDP 上停不下来。")
    void valueIterationAndPolicyIterationAgree(@ForAll("discounted") Mdp mdp) {
        double[] byValues = DynamicProgramming.valueIteration(mdp, 1e-10);
        double[] byPolicies = DynamicProgramming.policyIteration(mdp, 1e-10).values();
        String problem = Approx.difference("value iteration's v", byValues, byPolicies, new Tolerance(1e-7, 1e-9))
                .map(diff -> diff + " (the second number is policy iteration's)").orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
