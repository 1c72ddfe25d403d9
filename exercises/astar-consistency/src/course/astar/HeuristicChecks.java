package course.astar;

import java.util.Optional;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Checks a heuristic against the definitions of admissible and consistent.
 *
 * <p>YOUR TASK: implement both methods. Compare with {@link Heuristic#TOLERANCE}: a value only counts as larger
 * than another if it exceeds it by more than the tolerance.
 */
public final class HeuristicChecks {

    private HeuristicChecks() {
    }

    /**
     * Looks for a node where the heuristic overestimates: {@code h(n) > h*(n)}, where {@code h*(n)} is the cost of a
     * cheapest path <em>from</em> {@code n} <em>to</em> {@code goal} ({@code +infinity} if there is none).
     *
     * <p>Compute all the {@code h*(n)} at once with one Dijkstra run from the goal over the <em>reversed</em>
     * edges (the graph is directed: the distance from the goal to {@code n} is not the distance from {@code n} to
     * the goal).
     *
     * @return empty if the heuristic is admissible; otherwise a {@link Violation.Overestimate} for an offending node
     *     (any one of them)
     */
    public static Optional<Violation> admissibilityViolation(Graph graph, int goal, Heuristic heuristic) {
        throw new UnsupportedOperationException("TODO check h(n) <= h*(n) for every node");
    }

    /**
     * Looks for a reason the heuristic is not consistent. Consistent means both
     * <ul>
     *   <li>{@code h(goal) = 0}, and</li>
     *   <li>{@code h(u) <= cost(u, v) + h(v)} for every edge {@code u -> v} (the triangle inequality).</li>
     * </ul>
     *
     * @return empty if the heuristic is consistent; otherwise a {@link Violation.GoalNotZero} or a
     *     {@link Violation.InconsistentEdge} for an offending edge (any one, if there are several reasons)
     */
    public static Optional<Violation> consistencyViolation(Graph graph, int goal, Heuristic heuristic) {
        throw new UnsupportedOperationException("TODO check h(goal) = 0 and every edge");
    }
}
