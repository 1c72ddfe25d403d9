package course.astar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import course.graph.Graph;
import course.graph.Heuristic;

/** The tests' own, independent implementations: Dijkstra, A* with and without reopening, the definitions. */
final class SearchOracle {

    static final double EPS = 1e-9;

    private SearchOracle() {
    }

    /** Cheapest costs from {@code source} to every node (+infinity if unreachable). */
    static double[] distancesFrom(Graph graph, int source) {
        return dijkstra(graph, source, false);
    }

    /** Cheapest costs from every node to {@code target}: h* for that goal. */
    static double[] distancesTo(Graph graph, int target) {
        return dijkstra(graph, target, true);
    }

    private static double[] dijkstra(Graph graph, int source, boolean backwards) {
        double[] dist = new double[graph.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[graph.size()];
        dist[source] = 0;
        for (int round = 0; round < graph.size(); round++) {
            int best = -1;
            for (int v = 0; v < graph.size(); v++) {
                if (!done[v] && dist[v] < Double.POSITIVE_INFINITY && (best < 0 || dist[v] < dist[best])) {
                    best = v;
                }
            }
            if (best < 0) {
                break;
            }
            done[best] = true;
            for (Graph.Edge e : backwards ? graph.incoming(best) : graph.outgoing(best)) {
                int other = backwards ? e.from() : e.to();
                dist[other] = Math.min(dist[other], dist[best] + e.cost());
            }
        }
        return dist;
    }

    /** The heuristic's values on all nodes. */
    static double[] values(Graph graph, Heuristic h) {
        double[] v = new double[graph.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = h.h(i);
        }
        return v;
    }

    /** The nodes where h overestimates h*. */
    static List<Integer> overestimatedNodes(Graph graph, int goal, double[] h) {
        double[] hStar = distancesTo(graph, goal);
        List<Integer> bad = new ArrayList<>();
        for (int v = 0; v < h.length; v++) {
            if (h[v] > hStar[v] + EPS) {
                bad.add(v);
            }
        }
        return bad;
    }

    /** The edges on which h breaks the triangle inequality. */
    static List<Graph.Edge> inconsistentEdges(Graph graph, double[] h) {
        List<Graph.Edge> bad = new ArrayList<>();
        for (Graph.Edge e : graph.edges()) {
            if (h[e.from()] > e.cost() + h[e.to()] + EPS) {
                bad.add(e);
            }
        }
        return bad;
    }

    static boolean isConsistent(Graph graph, int goal, double[] h) {
        return Math.abs(h[goal]) <= EPS && inconsistentEdges(graph, h).isEmpty();
    }

    static boolean isAdmissible(Graph graph, int goal, double[] h) {
        return overestimatedNodes(graph, goal, h).isEmpty();
    }

    /**
     * A* with the documented tie-break (f, then h, then node number), goal test on expansion; if
     * {@code reopen} is false a cheaper path to an expanded node is ignored. Returns the cost found
     * (+infinity if none).
     */
    static double aStarCost(Graph graph, int start, int goal, double[] h, boolean reopen) {
        double[] g = new double[graph.size()];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        boolean[] closed = new boolean[graph.size()];
        PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a[1] + h[(int) a[0]], b[1] + h[(int) b[0]]);
            if (c == 0) {
                c = Double.compare(h[(int) a[0]], h[(int) b[0]]);
            }
            return c != 0 ? c : Double.compare(a[0], b[0]);
        });
        g[start] = 0;
        open.add(new double[] {start, 0});
        while (!open.isEmpty()) {
            double[] e = open.poll();
            int u = (int) e[0];
            if (e[1] > g[u] || (!reopen && closed[u])) {
                continue;
            }
            closed[u] = true;
            if (u == goal) {
                return e[1];
            }
            for (Graph.Edge edge : graph.outgoing(u)) {
                double ng = e[1] + edge.cost();
                if ((reopen || !closed[edge.to()]) && ng < g[edge.to()]) {
                    g[edge.to()] = ng;
                    open.add(new double[] {edge.to(), ng});
                }
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Whether two costs agree (both infinite, or within 1e-9 relative). */
    static boolean sameCost(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= EPS * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Checks that a result is a real path from start to goal whose cost is the reported one; returns a complaint
     * or null.
     */
    static String pathProblem(Graph graph, int start, int goal, SearchResult r) {
        if (!r.found()) {
            return null;
        }
        List<Integer> p = r.path();
        if (p.get(0) != start || p.get(p.size() - 1) != goal) {
            return "the path " + p + " should start at " + start + " and end at the goal " + goal;
        }
        for (int i = 0; i + 1 < p.size(); i++) {
            if (p.get(i) < 0 || p.get(i) >= graph.size() || graph.cost(p.get(i), p.get(i + 1)).isEmpty()) {
                return "the path " + p + " uses " + p.get(i) + " -> " + p.get(i + 1) + ", which is not an edge";
            }
        }
        double walked = graph.pathCost(p);
        if (!sameCost(walked, r.cost())) {
            return "the path " + p + " costs " + walked + " but the result reports cost " + r.cost();
        }
        return null;
    }
}
