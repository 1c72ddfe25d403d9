package course.mdp;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.mdp.Generators.Case;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-step relations between state values and action values. */
class ActionValueProperties {

    @Provide
    Arbitrary<Case> anyCase() {
        return Generators.cases(0.05, 0.95, 0.15);
    }

    @Property
    @Points(2)
    @Hint(value = "q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')] for ANY vector v: the reward of the "
            + "transition plus the discounted value of the state it lands in, averaged with the transition "
            + "probabilities. Forgetting the reward, forgetting gamma, or using v(s) instead of v(s') are the "
            + "usual slips.",
            zh = "对任意向量 v，q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]：转移的奖励加上落点状态价值的"
                    + "折扣，再按转移概率求期望。常见错误是漏掉奖励、漏掉 gamma，或用 v(s) 代替 v(s')。")
    void qFromVMatchesTheOneStepLookahead(@ForAll("anyCase") Case c, @ForAll long vectorSeed) {
        double[] v = Generators.vector(c.mdp().stateCount(), vectorSeed);
        double[][] q = PolicyEvaluation.qFromV(c.mdp(), v);
        double[][] expected = Oracle.q(c.mdp(), v);
        String diff = Oracle.rowDifference("q", q, expected, 1e-9 * (1 + 10 + 5));
        assertThat(diff).withFailMessage("q from v = %s, gamma = %s: %s%s", Oracle.fmt(v), c.mdp().gamma(), diff,
                diff == null ? "" : Oracle.diagnoseQ(c.mdp(), v, q)).isNull();
    }

    @Property
    @Points(1)
    @Hint(value = "v(s) = sum_a pi(a|s) q(s,a): the policy's average of the action values. max_a q(s,a) is the "
            + "greedy value (control, not evaluation), and a plain mean ignores the policy.",
            zh = "v(s) = sum_a pi(a|s) q(s,a)：按策略对动作价值求期望。max_a q(s,a) 是贪心价值（属于控制，"
                    + "不是评估），简单平均则忽略了策略。")
    void vFromQAveragesOverThePolicy(@ForAll("anyCase") Case c, @ForAll long vectorSeed) {
        double[][] q = Oracle.q(c.mdp(), Generators.vector(c.mdp().stateCount(), vectorSeed));
        double[] v = PolicyEvaluation.vFromQ(c.pi(), q);
        String diff = Oracle.difference("v", v, Oracle.v(c.pi(), q), 1e-9 * 20);
        assertThat(diff).withFailMessage("v from q = %s: %s%s", Oracle.fmt(q), diff,
                diff == null ? "" : Oracle.diagnoseV(c.pi(), q, v)).isNull();
    }

    @Property
    @Points(1)
    @Hint(value = "For v = v_pi the round trip v -> q -> v gives v_pi back: sum_a pi(a|s) q_pi(s,a) = v_pi(s) is the "
            + "Bellman expectation equation itself. If it fails, qFromV and vFromQ do not use the same pi, P, R and "
            + "gamma as the backup.",
            zh = "当 v = v_pi 时，v -> q -> v 的往返应回到 v_pi：sum_a pi(a|s) q_pi(s,a) = v_pi(s) 就是贝尔曼期望方程"
                    + "本身。若不成立，说明 qFromV 和 vFromQ 没有用与备份一致的 pi、P、R 和 gamma。")
    void roundTripFromVThroughQGivesVBack(@ForAll("anyCase") Case c) {
        double[] vPi = Oracle.values(c.mdp(), c.pi());
        double[][] q = PolicyEvaluation.qFromV(c.mdp(), vPi);
        double[] back = PolicyEvaluation.vFromQ(c.pi(), q);
        String diff = Oracle.difference("v -> q -> v", back, vPi, 1e-8 * (1 + Oracle.maxAbs(vPi)));
        assertThat(diff).withFailMessage("round trip from v_pi = %s: %s", Oracle.fmt(vPi), diff).isNull();
    }
}
