package course.mdp;

import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random finite MDPs with a policy, for hidden properties, built so that a failing property shrinks to an MDP a
 * person can solve by hand: few states and actions, probabilities that are small fractions (1/2, 2/3), whole
 * rewards in {@code [-5, 5]} that depend on the next state, and a discount with one decimal.
 *
 * <p>Everything is drawn from fixed-size lists of small integers and cut to the drawn shape (no {@code flatMap}),
 * so that jqwik shrinks quickly: toward one state, one action, weight 1 and reward 1 (never toward all zeros, where
 * every mistake would vanish), and gamma toward 0.5.
 */
public final class MdpArbitraries {
    private static final int MAX_WEIGHT = 3;
    private static final int MAX_POLICY_WEIGHT = 4;
    private static final int MAX_REWARD = 5;

    private MdpArbitraries() {
    }

    /**
     * What kind of MDP to draw.
     *
     * @param maxStates     states {@code 1..maxStates}
     * @param maxActions    actions {@code 1..maxActions} in a non-terminal state
     * @param minGamma      smallest discount (rounded up to tenths)
     * @param maxGamma      largest discount (rounded down to tenths), at most 1
     * @param terminals     whether states other than 0 may be terminal (no actions)
     * @param deterministic every action leads to one next state, and the policy takes one action per state
     */
    public record Shape(int maxStates, int maxActions, double minGamma, double maxGamma, boolean terminals,
                        boolean deterministic) {
        /** Up to 4 states and 3 actions, gamma in {@code [0, 0.9]}, terminal states allowed, all stochastic. */
        public static final Shape SMALL = new Shape(4, 3, 0, 0.9, true, false);

        public Shape {
            if (maxStates < 1 || maxActions < 1 || !(0 <= minGamma && minGamma <= maxGamma && maxGamma <= 1)) {
                throw new IllegalArgumentException(
                        "need maxStates, maxActions >= 1 and 0 <= minGamma <= maxGamma <= 1");
            }
        }

        /** The same shape with the discount drawn from {@code [min, max]}. */
        public Shape gamma(double min, double max) {
            return new Shape(maxStates, maxActions, min, max, terminals, deterministic);
        }

        /** The same shape without terminal states. */
        public Shape withoutTerminals() {
            return new Shape(maxStates, maxActions, minGamma, maxGamma, false, deterministic);
        }

        /** The same shape with deterministic transitions and a deterministic policy. */
        public Shape deterministicOnly() {
            return new Shape(maxStates, maxActions, minGamma, maxGamma, terminals, true);
        }
    }

    /**
     * An MDP and the policy to evaluate. {@code toString} lists every possible transition with its probability
     * and reward as fractions, and the policy, one state per line.
     *
     * @param mdp the MDP
     * @param pi  a policy that fits it
     */
    public record Case(Mdp mdp, Policy pi) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("\nMDP with ").append(mdp.stateCount()).append(" states, gamma = ")
                    .append(NumberText.show(mdp.gamma()));
            for (int s = 0; s < mdp.stateCount(); s++) {
                if (mdp.isTerminal(s)) {
                    b.append("\n  state ").append(s).append(": terminal");
                }
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    b.append("\n  state ").append(s).append(", action ").append(a).append(" (pi ")
                            .append(fraction(pi.probability(s, a))).append("):");
                    String sep = " ";
                    for (int next = 0; next < mdp.stateCount(); next++) {
                        if (mdp.probability(s, a, next) != 0) {
                            b.append(sep).append("-> ").append(next).append(" (P ")
                                    .append(fraction(mdp.probability(s, a, next))).append(", R ")
                                    .append(NumberText.show(mdp.reward(s, a, next))).append(')');
                            sep = ", ";
                        }
                    }
                }
            }
            return b.toString();
        }
    }

    /** MDPs of the given shape, each with a policy (stochastic unless the shape is deterministic). */
    public static Arbitrary<Case> cases(Shape shape) {
        int n = shape.maxStates();
        int m = shape.maxActions();
        int lo = (int) Math.ceil(shape.minGamma() * 10 - 1e-9);
        int hi = (int) Math.floor(shape.maxGamma() * 10 + 1e-9);
        Arbitrary<Integer> gammaTenths = Arbitraries.integers().between(lo, hi)
                .shrinkTowards(Math.max(lo, Math.min(hi, 5)));
        return Combinators.combine(
                        CourseArbitraries.smallInts(1, n),
                        CourseArbitraries.smallInts(shape.terminals() ? 0 : 1, m).list().ofSize(n),
                        CourseArbitraries.smallInts(0, MAX_WEIGHT).list().ofSize(n * m * n),
                        Arbitraries.integers().between(0, n - 1).list().ofSize(n * m),
                        CourseArbitraries.smallInts(-MAX_REWARD, MAX_REWARD).list().ofSize(n * m * n),
                        gammaTenths,
                        CourseArbitraries.smallInts(0, MAX_POLICY_WEIGHT).list().ofSize(n * m),
                        Arbitraries.integers().between(0, m - 1).list().ofSize(n))
                .as((states, actions, weights, targets, rewards, gamma, policyWeights, chosen) -> build(shape,
                        new Raw(states, actions, weights, targets, rewards, gamma, policyWeights, chosen)));
    }

    /** MDPs of the given shape, without a policy. */
    public static Arbitrary<Mdp> mdps(Shape shape) {
        return cases(shape).map(Case::mdp);
    }

    /** The drawn numbers, indexed as for the largest shape; {@link #build} keeps the part the drawn sizes need. */
    private record Raw(int states, List<Integer> actions, List<Integer> weights, List<Integer> targets,
                       List<Integer> rewards, int gammaTenths, List<Integer> policyWeights, List<Integer> chosen) {
    }

    private static Case build(Shape shape, Raw raw) {
        int n = raw.states();
        int maxN = shape.maxStates();
        int maxA = shape.maxActions();
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        double[][] pi = new double[n][];
        for (int s = 0; s < n; s++) {
            int actions = s == 0 ? Math.max(1, raw.actions().get(s)) : raw.actions().get(s);
            p[s] = new double[actions][n];
            r[s] = new double[actions][n];
            pi[s] = new double[actions];
            for (int a = 0; a < actions; a++) {
                int base = (s * maxA + a) * maxN;
                if (shape.deterministic()) {
                    p[s][a][raw.targets().get(s * maxA + a) % n] = 1;
                } else {
                    int total = 0;
                    for (int next = 0; next < n; next++) {
                        total += raw.weights().get(base + next);
                    }
                    for (int next = 0; next < n; next++) {
                        // an all-zero row moves on to the next state for sure
                        int w = total == 0 ? (next == (s + 1) % n ? 1 : 0) : raw.weights().get(base + next);
                        p[s][a][next] = total == 0 ? w : (double) w / total;
                    }
                }
                for (int next = 0; next < n; next++) {
                    r[s][a][next] = raw.rewards().get(base + next);
                }
            }
            int pick = actions == 0 ? 0 : raw.chosen().get(s) % actions;
            int total = 0;
            for (int a = 0; a < actions; a++) {
                total += raw.policyWeights().get(s * maxA + a);
            }
            for (int a = 0; a < actions; a++) {
                if (shape.deterministic() || total == 0) {
                    pi[s][a] = a == pick ? 1 : 0;
                } else {
                    pi[s][a] = (double) raw.policyWeights().get(s * maxA + a) / total;
                }
            }
        }
        return new Case(Mdp.of(p, r, raw.gammaTenths() / 10.0), Policy.of(pi));
    }

    /** A probability as a fraction with a denominator up to 60 ({@code 2/7}), else as a decimal. */
    static String fraction(double x) {
        for (int d = 1; d <= 60; d++) {
            double numerator = x * d;
            if (Math.abs(numerator - Math.rint(numerator)) < 1e-9) {
                long k = Math.round(numerator);
                return d == 1 ? Long.toString(k) : k + "/" + d;
            }
        }
        return NumberText.show(x);
    }
}
