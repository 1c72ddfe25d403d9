package course.astar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A* graph search on a weighted directed graph.
 */
public final class AStar {

    private AStar() {
    }

    private static final class Node {
        final int id;
        final double g;
        final double h;

        Node(int id, double g, double h) {
            this.id = id;
            this.g = g;
            this.h = h;
        }

        double f() {
            return g + h;
        }
    }

    /** A* with an open priority queue (decrease-key by remove + add) and a closed array. */
    public static SearchResult search(Graph graph, int start, int goal, Heuristic heuristic) {
        graph.checkNode(start);
        graph.checkNode(goal);
        int n = graph.size();
        double[] g = new double[n];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        int[] from = new int[n];
        Arrays.fill(from, -1);
        boolean[] closed = new boolean[n];
        Node[] entry = new Node[n];
        PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.f(), b.f());
            if (c == 0) {
                c = Double.compare(a.h, b.h);
            }
            if (c == 0) {
                c = Integer.compare(a.id, b.id);
            }
            return c;
        });
        List<SearchResult.Expansion> trace = new ArrayList<>();

        g[start] = 0;
        entry[start] = new Node(start, 0, heuristic.h(start));
        open.add(entry[start]);
        while (!open.isEmpty()) {
            Node cur = open.peek();
            if (closed[cur.id]) {
                continue;   // already expanded
            }
            open.poll();
            entry[cur.id] = null;
            closed[cur.id] = true;
            trace.add(new SearchResult.Expansion(cur.id, cur.g, cur.f()));
            if (cur.id == goal) {
                Deque<Integer> path = new ArrayDeque<>();
                for (int v = goal; v != -1; v = from[v]) {
                    path.push(v);
                }
                return SearchResult.success(new ArrayList<>(path), cur.g, trace);
            }
            for (Graph.Edge e : graph.outgoing(cur.id)) {
                double ng = cur.g + e.cost();
                if (ng < g[e.to()]) {
                    g[e.to()] = ng;
                    from[e.to()] = cur.id;
                    if (entry[e.to()] != null) {
                        open.remove(entry[e.to()]);
                    }
                    // a cheaper path: (re)open the node, even if it was closed
                    entry[e.to()] = new Node(e.to(), ng, heuristic.h(e.to()));
                    open.add(entry[e.to()]);
                }
            }
        }
        return SearchResult.failure(trace);
    }
}
