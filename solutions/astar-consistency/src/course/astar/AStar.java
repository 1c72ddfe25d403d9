package course.astar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A* graph search on a weighted directed graph.
 */
public final class AStar {

    private AStar() {
    }

    /** An open-list entry; the queue may hold outdated entries for a node, recognised by their larger g. */
    private record Entry(int node, double g, double h) {
        double f() {
            return g + h;
        }
    }

    /**
     * Finds a cheapest path from {@code start} to {@code goal} with A* (see the exercise skeleton for the rules).
     *
     * @param graph     the graph (non-negative edge costs)
     * @param start     the start node
     * @param goal      the goal node
     * @param heuristic the estimate {@code h(n)} of the cost from {@code n} to {@code goal}
     * @return the path found, its cost and the expansions
     */
    public static SearchResult search(Graph graph, int start, int goal, Heuristic heuristic) {
        Objects.requireNonNull(heuristic, "heuristic");
        graph.checkNode(start);
        graph.checkNode(goal);
        int n = graph.size();
        double[] bestG = new double[n];
        Arrays.fill(bestG, Double.POSITIVE_INFINITY);
        int[] parent = new int[n];
        Arrays.fill(parent, -1);

        PriorityQueue<Entry> open = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.f(), b.f());
            if (c == 0) {
                c = Double.compare(a.h(), b.h());
            }
            return c != 0 ? c : Integer.compare(a.node(), b.node());
        });
        bestG[start] = 0;
        open.add(new Entry(start, 0, heuristic.h(start)));
        List<SearchResult.Expansion> expanded = new ArrayList<>();

        while (!open.isEmpty()) {
            Entry e = open.poll();
            // Lazy deletion instead of decrease-key: a cheaper path pushed a newer entry, this one is outdated.
            if (e.g() > bestG[e.node()]) {
                continue;
            }
            expanded.add(new SearchResult.Expansion(e.node(), e.g(), e.f()));
            // Testing here and not when the goal is generated: only now is its g known to be the cheapest
            // (every open entry has f >= this f, and an admissible h makes that f a lower bound on their paths).
            if (e.node() == goal) {
                return SearchResult.success(path(parent, goal), e.g(), expanded);
            }
            for (Graph.Edge edge : graph.outgoing(e.node())) {
                double g = e.g() + edge.cost();
                // No closed-set test: a closed node reached more cheaply is reopened, which is what keeps A*
                // optimal when h is admissible but not consistent.
                if (g < bestG[edge.to()]) {
                    bestG[edge.to()] = g;
                    parent[edge.to()] = e.node();
                    open.add(new Entry(edge.to(), g, heuristic.h(edge.to())));
                }
            }
        }
        return SearchResult.failure(expanded);
    }

    private static List<Integer> path(int[] parent, int goal) {
        List<Integer> path = new ArrayList<>();
        for (int v = goal; v != -1; v = parent[v]) {
            path.add(v);
        }
        Collections.reverse(path);
        return path;
    }
}
