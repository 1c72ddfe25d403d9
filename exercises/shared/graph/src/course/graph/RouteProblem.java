package course.graph;

import java.util.List;
import java.util.Objects;

/**
 * Route finding on a {@link Graph}: the states are the nodes, the actions in a node are the heads of its
 * outgoing edges in the graph's order ("go to Sibiu"), and a step costs the length of the edge.
 *
 * @param graph the road map
 * @param start the initial state
 * @param goal  the only goal state
 */
public record RouteProblem(Graph graph, int start, int goal) implements Problem<Integer, Integer> {

    /** Validates that the graph is given and that start and goal are nodes of it. */
    public RouteProblem {
        Objects.requireNonNull(graph, "graph");
        graph.checkNode(start);
        graph.checkNode(goal);
    }

    @Override
    public Integer initialState() {
        return start;
    }

    @Override
    public List<Integer> actions(Integer state) {
        return graph.outgoing(state).stream().map(Graph.Edge::to).toList();
    }

    /**
     * The node the action goes to.
     *
     * @throws IllegalArgumentException if there is no edge from {@code state} to {@code action}
     */
    @Override
    public Integer result(Integer state, Integer action) {
        edgeCost(state, action);
        return action;
    }

    @Override
    public boolean isGoal(Integer state) {
        return state == goal;
    }

    /** The length of the edge {@code state -> next}. */
    @Override
    public double actionCost(Integer state, Integer action, Integer next) {
        return edgeCost(state, next);
    }

    private double edgeCost(int from, int to) {
        return graph.cost(from, to).orElseThrow(() -> new IllegalArgumentException(
                "there is no edge " + from + " -> " + to + " (the actions in " + from + " are "
                        + actions(from) + ")"));
    }
}
