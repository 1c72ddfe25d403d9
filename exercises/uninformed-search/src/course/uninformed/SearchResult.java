package course.uninformed;

import java.util.List;
import java.util.Objects;

import course.graph.Graph;

/**
 * What a search returns: its outcome (a solution, a failure, or a cutoff of depth-limited search) and the states
 * it expanded, in the order it expanded them.
 *
 * <p>A node is <em>expanded</em> when the search asks the problem for the actions in its state and generates its
 * children. A state is listed once per expansion: tree search may list a state several times.
 *
 * @param outcome  how the search ended
 * @param expanded the states of the expanded nodes, in order
 * @param <S>      the type of states
 * @param <A>      the type of actions
 */
public record SearchResult<S, A>(Outcome<S, A> outcome, List<S> expanded) {

    /** How a search ended. */
    public sealed interface Outcome<S, A> permits Solution, Failure, Cutoff {
    }

    /**
     * A goal was reached.
     *
     * @param states  the states from the initial state to the goal, both included
     * @param actions the actions taken, one fewer than the states
     * @param cost    the total cost of the actions
     */
    public record Solution<S, A>(List<S> states, List<A> actions, double cost) implements Outcome<S, A> {
        /** Copies the lists and checks that they fit together and that the cost is finite and >= 0. */
        public Solution {
            states = List.copyOf(states);
            actions = List.copyOf(actions);
            if (states.isEmpty() || actions.size() != states.size() - 1) {
                throw new IllegalArgumentException("a solution has at least one state and one action fewer than "
                        + "states, got " + states.size() + " states and " + actions.size() + " actions");
            }
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException("a solution's cost must be finite and >= 0, got " + cost);
            }
        }
    }

    /** The search ran out of nodes: no goal can be reached (within the depth limit, if there is one). */
    public record Failure<S, A>() implements Outcome<S, A> {
    }

    /** Depth-limited search stopped at its limit without a goal: a deeper search might still find one. */
    public record Cutoff<S, A>() implements Outcome<S, A> {
    }

    /** Copies the list of expanded states. */
    public SearchResult {
        Objects.requireNonNull(outcome, "outcome");
        expanded = List.copyOf(expanded);
    }

    /** A solution ending in {@code goal}: its states, actions and path cost. */
    public static <S, A> SearchResult<S, A> solution(Node<S, A> goal, List<S> expanded) {
        return new SearchResult<>(new Solution<>(goal.states(), goal.actions(), goal.pathCost()), expanded);
    }

    /**
     * A solution on a graph given as its nodes: the actions are the nodes after the first, the cost is
     * {@code graph.pathCost(path)}.
     *
     * @throws IllegalArgumentException if two consecutive nodes are not joined by an edge
     */
    public static SearchResult<Integer, Integer> route(Graph graph, List<Integer> path, List<Integer> expanded) {
        return new SearchResult<>(new Solution<>(path, path.subList(1, path.size()), graph.pathCost(path)),
                expanded);
    }

    /** A failure after expanding {@code expanded}. */
    public static <S, A> SearchResult<S, A> failure(List<S> expanded) {
        return new SearchResult<>(new Failure<>(), expanded);
    }

    /** A cutoff after expanding {@code expanded}. */
    public static <S, A> SearchResult<S, A> cutoff(List<S> expanded) {
        return new SearchResult<>(new Cutoff<>(), expanded);
    }

    /** Whether a goal was reached. */
    public boolean found() {
        return outcome instanceof Solution;
    }

    /** The states of the solution, or an empty list if there is none. */
    public List<S> path() {
        return outcome instanceof Solution<S, A> s ? s.states() : List.of();
    }

    /** The actions of the solution, or an empty list if there is none. */
    public List<A> actions() {
        return outcome instanceof Solution<S, A> s ? s.actions() : List.of();
    }

    /** The cost of the solution, or {@code +infinity} if there is none. */
    public double cost() {
        return outcome instanceof Solution<S, A> s ? s.cost() : Double.POSITIVE_INFINITY;
    }

    /** The number of expansions. */
    public int expansions() {
        return expanded.size();
    }

    @Override
    public String toString() {
        String how = switch (outcome) {
            case Solution<S, A> s -> "solution " + s.states() + " (cost " + s.cost() + ")";
            case Failure<S, A> f -> "failure";
            case Cutoff<S, A> c -> "cutoff";
        };
        return how + " after expanding " + expanded;
    }
}
