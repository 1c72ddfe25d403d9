package course.astar;

import java.util.Arrays;
import java.util.Optional;
import java.util.PriorityQueue;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Checks a heuristic against the definitions of admissible and consistent.
 */
public final class HeuristicChecks {

    private HeuristicChecks() {
    }

    /** Finds a node where h overestimates the true cost to the goal. */
    public static Optional<Violation> admissibilityViolation(Graph graph, int goal, Heuristic heuristic) {
        Graph back = graph.reversed();
        double[] d = new double[graph.size()];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        d[goal] = 0;
        PriorityQueue<Integer> pq = new PriorityQueue<>((a, b) -> Double.compare(d[a], d[b]));
        pq.add(goal);
        boolean[] done = new boolean[graph.size()];
        while (!pq.isEmpty()) {
            int u = pq.poll();
            if (done[u]) {
                continue;
            }
            done[u] = true;
            for (Graph.Edge e : back.outgoing(u)) {
                if (d[u] + e.cost() < d[e.to()]) {
                    d[e.to()] = d[u] + e.cost();
                    pq.add(e.to());
                }
            }
        }
        for (int v = 0; v < graph.size(); v++) {
            if (heuristic.h(v) > d[v] + Heuristic.TOLERANCE) {
                return Optional.of(new Violation.Overestimate(v, heuristic.h(v), d[v]));
            }
        }
        return Optional.empty();
    }

    /** Finds an edge where h(u) > c(u, v) + h(v). */
    public static Optional<Violation> consistencyViolation(Graph graph, int goal, Heuristic heuristic) {
        for (Graph.Edge e : graph.edges()) {
            double a = heuristic.h(e.from());
            double b = heuristic.h(e.to());
            if (a > e.cost() + b + Heuristic.TOLERANCE) {
                return Optional.of(new Violation.InconsistentEdge(e, a, b));
            }
        }
        return Optional.empty();
    }
}
