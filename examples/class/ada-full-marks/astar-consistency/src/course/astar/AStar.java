package course.astar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A* graph search on a weighted directed graph.
 */
public final class AStar {

    private AStar() {
    }

    /**
     * Finds a cheapest path from start to goal with A*, reopening closed nodes when a cheaper path shows up.
     */
    public static SearchResult search(Graph graph, int start, int goal, Heuristic heuristic) {
        graph.checkNode(start);
        graph.checkNode(goal);
        int n = graph.size();
        double[] g = new double[n];
        double[] h = new double[n];
        boolean[] known = new boolean[n];
        int[] parent = new int[n];
        boolean[] closed = new boolean[n];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        Arrays.fill(parent, -1);

        // The open list holds each node at most once: a better g means remove, then re-insert.
        TreeSet<Integer> open = new TreeSet<>((a, b) -> {
            int byF = Double.compare(g[a] + h[a], g[b] + h[b]);
            if (byF != 0) {
                return byF;
            }
            int byH = Double.compare(h[a], h[b]);
            return byH != 0 ? byH : Integer.compare(a, b);
        });

        g[start] = 0;
        h[start] = heuristic.h(start);
        known[start] = true;
        open.add(start);
        List<SearchResult.Expansion> log = new ArrayList<>();

        while (!open.isEmpty()) {
            int u = open.pollFirst();
            closed[u] = true;
            log.add(new SearchResult.Expansion(u, g[u], g[u] + h[u]));
            if (u == goal) {
                LinkedList<Integer> path = new LinkedList<>();
                for (int v = goal; v >= 0; v = parent[v]) {
                    path.addFirst(v);
                }
                return SearchResult.success(path, g[goal], log);
            }
            for (Graph.Edge e : graph.outgoing(u)) {
                int v = e.to();
                double candidate = g[u] + e.cost();
                if (candidate >= g[v]) {
                    continue;
                }
                if (!known[v]) {
                    h[v] = heuristic.h(v);
                    known[v] = true;
                }
                open.remove(v);          // must happen before g[v] changes, the comparator reads it
                g[v] = candidate;
                parent[v] = u;
                closed[v] = false;       // reopened if it was closed
                open.add(v);
            }
        }
        return SearchResult.failure(log);
    }
}
