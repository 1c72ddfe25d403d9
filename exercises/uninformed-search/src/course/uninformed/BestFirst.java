package course.uninformed;

import java.util.function.ToDoubleFunction;

import course.graph.Problem;

/**
 * Best-first graph search, and its two best-known cases: uniform-cost search and greedy best-first search.
 *
 * <p>YOUR TASK: implement the three methods. The rules are in README.md; the tests check the solution and the
 * exact list of expanded states.
 */
public final class BestFirst {

    private BestFirst() {
    }

    /**
     * Best-first graph search with the evaluation function {@code f}.
     *
     * <ul>
     *   <li>The frontier is a priority queue: lowest {@code f(node)} first; among equal {@code f}, the node
     *       generated first. (Java's {@code PriorityQueue} does not keep the order of equal elements: add a
     *       counter.)</li>
     *   <li>Goal test when a node is taken off the frontier (not when it is generated).</li>
     *   <li>A node taken off the frontier whose state has already been expanded is dropped, without being tested
     *       or expanded: every state is expanded at most once.</li>
     *   <li>A cheaper path to a state that is still on the frontier must not be ignored: add the new node (the old
     *       one will be dropped when it comes off).</li>
     *   <li>Expanding a node: record its state, call {@code problem.actions} once, generate the children.</li>
     *   <li>An empty frontier: {@link SearchResult#failure}.</li>
     * </ul>
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, ToDoubleFunction<Node<S, A>> f) {
        throw new UnsupportedOperationException("TODO implement best-first graph search");
    }

    /** Uniform-cost search: best-first search with {@code f = g}, the path cost of the node. */
    public static <S, A> SearchResult<S, A> uniformCost(Problem<S, A> problem) {
        throw new UnsupportedOperationException("TODO uniform-cost search is best-first search with f = g");
    }

    /** Greedy best-first search: best-first search with {@code f = h(state of the node)}. */
    public static <S, A> SearchResult<S, A> greedy(Problem<S, A> problem, ToDoubleFunction<S> h) {
        throw new UnsupportedOperationException("TODO greedy best-first search is best-first search with f = h");
    }
}
