package course.uninformed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import course.graph.Problem;

/** Best-first graph search, and its two best-known cases: uniform-cost search and greedy best-first search. */
public final class BestFirst {

    private BestFirst() {
    }

    /**
     * Best-first graph search: expands the frontier node with the lowest {@code f}, the earliest generated first
     * among equal {@code f}; tests a node for the goal when it is taken off the frontier.
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, ToDoubleFunction<Node<S, A>> f) {
        record Entry<S, A>(Node<S, A> node, double f, long order) {
        }
        PriorityQueue<Entry<S, A>> frontier = new PriorityQueue<>(
                Comparator.<Entry<S, A>>comparingDouble(Entry::f).thenComparingLong(Entry::order));
        Node<S, A> root = Node.root(problem.initialState());
        long generated = 0;
        frontier.add(new Entry<>(root, f.applyAsDouble(root), generated++));
        Map<S, Double> cheapest = new HashMap<>();
        cheapest.put(root.state(), 0.0);
        Set<S> explored = new HashSet<>();
        List<S> expanded = new ArrayList<>();
        while (!frontier.isEmpty()) {
            Node<S, A> node = frontier.poll().node();
            if (!explored.add(node.state())) {
                continue;
            }
            if (problem.isGoal(node.state())) {
                return SearchResult.solution(node, expanded);
            }
            expanded.add(node.state());
            for (A action : problem.actions(node.state())) {
                Node<S, A> child = node.child(problem, action);
                Double best = cheapest.get(child.state());
                if (!explored.contains(child.state()) && (best == null || child.pathCost() < best)) {
                    cheapest.put(child.state(), child.pathCost());
                    frontier.add(new Entry<>(child, f.applyAsDouble(child), generated++));
                }
            }
        }
        return SearchResult.failure(expanded);
    }

    /** Uniform-cost search: best-first search with {@code f = g}, the path cost. */
    public static <S, A> SearchResult<S, A> uniformCost(Problem<S, A> problem) {
        return search(problem, Node::pathCost);
    }

    /** Greedy best-first search: best-first search with {@code f = h(state)}. */
    public static <S, A> SearchResult<S, A> greedy(Problem<S, A> problem, ToDoubleFunction<S> h) {
        return search(problem, node -> h.applyAsDouble(node.state()));
    }
}
