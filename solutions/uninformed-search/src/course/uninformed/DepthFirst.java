package course.uninformed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import course.graph.Problem;

/** Depth-first search, depth-limited search and iterative deepening. */
public final class DepthFirst {

    private DepthFirst() {
    }

    /**
     * Depth-first search: expands the deepest node first (a LIFO stack), the first action's child before its
     * siblings; tests a node for the goal when it is taken off the stack.
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        Deque<Node<S, A>> stack = new ArrayDeque<>();
        stack.push(Node.root(problem.initialState()));
        Set<S> explored = new HashSet<>();
        List<S> expanded = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node<S, A> node = stack.pop();
            if (mode == Mode.GRAPH && !explored.add(node.state())) {
                continue;
            }
            if (problem.isGoal(node.state())) {
                return SearchResult.solution(node, expanded);
            }
            expanded.add(node.state());
            pushChildren(problem, node, stack);
        }
        return SearchResult.failure(expanded);
    }

    /**
     * Depth-first tree search that treats nodes at depth {@code limit} as if they had no children.
     *
     * @throws IllegalArgumentException if {@code limit < 0}
     */
    public static <S, A> SearchResult<S, A> depthLimited(Problem<S, A> problem, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the depth limit must be >= 0, got " + limit);
        }
        Deque<Node<S, A>> stack = new ArrayDeque<>();
        stack.push(Node.root(problem.initialState()));
        List<S> expanded = new ArrayList<>();
        boolean cutoff = false;
        while (!stack.isEmpty()) {
            Node<S, A> node = stack.pop();
            if (problem.isGoal(node.state())) {
                return SearchResult.solution(node, expanded);
            }
            if (node.depth() >= limit) {
                cutoff = true;
            } else {
                expanded.add(node.state());
                pushChildren(problem, node, stack);
            }
        }
        return cutoff ? SearchResult.cutoff(expanded) : SearchResult.failure(expanded);
    }

    /**
     * Depth-limited search with the limits 0, 1, ..., {@code maxDepth} until one does not end in a cutoff.
     *
     * @throws IllegalArgumentException if {@code maxDepth < 0}
     */
    public static <S, A> SearchResult<S, A> iterativeDeepening(Problem<S, A> problem, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("the largest depth limit must be >= 0, got " + maxDepth);
        }
        List<S> expanded = new ArrayList<>();
        for (int limit = 0; limit <= maxDepth; limit++) {
            SearchResult<S, A> result = depthLimited(problem, limit);
            expanded.addAll(result.expanded());
            if (!(result.outcome() instanceof SearchResult.Cutoff)) {
                return new SearchResult<>(result.outcome(), expanded);
            }
        }
        return SearchResult.cutoff(expanded);
    }

    /** Pushes the children in reverse order, so that the first action's child comes off the stack first. */
    private static <S, A> void pushChildren(Problem<S, A> problem, Node<S, A> node, Deque<Node<S, A>> stack) {
        List<A> actions = problem.actions(node.state());
        for (int i = actions.size() - 1; i >= 0; i--) {
            stack.push(node.child(problem, actions.get(i)));
        }
    }
}
