package course.uninformed;

import course.graph.Problem;

/**
 * Depth-first search, depth-limited search and iterative deepening.
 *
 * <p>YOUR TASK: implement the three methods. The rules are in README.md; the tests check the solution and the
 * exact list of expanded states.
 */
public final class DepthFirst {

    private DepthFirst() {
    }

    /**
     * Depth-first search: always expand the deepest frontier node (a LIFO stack).
     *
     * <ul>
     *   <li>Goal test when a node is taken off the stack.</li>
     *   <li>The first action's child is expanded before its siblings (as a recursive depth-first search does): push
     *       the children in reverse order.</li>
     *   <li>{@link Mode#TREE}: no memory of states (never ends on a cycle). {@link Mode#GRAPH}: a node taken off the
     *       stack whose state has already been expanded is dropped, without being tested or expanded.</li>
     *   <li>Expanding a node: record its state, call {@code problem.actions} once, generate the children.</li>
     *   <li>An empty stack: {@link SearchResult#failure}.</li>
     * </ul>
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        throw new UnsupportedOperationException("TODO implement depth-first search");
    }

    /**
     * Depth-limited search: depth-first <b>tree</b> search in which a node at depth {@code limit} is treated as if
     * it had no children.
     *
     * <ul>
     *   <li>Same order and goal test as {@link #search}: a node at depth {@code limit} is still tested.</li>
     *   <li>A non-goal node at depth {@code limit} is not expanded (not recorded, no call to
     *       {@code actions}); it makes the result a cutoff.</li>
     *   <li>No goal found: {@link SearchResult#cutoff} if a node was left unexpanded at the limit, otherwise
     *       {@link SearchResult#failure}.</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code limit < 0}
     */
    public static <S, A> SearchResult<S, A> depthLimited(Problem<S, A> problem, int limit) {
        throw new UnsupportedOperationException("TODO implement depth-limited search");
    }

    /**
     * Iterative deepening: {@link #depthLimited} with the limits 0, 1, 2, ..., {@code maxDepth}, returning the
     * first result that is not a cutoff, or a cutoff if the limit {@code maxDepth} still ends in one. The result
     * lists the expansions of all the depth-limited searches it ran, in order.
     *
     * @throws IllegalArgumentException if {@code maxDepth < 0}
     */
    public static <S, A> SearchResult<S, A> iterativeDeepening(Problem<S, A> problem, int maxDepth) {
        throw new UnsupportedOperationException("TODO implement iterative deepening");
    }
}
