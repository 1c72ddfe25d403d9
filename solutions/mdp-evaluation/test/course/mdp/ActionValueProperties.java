package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.mdp.MdpArbitraries.Case;
import course.mdp.MdpArbitraries.Shape;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-step relations between state values and action values. */
class ActionValueProperties {

    @Provide
    Arbitrary<Case> anyCase() {
        return MdpArbitraries.cases(Shape.SMALL.gamma(0.1, 0.9));
    }

    /** Values with one decimal in [-10, 10], one per state of the largest MDP; cut to the MDP's size. */
    @Provide
    Arbitrary<List<Double>> values() {
        return CourseArbitraries.tenths(-10, 10).list().ofSize(Shape.SMALL.maxStates());
    }

    private static double[] cut(List<Double> values, Mdp mdp) {
        return values.stream().limit(mdp.stateCount()).mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')] for ANY vector v: the reward of the "
            + "transition plus the discounted value of the state it lands in, averaged with the transition "
            + "probabilities. Forgetting the reward, forgetting gamma, or using v(s) instead of v(s') are the "
            + "usual slips.",
            zh = "对任意向量 v，q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]：转移的奖励加上落点状态价值的"
                    + "折扣，再按转移概率求期望。常见错误是漏掉奖励、漏掉 gamma，或用 v(s) 代替 v(s')。")
    void qFromVMatchesTheOneStepLookahead(@ForAll("anyCase") Case c, @ForAll("values") List<Double> values) {
        double[] v = cut(values, c.mdp());
        double[][] q = PolicyEvaluation.qFromV(c.mdp(), v);
        double[][] expected = MdpOracle.q(c.mdp(), v);
        Optional<String> problem = Approx.difference("q", q, expected, Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("q from v = %s, gamma = %s: %s%s", NumberText.show(v),
                NumberText.show(c.mdp().gamma()), problem.orElse(""),
                Mistakes.q(c.mdp(), v, q, expected).explain()).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @Hint(value = "v(s) = sum_a pi(a|s) q(s,a): the policy's average of the action values. max_a q(s,a) is the "
            + "greedy value (control, not evaluation), and a plain mean ignores the policy.",
            zh = "v(s) = sum_a pi(a|s) q(s,a)：按策略对动作价值求期望。max_a q(s,a) 是贪心价值（属于控制，"
                    + "不是评估），简单平均则忽略了策略。")
    void vFromQAveragesOverThePolicy(@ForAll("anyCase") Case c, @ForAll("values") List<Double> values) {
        double[][] q = MdpOracle.q(c.mdp(), cut(values, c.mdp()));
        double[] v = PolicyEvaluation.vFromQ(c.pi(), q);
        double[] expected = MdpOracle.v(c.pi(), q);
        Optional<String> problem = Approx.difference("v", v, expected, Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("v from q = %s: %s%s", show(q), problem.orElse(""),
                Mistakes.vFromQ(c.pi(), q, v, expected).explain()).isEmpty();
    }

    @Property(tries = 40)
    @Points(1)
    @DependsOn({"qFromVMatchesTheOneStepLookahead", "vFromQAveragesOverThePolicy"})
    @Hint(value = "For v = v_pi the round trip v -> q -> v gives v_pi back: sum_a pi(a|s) q_pi(s,a) = v_pi(s) is the "
            + "Bellman expectation equation itself. If it fails, qFromV and vFromQ do not use the same pi, P, R and "
            + "gamma as the backup.",
            zh = "当 v = v_pi 时，v -> q -> v 的往返应回到 v_pi：sum_a pi(a|s) q_pi(s,a) = v_pi(s) 就是贝尔曼期望方程"
                    + "本身。若不成立，说明 qFromV 和 vFromQ 没有用与备份一致的 pi、P、R 和 gamma。")
    void roundTripFromVThroughQGivesVBack(@ForAll("anyCase") Case c) {
        double[] vPi = MdpOracle.values(c.mdp(), c.pi());
        double[] back = PolicyEvaluation.vFromQ(c.pi(), PolicyEvaluation.qFromV(c.mdp(), vPi));
        Optional<String> problem = Approx.difference("v -> q -> v", back, vPi, new Tolerance(1e-8, 1e-8));
        assertThat(problem).withFailMessage("round trip from v_pi = %s: %s", NumberText.show(vPi),
                problem.orElse("")).isEmpty();
    }

    private static String show(double[][] q) {
        StringBuilder b = new StringBuilder("[");
        for (int s = 0; s < q.length; s++) {
            b.append(s == 0 ? "" : ", ").append(NumberText.show(q[s]));
        }
        return b.append(']').toString();
    }
}
