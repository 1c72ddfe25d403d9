package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A* graph search on a weighted directed graph.
 *
 * <p>YOUR TASK: implement {@link #search}.
 */
public final class AStar {

    private AStar() {
    }

    /**
     * Finds a cheapest path from {@code start} to {@code goal} with A*: always expand the open node with the lowest
     * {@code f = g + h}, where {@code g} is the cost of the best path to it found so far.
     *
     * <p>Rules (the tests rely on them):
     * <ul>
     *   <li><b>Graph search with reopening.</b> Remember the best {@code g} found for every node. When a cheaper path
     *       to a node is found, update its {@code g} and parent and put it (back) on the open list, <em>even if it
     *       was already expanded</em> (closed). With a consistent heuristic this never happens; with an admissible
     *       but inconsistent one it does, and skipping it can return a suboptimal path.</li>
     *   <li><b>Goal test on expansion.</b> Stop when the goal is taken off the open list (expanded), not when it
     *       is first generated: a cheaper path to it may still be open.</li>
     *   <li><b>Tie-break.</b> Among open entries with equal {@code f}, expand the one with the lower {@code h}
     *       first (it is closer to the goal); if {@code h} is equal too, the smaller node number first.</li>
     *   <li><b>What to record.</b> Every expansion, in order, as {@code new SearchResult.Expansion(node, g, f)}
     *       with the {@code g} and {@code f = g + h(node)} the node was expanded with; the goal's own expansion is
     *       recorded too. An outdated open entry (its node has since been reached more cheaply) is discarded when
     *       it comes off the open list, without counting as an expansion.</li>
     *   <li><b>Result.</b> {@link SearchResult#success} with the path from start to goal (both included) and its
     *       cost (the goal's {@code g}); {@link SearchResult#failure} if the open list runs empty. If
     *       {@code start == goal} the path is {@code [start]}, cost 0, after one expansion.</li>
     * </ul>
     *
     * @param graph     the graph (non-negative edge costs)
     * @param start     the start node
     * @param goal      the goal node
     * @param heuristic the estimate {@code h(n)} of the cost from {@code n} to {@code goal}
     * @return the path found, its cost and the expansions
     * @throws IllegalArgumentException if {@code start} or {@code goal} is not a node of the graph
     */
    public static SearchResult search(Graph graph, int start, int goal, Heuristic heuristic) {
        throw new UnsupportedOperationException("TODO implement A* graph search with reopening");
    }
}
