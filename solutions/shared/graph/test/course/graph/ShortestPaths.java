package course.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/** Independent shortest-path oracles for hidden tests: fewest edges (breadth-first) and cheapest (Dijkstra). */
public final class ShortestPaths {

    /** The edge count of a node that cannot be reached. */
    public static final int UNREACHABLE = -1;

    private ShortestPaths() {
    }

    /** The fewest edges from {@code source} to every node, {@link #UNREACHABLE} where there is no path. */
    public static int[] fewestEdgesFrom(Graph graph, int source) {
        int[] hops = new int[graph.size()];
        Arrays.fill(hops, UNREACHABLE);
        hops[source] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (Graph.Edge e : graph.outgoing(u)) {
                if (hops[e.to()] == UNREACHABLE) {
                    hops[e.to()] = hops[u] + 1;
                    queue.add(e.to());
                }
            }
        }
        return hops;
    }

    /** The cheapest cost from {@code source} to every node, {@code +infinity} where there is no path. */
    public static double[] cheapestFrom(Graph graph, int source) {
        double[] dist = new double[graph.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        open.add(new double[] {0, source});
        while (!open.isEmpty()) {
            double[] top = open.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (Graph.Edge e : graph.outgoing(u)) {
                double d = top[0] + e.cost();
                if (d < dist[e.to()]) {
                    dist[e.to()] = d;
                    open.add(new double[] {d, e.to()});
                }
            }
        }
        return dist;
    }
}
