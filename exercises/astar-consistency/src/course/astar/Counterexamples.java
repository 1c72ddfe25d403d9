package course.astar;

/**
 * A hand-made instance showing why graph-search A* must reopen closed nodes.
 *
 * <p>YOUR TASK: implement {@link #reopeningNeeded()}.
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /**
     * A small problem (at most 20 nodes) whose heuristic is admissible but <em>not</em> consistent, on which A*
     * graph search that never reopens a closed node returns a path that costs more than the cheapest one.
     *
     * <p>The tests run their own A* without reopening on it, with the same rules as {@link AStar#search} (lowest
     * {@code f}; ties to lower {@code h}, then to the smaller node number; goal test on expansion), except that a
     * cheaper path to an already expanded node is ignored. Do not rely on ties: make the {@code f} values that
     * matter differ.
     *
     * @return the graph, start, goal and heuristic
     */
    public static SearchProblem reopeningNeeded() {
        throw new UnsupportedOperationException("TODO build a graph and an admissible, inconsistent heuristic");
    }
}
