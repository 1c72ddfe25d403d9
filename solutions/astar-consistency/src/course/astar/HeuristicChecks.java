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

    /**
     * Looks for a node where {@code h(n) > h*(n)}.
     *
     * @return empty if the heuristic is admissible, else an overestimate at some node
     */
    public static Optional<Violation> admissibilityViolation(Graph graph, int goal, Heuristic heuristic) {
        double[] trueCost = costsToGoal(graph, goal);
        for (int node = 0; node < graph.size(); node++) {
            double h = heuristic.h(node);
            if (h > trueCost[node] + Heuristic.TOLERANCE) {
                return Optional.of(new Violation.Overestimate(node, h, trueCost[node]));
            }
        }
        return Optional.empty();
    }

    /**
     * Looks for a reason the heuristic is not consistent: {@code h(goal) != 0} or an edge with
     * {@code h(u) > cost + h(v)}.
     *
     * @return empty if the heuristic is consistent, else the first reason found
     */
    public static Optional<Violation> consistencyViolation(Graph graph, int goal, Heuristic heuristic) {
        graph.checkNode(goal);
        // The edge condition alone is kept by h + constant; only h(goal) = 0 pins the level down, and it is
        // what makes "consistent implies admissible" true.
        double atGoal = heuristic.h(goal);
        if (Math.abs(atGoal) > Heuristic.TOLERANCE) {
            return Optional.of(new Violation.GoalNotZero(goal, atGoal));
        }
        for (Graph.Edge edge : graph.edges()) {
            double hFrom = heuristic.h(edge.from());
            double hTo = heuristic.h(edge.to());
            if (hFrom > edge.cost() + hTo + Heuristic.TOLERANCE) {
                return Optional.of(new Violation.InconsistentEdge(edge, hFrom, hTo));
            }
        }
        return Optional.empty();
    }

    /**
     * h*(n) for every n: Dijkstra from the goal walking edges backwards, so a distance found for n is the cost of a
     * path n -> ... -> goal in the original direction.
     */
    private static double[] costsToGoal(Graph graph, int goal) {
        graph.checkNode(goal);
        double[] dist = new double[graph.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[graph.size()];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        dist[goal] = 0;
        queue.add(new double[] {0, goal});
        while (!queue.isEmpty()) {
            int v = (int) queue.poll()[1];
            if (done[v]) {
                continue;
            }
            done[v] = true;
            for (Graph.Edge edge : graph.incoming(v)) {
                double d = dist[v] + edge.cost();
                if (d < dist[edge.from()]) {
                    dist[edge.from()] = d;
                    queue.add(new double[] {d, edge.from()});
                }
            }
        }
        return dist;
    }
}
