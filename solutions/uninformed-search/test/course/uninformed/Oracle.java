package course.uninformed;

import java.util.ArrayList;
import java.util.List;

import course.graph.Graph;

/**
 * The tests' own searches on graphs, written apart from the reference solution (paths as lists, recursion for
 * the depth-first family, a linear scan for the cheapest open path), each with switches that reproduce a known
 * mistake so that a wrong answer can be named.
 */
final class Oracle {

    /** How a search ended. */
    enum Kind { SOLUTION, FAILURE, CUTOFF }

    /** What a search must return on a graph: the outcome, the path (empty unless a solution) and the expansions. */
    record Expected(Kind kind, List<Integer> path, List<Integer> expanded) {
        Expected {
            path = List.copyOf(path);
            expanded = List.copyOf(expanded);
        }

        static Expected solution(List<Integer> path, List<Integer> expanded) {
            return new Expected(Kind.SOLUTION, path, expanded);
        }

        static Expected none(Kind kind, List<Integer> expanded) {
            return new Expected(kind, List.of(), expanded);
        }

        /** Edges on the path; -1 without a solution. */
        int depth() {
            return path.size() - 1;
        }
    }

    private Oracle() {
    }

    private static List<Integer> extend(List<Integer> path, int node) {
        List<Integer> longer = new ArrayList<>(path);
        longer.add(node);
        return longer;
    }

    private static int last(List<Integer> path) {
        return path.get(path.size() - 1);
    }

    /**
     * Breadth-first search over paths; with {@code lateGoalTest} the goal is tested when a path comes off the
     * queue (the mistake) instead of when it is generated.
     */
    static Expected bfs(Graph g, int start, int goal, Mode mode, boolean lateGoalTest) {
        List<Integer> expanded = new ArrayList<>();
        if (start == goal) {
            return Expected.solution(List.of(start), expanded);
        }
        List<List<Integer>> queue = new ArrayList<>();
        queue.add(List.of(start));
        boolean[] reached = new boolean[g.size()];
        reached[start] = true;
        for (int head = 0; head < queue.size(); head++) {
            List<Integer> path = queue.get(head);
            if (lateGoalTest && last(path) == goal) {
                return Expected.solution(path, expanded);
            }
            expanded.add(last(path));
            for (Graph.Edge e : g.outgoing(last(path))) {
                List<Integer> longer = extend(path, e.to());
                if (!lateGoalTest && e.to() == goal) {
                    return Expected.solution(longer, expanded);
                }
                if (mode == Mode.TREE || !reached[e.to()]) {
                    reached[e.to()] = true;
                    queue.add(longer);
                }
            }
        }
        return Expected.none(Kind.FAILURE, expanded);
    }

    /** Recursive depth-first search; {@code lastActionFirst} is the mistake of visiting the children backwards. */
    static Expected dfs(Graph g, int start, int goal, Mode mode, boolean lastActionFirst) {
        Deep deep = new Deep(g, goal, Integer.MAX_VALUE, mode == Mode.GRAPH, lastActionFirst);
        List<Integer> found = deep.visit(List.of(start));
        return found == null ? Expected.none(Kind.FAILURE, deep.expanded) : Expected.solution(found, deep.expanded);
    }

    /**
     * Recursive depth-limited tree search; {@code expandedDepths} is the number of depths whose nodes are expanded,
     * {@code limit} when right, {@code limit + 1} for the off-by-one mistake.
     */
    static Expected dls(Graph g, int start, int goal, int expandedDepths) {
        Deep deep = new Deep(g, goal, expandedDepths, false, false);
        List<Integer> found = deep.visit(List.of(start));
        if (found != null) {
            return Expected.solution(found, deep.expanded);
        }
        return Expected.none(deep.cutoff ? Kind.CUTOFF : Kind.FAILURE, deep.expanded);
    }

    /**
     * Iterative deepening over the limits 0..maxDepth; {@code allIterations} false is the mistake of returning only
     * the last depth-limited search's expansions.
     */
    static Expected ids(Graph g, int start, int goal, int maxDepth, boolean allIterations) {
        List<Integer> expanded = new ArrayList<>();
        Expected r = null;
        for (int limit = 0; limit <= maxDepth; limit++) {
            r = dls(g, start, goal, limit);
            if (!allIterations) {
                expanded.clear();
            }
            expanded.addAll(r.expanded());
            if (r.kind() != Kind.CUTOFF) {
                break;
            }
        }
        return new Expected(r.kind(), r.path(), expanded);
    }

    /** The depth-first family, recursively, on paths. */
    private static final class Deep {
        private final Graph g;
        private final int goal;
        private final int expandedDepths;
        private final boolean graphSearch;
        private final boolean lastActionFirst;
        private final boolean[] explored;
        private final List<Integer> expanded = new ArrayList<>();
        private boolean cutoff;

        Deep(Graph g, int goal, int expandedDepths, boolean graphSearch, boolean lastActionFirst) {
            this.g = g;
            this.goal = goal;
            this.expandedDepths = expandedDepths;
            this.graphSearch = graphSearch;
            this.lastActionFirst = lastActionFirst;
            this.explored = new boolean[g.size()];
        }

        List<Integer> visit(List<Integer> path) {
            int u = last(path);
            if (graphSearch && explored[u]) {
                return null;
            }
            if (u == goal) {
                return path;
            }
            if (path.size() - 1 >= expandedDepths) {
                cutoff = true;
                return null;
            }
            explored[u] = true;
            expanded.add(u);
            List<Graph.Edge> out = new ArrayList<>(g.outgoing(u));
            if (lastActionFirst) {
                java.util.Collections.reverse(out);
            }
            for (Graph.Edge e : out) {
                List<Integer> found = visit(extend(path, e.to()));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }

    /**
     * Uniform-cost graph search by scanning the open paths for the cheapest (the earliest generated among equal
     * costs). Mistakes: {@code earlyGoalTest} tests a path for the goal when it is generated; {@code firstPathOnly}
     * never adds a second path to a state once one has been generated.
     */
    static Expected ucs(Graph g, int start, int goal, boolean earlyGoalTest, boolean firstPathOnly) {
        record Open(List<Integer> path, double cost) {
        }
        List<Open> open = new ArrayList<>(List.of(new Open(List.of(start), 0)));
        boolean[] explored = new boolean[g.size()];
        boolean[] generated = new boolean[g.size()];
        generated[start] = true;
        List<Integer> expanded = new ArrayList<>();
        if (earlyGoalTest && start == goal) {
            return Expected.solution(List.of(start), expanded);
        }
        while (!open.isEmpty()) {
            int best = 0;
            for (int i = 1; i < open.size(); i++) {
                if (open.get(i).cost() < open.get(best).cost()) {
                    best = i;
                }
            }
            Open o = open.remove(best);
            int u = last(o.path());
            if (explored[u]) {
                continue;
            }
            if (u == goal) {
                return Expected.solution(o.path(), expanded);
            }
            explored[u] = true;
            expanded.add(u);
            for (Graph.Edge e : g.outgoing(u)) {
                List<Integer> longer = extend(o.path(), e.to());
                if (earlyGoalTest && e.to() == goal) {
                    return Expected.solution(longer, expanded);
                }
                if (!explored[e.to()] && !(firstPathOnly && generated[e.to()])) {
                    generated[e.to()] = true;
                    open.add(new Open(longer, o.cost() + e.cost()));
                }
            }
        }
        return Expected.none(Kind.FAILURE, expanded);
    }

    /**
     * Bidirectional breadth-first search; {@code wholeLayers} false is the mistake of alternating after every
     * single expansion instead of after a whole layer.
     */
    static Expected bidirectional(Graph g, int start, int goal, boolean wholeLayers) {
        List<Integer> expanded = new ArrayList<>();
        if (start == goal) {
            return Expected.solution(List.of(start), expanded);
        }
        int[][] parent = new int[2][g.size()];
        final int unreached = -2;
        java.util.Arrays.fill(parent[0], unreached);
        java.util.Arrays.fill(parent[1], unreached);
        parent[0][start] = -1;
        parent[1][goal] = -1;
        List<List<Integer>> frontier = new ArrayList<>(List.of(new ArrayList<>(List.of(start)),
                new ArrayList<>(List.of(goal))));
        int side = 0;
        while (!frontier.get(0).isEmpty() && !frontier.get(1).isEmpty()) {
            List<Integer> layer = frontier.get(side);
            int take = wholeLayers ? layer.size() : 1;
            List<Integer> taken = new ArrayList<>(layer.subList(0, take));
            layer.subList(0, take).clear();
            for (int u : taken) {
                expanded.add(u);
                for (Graph.Edge e : side == 0 ? g.outgoing(u) : g.incoming(u)) {
                    int v = side == 0 ? e.to() : e.from();
                    if (parent[side][v] != unreached) {
                        continue;
                    }
                    parent[side][v] = u;
                    if (parent[1 - side][v] != unreached) {
                        List<Integer> path = new ArrayList<>();
                        for (int x = v; x != -1; x = parent[0][x]) {
                            path.add(0, x);
                        }
                        for (int x = parent[1][v]; x != -1; x = parent[1][x]) {
                            path.add(x);
                        }
                        return Expected.solution(path, expanded);
                    }
                    layer.add(v);
                }
            }
            side = 1 - side;
        }
        return Expected.none(Kind.FAILURE, expanded);
    }
}
