package course.mdp;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random finite MDPs, policies and value vectors for hidden properties, built from small whole numbers (transition
 * weights 0..3, rewards in tenths) so that a counterexample shrinks to an MDP a person can check by hand: fewer
 * states and actions, weights 1, rewards 1.
 */
final class RandomMdps {

    private RandomMdps() {
    }

    /** An MDP and a policy for it, printed readably in a counterexample. */
    record MdpAndPolicy(Mdp mdp, Policy pi) {
        @Override
        public String toString() {
            return "\n" + mdp + "\n" + pi;
        }
    }

    /** What to generate: sizes, the discounts to draw from (shrinking toward the first), and the special cases. */
    record Shape(int maxStates, int maxActions, List<Double> gammas, boolean terminals, boolean duplicateActions) {
        Shape {
            gammas = List.copyOf(gammas);
        }
    }

    /**
     * MDPs with 1 to {@code maxStates} states and 1 to {@code maxActions} actions per state. State 0 is never
     * terminal; with {@code terminals} any other state may be. With {@code duplicateActions} every non-terminal
     * state also gets exact copies of all its actions, appended in the same order, so that every best action has
     * an equally good twin with a higher index (a tie in every state).
     */
    static Arbitrary<Mdp> mdps(Shape shape) {
        return CourseArbitraries.smallInts(1, shape.maxStates()).flatMap(n -> Combinators.combine(
                        state(n, shape).list().ofSize(n), Arbitraries.of(shape.gammas()))
                .as((states, gamma) -> build(n, states, gamma, shape)));
    }

    /** An MDP with a random stochastic policy whose rows have distinct probabilities where there are 2+ actions. */
    static Arbitrary<MdpAndPolicy> withPolicies(Shape shape) {
        return mdps(shape).flatMap(mdp -> policies(mdp).map(pi -> new MdpAndPolicy(mdp, pi)));
    }

    /** Random stochastic policies of {@code mdp}. */
    static Arbitrary<Policy> policies(Mdp mdp) {
        List<Arbitrary<double[]>> rows = new ArrayList<>();
        for (int s = 0; s < mdp.stateCount(); s++) {
            int k = mdp.actionCount(s);
            rows.add(k == 0 ? Arbitraries.just(new double[0]) : CourseArbitraries.probabilityVector(k, k > 1));
        }
        return Combinators.combine(rows).as(list -> Policy.of(list.toArray(new double[0][])));
    }

    /** Vectors of {@code n} values in [-10, 10] with one decimal. */
    static Arbitrary<double[]> values(int n) {
        return CourseArbitraries.tenths(-10, 10).list().ofSize(n)
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One state: terminal or its actions. */
    private record StateSpec(boolean terminal, List<ActionSpec> actions) {
    }

    /** One action: a whole-number weight per next state and a reward (one decimal) per next state. */
    private record ActionSpec(List<Integer> weights, List<Double> rewards) {
    }

    private static Arbitrary<StateSpec> state(int n, Shape shape) {
        Arbitrary<ActionSpec> action = Combinators.combine(
                CourseArbitraries.smallInts(0, 3).list().ofSize(n),
                CourseArbitraries.tenths(-5, 5).list().ofSize(n))
                .as(ActionSpec::new);
        Arbitrary<Boolean> terminal = shape.terminals()
                ? CourseArbitraries.smallInts(0, 3).map(x -> x == 0) : Arbitraries.just(false);
        return Combinators.combine(terminal, action.list().ofMinSize(1).ofMaxSize(shape.maxActions()))
                .as(StateSpec::new);
    }

    private static Mdp build(int n, List<StateSpec> states, double gamma, Shape shape) {
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < n; s++) {
            StateSpec spec = states.get(s);
            if (s > 0 && spec.terminal()) {
                p[s] = new double[0][];
                r[s] = new double[0][];
                continue;
            }
            List<ActionSpec> actions = new ArrayList<>(spec.actions());
            if (shape.duplicateActions()) {
                actions.addAll(spec.actions());
            }
            p[s] = new double[actions.size()][];
            r[s] = new double[actions.size()][];
            for (int a = 0; a < actions.size(); a++) {
                p[s][a] = probabilities(actions.get(a).weights(), s);
                r[s][a] = actions.get(a).rewards().stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        return Mdp.of(p, r, gamma);
    }

    /** Weights divided by their sum; all-zero weights mean "stay in {@code s}". */
    private static double[] probabilities(List<Integer> weights, int s) {
        double total = weights.stream().mapToInt(Integer::intValue).sum();
        double[] row = new double[weights.size()];
        if (total == 0) {
            row[s] = 1;
            return row;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = weights.get(i) / total;
        }
        return row;
    }
}
