package course.astar;

import java.util.Objects;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A path-finding problem together with a heuristic for its goal.
 *
 * @param graph     the graph
 * @param start     the start node
 * @param goal      the goal node
 * @param heuristic the heuristic, estimating the cost to {@code goal}
 */
public record SearchProblem(Graph graph, int start, int goal, Heuristic heuristic) {
    /** Validates that nothing is null and that start and goal are nodes of the graph. */
    public SearchProblem {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(heuristic, "heuristic");
        graph.checkNode(start);
        graph.checkNode(goal);
    }
}
