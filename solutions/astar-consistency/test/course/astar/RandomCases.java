package course.astar;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Generators for the properties: random directed graphs with whole costs 0..9 shrinking toward 1 (start 0, goal
 * n-1) and heuristics of a known kind. Heuristic values are multiples of 1/4 so that sums are exact.
 *
 * <p>No flatMap: every list has its maximal size and only the part that fits the drawn node count is used, which
 * keeps shrinking fast. Half the graphs are "banded" (edges only between nodes at most 2 or 3 apart), which makes
 * long paths and far goals, the setting where an inconsistent heuristic closes nodes too early.
 */
final class RandomCases {

    static final int MAX_NODES = 14;

    /** h for nodes that cannot reach the goal, where a consistent h could be +infinity. */
    static final double DEAD_END = 1000;

    private RandomCases() {
    }

    /** A graph, start, goal, the heuristic as a table, and how it was made (shown in failure reports). */
    record Case(Graph graph, int start, int goal, double[] h, String kind) {
        Heuristic heuristic() {
            return Heuristic.of(h);
        }

        @Override
        public String toString() {
            return describe(graph) + ", start " + start + ", goal " + goal + ", h = " + NumberText.show(h) + " ("
                    + kind + ")";
        }
    }

    /** A graph as "n nodes, edges [0->1:2, ...]", short enough for a failure report. */
    static String describe(Graph graph) {
        StringBuilder sb = new StringBuilder().append(graph.size()).append(" nodes, edges [");
        for (int i = 0; i < graph.edges().size(); i++) {
            Graph.Edge e = graph.edges().get(i);
            sb.append(i == 0 ? "" : ", ").append(e.from()).append("->").append(e.to()).append(':')
                    .append(NumberText.show(e.cost()));
        }
        return sb.append(']').toString();
    }

    private static final Double[] QUARTERS = {0.0, 0.25, 0.5, 0.75, 1.0};

    /** Edge offsets of a banded graph: the k-th raw value means u -> u + OFFSETS[k % (2 * band)]. */
    private static final int[] OFFSETS = {1, -1, 2, -2, 3, -3};

    /**
     * One drawn edge: its tail, a raw head (the head itself, or an offset in a banded graph), its cost and a factor
     * (used only to relax the edge for a relaxed-distance heuristic).
     */
    record RawEdge(int from, int rawTo, int cost, double factor) {
    }

    /**
     * A drawn graph: node count, band (0 = any pair may be joined) and edges, whose endpoints are taken modulo the
     * node count; self-loops, repeated pairs and banded edges off the ends are dropped. A banded graph also has the
     * chain 0 -> 1 -> ... -> n-1 (costs from {@code chain}), so that its goal is reachable and far.
     */
    record RawGraph(int n, int band, List<Integer> chain, List<RawEdge> edges) {
        Graph graph() {
            return build(false);
        }

        /** The same graph with every edge cost multiplied by its factor. */
        Graph relaxed() {
            return build(true);
        }

        private Graph build(boolean relax) {
            List<Graph.Edge> result = new ArrayList<>();
            boolean[][] used = new boolean[n][n];
            for (int u = 0; band > 0 && u + 1 < n; u++) {
                used[u][u + 1] = true;
                result.add(new Graph.Edge(u, u + 1, relax ? chain.get(u) * 0.5 : chain.get(u)));
            }
            for (RawEdge e : edges) {
                int u = e.from() % n;
                int v = band == 0 ? e.rawTo() % n : u + OFFSETS[e.rawTo() % (2 * band)];
                if (v < 0 || v >= n || u == v || used[u][v]) {
                    continue;
                }
                used[u][v] = true;
                result.add(new Graph.Edge(u, v, relax ? e.cost() * e.factor() : e.cost()));
            }
            return new Graph(n, result);
        }
    }

    private static Arbitrary<List<Integer>> perNode(int min, int max) {
        return Arbitraries.integers().between(min, max).list().ofSize(MAX_NODES);
    }

    /**
     * Random directed graphs with 2..14 nodes and up to 80 drawn edges of cost 0..9; half of them banded (edges
     * only between nodes at most 2 or 3 apart).
     */
    static Arbitrary<RawGraph> rawGraphs() {
        return rawGraphs(Arbitraries.integers().between(2, MAX_NODES), Arbitraries.of(2, 3, 0, 0), 0, 80);
    }

    static Arbitrary<RawGraph> rawGraphs(Arbitrary<Integer> nodes, Arbitrary<Integer> bands, int minEdges,
            int maxEdges) {
        Arbitrary<RawEdge> edge = Combinators.combine(
                Arbitraries.integers().between(0, MAX_NODES - 1),
                Arbitraries.integers().between(0, MAX_NODES - 1),
                CourseArbitraries.smallInts(0, 9),
                Arbitraries.of(QUARTERS))
                .as(RawEdge::new);
        return Combinators.combine(nodes, bands, perNode(0, 9),
                edge.list().ofMinSize(minEdges).ofMaxSize(maxEdges).withSizeDistribution(RandomDistribution.uniform()))
                .as(RawGraph::new);
    }

    static Arbitrary<Graph> graphs() {
        return rawGraphs().map(RawGraph::graph);
    }

    /**
     * Consistent heuristics (h(goal) = 0): a fraction of the true distance, the true distance in a relaxed copy of
     * the graph (some edges made cheaper), or the larger of the two.
     */
    static Arbitrary<Case> consistent() {
        return Combinators.combine(rawGraphs(), Arbitraries.integers().between(0, 2), Arbitraries.of(QUARTERS))
                .as(RandomCases::consistentCase);
    }

    static Case consistentCase(RawGraph raw, int kind, double factor) {
        Graph g = raw.graph();
        int goal = g.size() - 1;
        double[] scaled = finite(scale(SearchOracle.distancesTo(g, goal), factor));
        double[] relaxed = finite(SearchOracle.distancesTo(raw.relaxed(), goal));
        return switch (kind) {
            case 0 -> new Case(g, 0, goal, scaled, factor + " * true distance");
            case 1 -> new Case(g, 0, goal, relaxed, "true distance with cheaper edges");
            default -> {
                double[] max = new double[scaled.length];
                for (int i = 0; i < max.length; i++) {
                    max[i] = Math.max(scaled[i], relaxed[i]);
                }
                yield new Case(g, 0, goal, max, "max of " + factor + " * true distance and a relaxed distance");
            }
        };
    }

    /** A consistent heuristic and one it dominates: {weaker = lambda * stronger, stronger}. */
    static Arbitrary<Case[]> dominatingPairs() {
        return Combinators.combine(rawGraphs(), Arbitraries.integers().between(0, 2), Arbitraries.of(QUARTERS),
                Arbitraries.of(0.0, 0.25, 0.5, 0.75)).as((raw, kind, factor, lambda) -> {
                    Case strong = consistentCase(raw, kind, factor);
                    return new Case[] {
                        new Case(strong.graph(), strong.start(), strong.goal(), scale(strong.h(), lambda),
                                lambda + " * (" + strong.kind() + ")"),
                        strong,
                    };
                });
    }

    /**
     * Admissible heuristics that are usually not consistent: per node either the exact h* or a fraction of it
     * (0 half of the time), and a small value where the goal is unreachable.
     */
    static Arbitrary<Case> admissible() {
        // Mostly long banded graphs: there a node far from the goal is easily reached first by a detour.
        Arbitrary<Graph> graphs = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, rawGraphs(Arbitraries.integers().between(8, MAX_NODES), Arbitraries.of(2, 3),
                        10, 80)),
                net.jqwik.api.Tuple.of(1, rawGraphs()))
                .map(RawGraph::graph);
        return Combinators.combine(graphs, perNode(0, 7)).as((g, us) -> {
            int goal = g.size() - 1;
            double[] hStar = SearchOracle.distancesTo(g, goal);
            double[] h = new double[g.size()];
            for (int i = 0; i < h.length; i++) {
                int u = us.get(i);
                // Extremes on purpose: a node with the exact h* next to one with 0 is where consistency breaks.
                double frac = u <= 3 ? 0 : u == 4 ? 0.5 : 1;
                h[i] = hStar[i] == Double.POSITIVE_INFINITY ? u : frac * hStar[i];
            }
            h[goal] = 0;
            return new Case(g, 0, goal, h, "admissible: per node 0, h*/2 or h*");
        });
    }

    /**
     * A mix for the checkers: consistent; consistent plus a constant (every edge fine, h(goal) != 0); per-node
     * fractions of h* (admissible); per-node 0..2 times h*; values unrelated to the graph (some +infinity).
     */
    static Arbitrary<Case> anyHeuristic() {
        return Combinators.combine(rawGraphs(), Arbitraries.integers().between(0, 4), Arbitraries.of(QUARTERS),
                perNode(0, 8), Arbitraries.integers().between(1, 5))
                .as((raw, kind, factor, values, offset) -> {
                    Case base = consistentCase(raw, 2, factor);
                    Graph g = base.graph();
                    int goal = g.size() - 1;
                    double[] hStar = SearchOracle.distancesTo(g, goal);
                    double[] h = new double[g.size()];
                    String what;
                    switch (kind) {
                        case 0 -> {
                            return base;
                        }
                        case 1 -> {
                            for (int i = 0; i < h.length; i++) {
                                h[i] = base.h()[i] + offset;
                            }
                            what = "consistent on every edge, plus " + offset + " everywhere";
                        }
                        case 2, 3 -> {
                            double top = kind == 2 ? 1.0 : 2.0;
                            for (int i = 0; i < h.length; i++) {
                                double frac = values.get(i) / 8.0 * top;
                                h[i] = hStar[i] == Double.POSITIVE_INFINITY ? values.get(i) : frac * hStar[i];
                            }
                            what = kind == 2 ? "random fraction of h* per node" : "random 0..2 times h* per node";
                        }
                        default -> {
                            for (int i = 0; i < h.length; i++) {
                                h[i] = values.get(i) == 8 ? Double.POSITIVE_INFINITY : values.get(i) * 2;
                            }
                            what = "random values";
                        }
                    }
                    return new Case(g, 0, goal, h, what);
                });
    }

    private static double[] scale(double[] d, double factor) {
        double[] r = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            r[i] = factor == 0 ? 0 : d[i] * factor;   // 0 * infinity would be NaN
        }
        return r;
    }

    /** +infinity (no path to the goal) becomes DEAD_END: still consistent, as such nodes only lead to such nodes. */
    private static double[] finite(double[] d) {
        double[] r = d.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == Double.POSITIVE_INFINITY) {
                r[i] = DEAD_END;
            }
        }
        return r;
    }
}
