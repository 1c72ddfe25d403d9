package course.astar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A* graph search on a weighted directed graph.
 */
public final class AStar {

    private AStar() {
    }

    private record Item(int node, double g, double h) {
    }

    /** A* with an open list and a closed set. */
    public static SearchResult search(Graph graph, int start, int goal, Heuristic heuristic) {
        graph.checkNode(start);
        graph.checkNode(goal);
        PriorityQueue<Item> open = new PriorityQueue<>((a, b) -> {
            if (a.g() + a.h() != b.g() + b.h()) {
                return Double.compare(a.g() + a.h(), b.g() + b.h());
            }
            if (a.h() != b.h()) {
                return Double.compare(a.h(), b.h());
            }
            return Integer.compare(a.node(), b.node());
        });
        Map<Integer, Double> best = new HashMap<>();
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Set<Integer> closed = new HashSet<>();
        List<SearchResult.Expansion> expanded = new ArrayList<>();

        open.add(new Item(start, 0, heuristic.h(start)));
        best.put(start, 0.0);
        while (!open.isEmpty()) {
            Item item = open.poll();
            if (closed.contains(item.node())) {
                continue;
            }
            closed.add(item.node());
            expanded.add(new SearchResult.Expansion(item.node(), item.g(), item.g() + item.h()));
            if (item.node() == goal) {
                List<Integer> path = new ArrayList<>();
                Integer at = goal;
                while (at != null) {
                    path.add(at);
                    at = cameFrom.get(at);
                }
                Collections.reverse(path);
                return SearchResult.success(path, item.g(), expanded);
            }
            for (Graph.Edge e : graph.outgoing(item.node())) {
                if (closed.contains(e.to())) {
                    continue;   // already done
                }
                double g = item.g() + e.cost();
                if (g < best.getOrDefault(e.to(), Double.POSITIVE_INFINITY)) {
                    best.put(e.to(), g);
                    cameFrom.put(e.to(), item.node());
                    open.add(new Item(e.to(), g, heuristic.h(e.to())));
                }
            }
        }
        return SearchResult.failure(expanded);
    }
}
