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

    /** An overestimated node, if any. */
    public static Optional<Violation> admissibilityViolation(Graph graph, int goal, Heuristic heuristic) {
        double[] toGoal = distancesToGoal(graph, goal);
        int worst = -1;
        double worstGap = Heuristic.TOLERANCE;
        for (int v = 0; v < graph.size(); v++) {
            double gap = heuristic.h(v) - toGoal[v];
            if (gap > worstGap) {
                worst = v;
                worstGap = gap;
            }
        }
        return worst < 0 ? Optional.empty()
                : Optional.of(new Violation.Overestimate(worst, heuristic.h(worst), toGoal[worst]));
    }

    /** A reason for inconsistency, if any. */
    public static Optional<Violation> consistencyViolation(Graph graph, int goal, Heuristic heuristic) {
        double hGoal = heuristic.h(goal);
        if (Math.abs(hGoal) > Heuristic.TOLERANCE) {
            return Optional.of(new Violation.GoalNotZero(goal, hGoal));
        }
        return graph.edges().stream()
                .filter(e -> heuristic.h(e.from()) > e.cost() + heuristic.h(e.to()) + Heuristic.TOLERANCE)
                .findFirst()
                .map(e -> new Violation.InconsistentEdge(e, heuristic.h(e.from()), heuristic.h(e.to())));
    }

    /** Simple O(n^2) Dijkstra over incoming edges. */
    private static double[] distancesToGoal(Graph graph, int goal) {
        int n = graph.size();
        double[] d = new double[n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        boolean[] fixed = new boolean[n];
        d[goal] = 0;
        for (int step = 0; step < n; step++) {
            int v = -1;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && (v < 0 || d[i] < d[v])) {
                    v = i;
                }
            }
            if (d[v] == Double.POSITIVE_INFINITY) {
                break;
            }
            fixed[v] = true;
            for (Graph.Edge e : graph.incoming(v)) {
                d[e.from()] = Math.min(d[e.from()], d[v] + e.cost());
            }
        }
        return d;
    }
}
