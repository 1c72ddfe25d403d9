package course.graph;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.SmallGraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Random {@link Graph}s for hidden properties: small, whole-number costs, edges in a random order (the order of
 * a node's successors matters to search), shrinking toward fewer nodes, fewer edges and cost 1.
 */
public final class GraphArbitraries {

    private GraphArbitraries() {
    }

    /** The same nodes and edges, in the same order, as a {@link Graph}. */
    public static Graph graph(SmallGraph small) {
        Graph.Builder b = Graph.builder(small.nodes());
        for (SmallGraph.Edge e : small.edges()) {
            b.edge(e.from(), e.to(), e.cost());
        }
        return b.build();
    }

    /**
     * Directed graphs of {@code minNodes..maxNodes} nodes, costs {@code 1..maxCost}, no self-loops: up to
     * {@code nodes * (nodes - 1)} drawn edges (a uniform number of them, so that dense graphs are as common as sparse
     * ones),
     * of which a repeated pair keeps its first cost.
     */
    public static Arbitrary<SmallGraph> smallDigraphs(int minNodes, int maxNodes, int maxCost) {
        if (minNodes < 1 || maxNodes < minNodes || maxCost < 1) {
            throw new IllegalArgumentException("need 1 <= minNodes <= maxNodes and maxCost >= 1");
        }
        return Arbitraries.integers().between(minNodes, maxNodes).flatMap(n -> {
            Arbitrary<Integer> node = Arbitraries.integers().between(0, n - 1);
            Arbitrary<int[]> edge = Combinators.combine(node, node, CourseArbitraries.smallInts(1, maxCost))
                    .as((from, to, cost) -> new int[] {from, to, cost});
            return edge.list().ofMaxSize(n * (n - 1)).withSizeDistribution(RandomDistribution.uniform())
                    .map(drawn -> {
                        boolean[][] used = new boolean[n][n];
                        List<SmallGraph.Edge> edges = new ArrayList<>();
                        for (int[] e : drawn) {
                            if (e[0] != e[1] && !used[e[0]][e[1]]) {
                                used[e[0]][e[1]] = true;
                                edges.add(new SmallGraph.Edge(e[0], e[1], e[2]));
                            }
                        }
                        return new SmallGraph(n, edges);
                    });
        });
    }

    /** {@link #smallDigraphs} as {@link Graph}s. */
    public static Arbitrary<Graph> digraphs(int minNodes, int maxNodes, int maxCost) {
        return smallDigraphs(minNodes, maxNodes, maxCost).map(GraphArbitraries::graph);
    }

    /** Graphs whose every edge is also there in the opposite direction with the same cost (roads). */
    public static Arbitrary<Graph> undirected(int minNodes, int maxNodes, int maxCost) {
        return smallDigraphs(minNodes, maxNodes, maxCost).map(g -> graph(g.undirected()));
    }

    /** Acyclic graphs: only the drawn edges that go from a smaller node to a larger one. */
    public static Arbitrary<Graph> acyclic(int minNodes, int maxNodes, int maxCost) {
        return smallDigraphs(minNodes, maxNodes, maxCost)
                .map(g -> graph(new SmallGraph(g.nodes(), g.edges().stream().filter(e -> e.from() < e.to()).toList())));
    }

    /**
     * Corridors: undirected graphs of {@code minNodes..maxNodes} nodes whose roads join nodes at most {@code band}
     * apart, so that node 0 and the last node are far from each other and every layer of a breadth-first search
     * holds a few nodes. Up to {@code 2 * nodes} roads are drawn, in a random order; costs {@code 1..maxCost}.
     */
    public static Arbitrary<Graph> corridors(int minNodes, int maxNodes, int maxCost, int band) {
        if (minNodes < 2 || maxNodes < minNodes || maxCost < 1 || band < 1) {
            throw new IllegalArgumentException("need 2 <= minNodes <= maxNodes, maxCost >= 1 and band >= 1");
        }
        return Arbitraries.integers().between(minNodes, maxNodes).flatMap(n -> {
            Arbitrary<int[]> road = Combinators.combine(Arbitraries.integers().between(0, n - 2),
                            Arbitraries.integers().between(1, band), CourseArbitraries.smallInts(1, maxCost))
                    .as((from, step, cost) -> new int[] {from, Math.min(from + step, n - 1), cost});
            return road.list().ofMaxSize(2 * n).withSizeDistribution(RandomDistribution.uniform()).map(drawn -> {
                boolean[][] used = new boolean[n][n];
                List<SmallGraph.Edge> edges = new ArrayList<>();
                for (int[] r : drawn) {
                    if (!used[r[0]][r[1]]) {
                        used[r[0]][r[1]] = true;
                        edges.add(new SmallGraph.Edge(r[0], r[1], r[2]));
                    }
                }
                return graph(new SmallGraph(n, edges).undirected());
            });
        });
    }

    /**
     * Graphs of at least two nodes with a cycle through node 0: the edges {@code 0 -> 1} and {@code 1 -> 0} are
     * added (cost 1, after the generated edges) where they are missing.
     */
    public static Arbitrary<Graph> cyclic(int minNodes, int maxNodes, int maxCost) {
        if (minNodes < 2) {
            throw new IllegalArgumentException("a cycle through 0 and 1 needs at least 2 nodes, got " + minNodes);
        }
        return smallDigraphs(minNodes, maxNodes, maxCost).map(g -> {
            List<SmallGraph.Edge> edges = new ArrayList<>(g.edges());
            for (SmallGraph.Edge loop : List.of(new SmallGraph.Edge(0, 1, 1), new SmallGraph.Edge(1, 0, 1))) {
                if (edges.stream().noneMatch(e -> e.from() == loop.from() && e.to() == loop.to())) {
                    edges.add(loop);
                }
            }
            return graph(new SmallGraph(g.nodes(), edges));
        });
    }
}
