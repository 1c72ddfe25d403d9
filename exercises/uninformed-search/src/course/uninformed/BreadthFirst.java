package course.uninformed;

import course.graph.Graph;
import course.graph.Problem;

/**
 * Breadth-first search, and bidirectional breadth-first search on a graph.
 *
 * <p>YOUR TASK: implement {@link #search} and {@link #bidirectional}. The rules are in README.md; the tests
 * check the solution and the exact list of expanded states.
 */
public final class BreadthFirst {

    private BreadthFirst() {
    }

    /**
     * Breadth-first search: always expand the shallowest frontier node (a FIFO queue).
     *
     * <ul>
     *   <li>If the initial state is a goal, return it at once (nothing expanded).</li>
     *   <li>Expanding a node: record its state, call {@code problem.actions} once, and generate the children in the
     *       order of the actions ({@link Node#child}).</li>
     *   <li><b>Goal test when a child is generated</b>: return the first generated child whose state is a goal,
     *       without generating its remaining siblings.</li>
     *   <li>{@link Mode#TREE}: every child joins the back of the queue. {@link Mode#GRAPH}: a child joins only if
     *       its state has never been reached before (the initial state counts as reached).</li>
     *   <li>An empty queue: {@link SearchResult#failure}.</li>
     * </ul>
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        throw new UnsupportedOperationException("TODO implement breadth-first search");
    }

    /**
     * Bidirectional breadth-first search for a path with the fewest edges from {@code start} to {@code goal}.
     *
     * <ul>
     *   <li>{@code start == goal}: the path {@code [start]}, nothing expanded.</li>
     *   <li>Two searches, each with its own frontier and reached set: forward from {@code start} along outgoing
     *       edges ({@code graph.outgoing}, in order), backward from {@code goal} along incoming edges
     *       ({@code graph.incoming}, in order; the neighbour is the edge's {@code from}).</li>
     *   <li>They take turns, forward first, and each turn expands the side's <b>whole current layer</b> (its
     *       frontier, in the order the nodes were added), recording every expanded node; the children not reached
     *       before by that side form its next layer.</li>
     *   <li>Stop as soon as a side generates a node the other side has reached: the path goes from start to that
     *       node (forward parents) and on to the goal (backward parents). Build it with
     *       {@link SearchResult#route}.</li>
     *   <li>If either frontier is empty when a turn begins: {@link SearchResult#failure}.</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code start} or {@code goal} is not a node of the graph
     */
    public static SearchResult<Integer, Integer> bidirectional(Graph graph, int start, int goal) {
        throw new UnsupportedOperationException("TODO implement bidirectional breadth-first search");
    }
}
