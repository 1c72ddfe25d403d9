package course.astar;

import java.util.Arrays;
import java.util.Optional;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Checks a heuristic against the definitions of admissible and consistent.
 */
public final class HeuristicChecks {

    private HeuristicChecks() {
    }

    /** Looks for a node with h(n) > h*(n). */
    public static Optional<Violation> admissibilityViolation(Graph graph, int goal, Heuristic heuristic) {
        double[] hStar = trueCosts(graph, goal);
        for (int v = graph.size() - 1; v >= 0; v--) {
            double value = heuristic.h(v);
            if (value - hStar[v] > Heuristic.TOLERANCE) {
                return Optional.of(new Violation.Overestimate(v, value, hStar[v]));
            }
        }
        return Optional.empty();
    }

    /** Looks for an edge with h(u) > c + h(v), or a non-zero h(goal). */
    public static Optional<Violation> consistencyViolation(Graph graph, int goal, Heuristic heuristic) {
        for (int u = 0; u < graph.size(); u++) {
            double hu = heuristic.h(u);
            for (Graph.Edge e : graph.outgoing(u)) {
                double hv = heuristic.h(e.to());
                if (hu - e.cost() - hv > Heuristic.TOLERANCE) {
                    return Optional.of(new Violation.InconsistentEdge(e, hu, hv));
                }
            }
        }
        double atGoal = heuristic.h(goal);
        if (atGoal > Heuristic.TOLERANCE || atGoal < -Heuristic.TOLERANCE) {
            return Optional.of(new Violation.GoalNotZero(goal, atGoal));
        }
        return Optional.empty();
    }

    /** Bellman-Ford on the edges read backwards: cost[u] = min over u -> v of c + cost[v]. */
    private static double[] trueCosts(Graph graph, int goal) {
        double[] cost = new double[graph.size()];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[goal] = 0;
        boolean changed = true;
        for (int round = 0; round < graph.size() && changed; round++) {
            changed = false;
            for (Graph.Edge e : graph.edges()) {
                double viaEdge = e.cost() + cost[e.to()];
                if (viaEdge < cost[e.from()]) {
                    cost[e.from()] = viaEdge;
                    changed = true;
                }
            }
        }
        return cost;
    }
}
