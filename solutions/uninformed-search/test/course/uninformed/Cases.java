package course.uninformed;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import course.graph.Graph;
import course.graph.GraphArbitraries;
import course.graph.Problem;
import course.graph.RouteProblem;
import course.graph.ShortestPaths;

/** Random route-finding cases for the hidden properties, and a problem that records what the search asks. */
final class Cases {

    private Cases() {
    }

    /** Find a route from node 0 to the last node of {@code graph}. */
    record Route(Graph graph) {
        int start() {
            return 0;
        }

        int goal() {
            return graph.size() - 1;
        }

        RouteProblem problem() {
            return new RouteProblem(graph, start(), goal());
        }

        @Override
        public String toString() {
            return "from 0 to " + goal() + " on " + graph.size() + " nodes, edges in order: " + graph.edges();
        }
    }

    /** Directed graphs of 1..7 nodes with costs 1..maxCost (small costs make ties). */
    static Arbitrary<Route> routes(int maxCost) {
        return GraphArbitraries.digraphs(1, 7, maxCost).map(Route::new);
    }

    /**
     * Digraphs of 3..7 nodes and corridors of 3..9 nodes (costs 1..3) whose start has, as its first edge, a direct
     * edge to the goal dearer than any simple path through the other nodes (cost 3 * (nodes - 1) + 1): the goal is
     * generated at once, at a price every other route beats. Only graphs on which the goal can be reached without
     * that edge are kept.
     */
    static Arbitrary<Route> routesWithADirectDetour() {
        return Arbitraries.oneOf(GraphArbitraries.digraphs(3, 7, 3), GraphArbitraries.corridors(3, 9, 3, 2))
                .map(g -> new Graph(g.size(), g.edges().stream()
                        .filter(e -> e.from() != 0 || e.to() != g.size() - 1).toList()))
                .filter(g -> ShortestPaths.fewestEdgesFrom(g, 0)[g.size() - 1] != ShortestPaths.UNREACHABLE)
                .map(g -> {
                    List<Graph.Edge> edges = new ArrayList<>();
                    edges.add(new Graph.Edge(0, g.size() - 1, 3 * (g.size() - 1) + 1));
                    edges.addAll(g.edges());
                    return new Route(new Graph(g.size(), edges));
                });
    }

    /** Corridors of 2..9 nodes (roads join nodes at most 2 apart): start and goal far apart, layers of a few nodes. */
    static Arbitrary<Route> corridors() {
        return GraphArbitraries.corridors(2, 9, 3, 2).map(Route::new);
    }

    /** Acyclic graphs of 1..7 nodes: tree search terminates on them. */
    static Arbitrary<Route> acyclicRoutes() {
        return GraphArbitraries.acyclic(1, 7, 3).map(Route::new);
    }

    /** Graphs of 2..5 nodes with a cycle through the start: tree search without a limit would never end. */
    static Arbitrary<Route> cyclicRoutes() {
        return GraphArbitraries.cyclic(2, 5, 3).map(Route::new);
    }

    /**
     * An infinite state space: from a number, "double" it or "add one"; the goal is {@code target}. Breadth-first
     * search and iterative deepening find the fewest steps; depth-first search would double forever.
     */
    record Doubling(int start, int target) implements Problem<Integer, String> {
        @Override
        public Integer initialState() {
            return start;
        }

        @Override
        public List<String> actions(Integer state) {
            return List.of("double", "add one");
        }

        @Override
        public Integer result(Integer state, String action) {
            return action.equals("double") ? 2 * state : state + 1;
        }

        @Override
        public boolean isGoal(Integer state) {
            return state == target;
        }
    }

    /** A route and the mode to search it in: graph search on any graph, tree search only on acyclic ones. */
    record Moded(Mode mode, Route route) {
        @Override
        public String toString() {
            return mode + " search " + route;
        }
    }

    /** Graph search on {@link #routes routes(3)}, tree search on {@link #acyclicRoutes()}, half and half. */
    static Arbitrary<Moded> modedRoutes() {
        return Arbitraries.oneOf(routes(3).map(r -> new Moded(Mode.GRAPH, r)),
                acyclicRoutes().map(r -> new Moded(Mode.TREE, r)));
    }

    /** A route problem that records every state whose actions the search asks for, in order. */
    static final class Recording implements Problem<Integer, Integer> {
        private final RouteProblem route;
        private final List<Integer> asked = new ArrayList<>();

        Recording(RouteProblem route) {
            this.route = route;
        }

        /** The states whose actions were asked for, in order. */
        List<Integer> asked() {
            return List.copyOf(asked);
        }

        @Override
        public Integer initialState() {
            return route.initialState();
        }

        @Override
        public List<Integer> actions(Integer state) {
            asked.add(state);
            return route.actions(state);
        }

        @Override
        public Integer result(Integer state, Integer action) {
            return route.result(state, action);
        }

        @Override
        public boolean isGoal(Integer state) {
            return route.isGoal(state);
        }

        @Override
        public double actionCost(Integer state, Integer action, Integer next) {
            return route.actionCost(state, action, next);
        }
    }
}
