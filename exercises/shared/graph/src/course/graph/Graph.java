package course.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An immutable weighted directed graph on the nodes {@code 0 .. size-1}.
 *
 * <p>Edge costs are finite and non-negative, and there is at most one edge from a node to another, so a path
 * given as a list of nodes has a well-defined cost ({@link #pathCost(List)}). Self-loops are allowed (they never
 * shorten a path). An undirected road is two edges, one in each direction.
 */
public final class Graph {

    /**
     * One directed edge {@code from -> to} with its cost.
     *
     * @param from the tail node
     * @param to   the head node
     * @param cost the step cost, finite and {@code >= 0}
     */
    public record Edge(int from, int to, double cost) {
        /** Validates the endpoints (non-negative) and the cost (finite, non-negative). */
        public Edge {
            if (from < 0 || to < 0) {
                throw new IllegalArgumentException("edge " + from + " -> " + to + ": nodes must be >= 0");
            }
            if (!Double.isFinite(cost) || cost < 0) {
                throw new IllegalArgumentException(
                        "edge " + from + " -> " + to + ": cost must be finite and >= 0, got " + cost);
            }
        }

        @Override
        public String toString() {
            return from + " -> " + to + " (cost " + cost + ")";
        }
    }

    private final int size;
    private final List<Edge> edges;
    private final List<List<Edge>> outgoing;
    private final List<List<Edge>> incoming;

    /**
     * Creates a graph.
     *
     * @param size  the number of nodes, {@code >= 1}
     * @param edges the edges; their endpoints must be {@code < size}, and no two may join the same ordered pair
     * @throws IllegalArgumentException if a rule above is broken
     */
    public Graph(int size, List<Edge> edges) {
        if (size < 1) {
            throw new IllegalArgumentException("a graph needs at least one node, got size " + size);
        }
        Objects.requireNonNull(edges, "edges");
        this.size = size;
        this.edges = List.copyOf(edges);
        List<List<Edge>> out = new ArrayList<>(size);
        List<List<Edge>> in = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Edge e : this.edges) {
            if (e.from() >= size || e.to() >= size) {
                throw new IllegalArgumentException("edge " + e + " leaves the nodes 0.." + (size - 1));
            }
            for (Edge other : out.get(e.from())) {
                if (other.to() == e.to()) {
                    throw new IllegalArgumentException("two edges " + e.from() + " -> " + e.to()
                            + " (costs " + other.cost() + " and " + e.cost() + "); keep only one");
                }
            }
            out.get(e.from()).add(e);
            in.get(e.to()).add(e);
        }
        this.outgoing = freeze(out);
        this.incoming = freeze(in);
    }

    private static List<List<Edge>> freeze(List<List<Edge>> lists) {
        List<List<Edge>> frozen = new ArrayList<>(lists.size());
        for (List<Edge> l : lists) {
            frozen.add(List.copyOf(l));
        }
        return Collections.unmodifiableList(frozen);
    }

    /** Starts a builder for a graph with {@code size} nodes. */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** The number of nodes; the nodes are {@code 0 .. size()-1}. */
    public int size() {
        return size;
    }

    /** All edges, in the order they were given. */
    public List<Edge> edges() {
        return edges;
    }

    /** The edges leaving {@code node}, in the order they were given. */
    public List<Edge> outgoing(int node) {
        return outgoing.get(checkNode(node));
    }

    /** The edges entering {@code node}, in the order they were given. */
    public List<Edge> incoming(int node) {
        return incoming.get(checkNode(node));
    }

    /** The same nodes with every edge turned around ({@code u -> v} becomes {@code v -> u}, same cost). */
    public Graph reversed() {
        List<Edge> rev = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            rev.add(new Edge(e.to(), e.from(), e.cost()));
        }
        return new Graph(size, rev);
    }

    /** The cost of the edge {@code from -> to}, or empty if there is none. */
    public OptionalDouble cost(int from, int to) {
        checkNode(to);
        for (Edge e : outgoing(from)) {
            if (e.to() == to) {
                return OptionalDouble.of(e.cost());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The total cost of a path given as its list of nodes (a single node costs 0).
     *
     * @throws IllegalArgumentException if the path is empty or two consecutive nodes are not joined by an edge
     */
    public double pathCost(List<Integer> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an empty path has no cost");
        }
        checkNode(path.get(0));
        double total = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            int u = path.get(i);
            int v = path.get(i + 1);
            OptionalDouble c = cost(u, v);
            if (c.isEmpty()) {
                throw new IllegalArgumentException("the path " + path + " uses " + u + " -> " + v
                        + ", which is not an edge of the graph");
            }
            total += c.getAsDouble();
        }
        return total;
    }

    /**
     * Checks that {@code node} is a node of this graph.
     *
     * @return the node
     * @throws IllegalArgumentException if it is not in {@code 0 .. size()-1}
     */
    public int checkNode(int node) {
        if (node < 0 || node >= size) {
            throw new IllegalArgumentException("node " + node + " is not in 0.." + (size - 1));
        }
        return node;
    }

    @Override
    public String toString() {
        return "Graph(" + size + " nodes, edges " + edges + ")";
    }

    /** Collects edges, then builds an immutable {@link Graph}. */
    public static final class Builder {
        private final int size;
        private final List<Edge> edges = new ArrayList<>();

        private Builder(int size) {
            this.size = size;
        }

        /** Adds the directed edge {@code from -> to}. */
        public Builder edge(int from, int to, double cost) {
            edges.add(new Edge(from, to, cost));
            return this;
        }

        /** Adds the two edges {@code a -> b} and {@code b -> a} with the same cost. */
        public Builder road(int a, int b, double cost) {
            return edge(a, b, cost).edge(b, a, cost);
        }

        /** Builds the graph, validating it. */
        public Graph build() {
            return new Graph(size, edges);
        }
    }
}
