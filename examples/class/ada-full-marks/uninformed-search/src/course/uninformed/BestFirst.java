package course.uninformed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import course.graph.Problem;

public final class BestFirst {

    private BestFirst() {
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, ToDoubleFunction<Node<S, A>> f) {
        // one FIFO bucket per value of f: the lowest bucket first, the oldest node of it first
        TreeMap<Double, ArrayDeque<Node<S, A>>> buckets = new TreeMap<>();
        Node<S, A> root = Node.root(problem.initialState());
        buckets.computeIfAbsent(f.applyAsDouble(root), k -> new ArrayDeque<>()).add(root);
        Set<S> done = new HashSet<>();
        List<S> log = new ArrayList<>();
        while (!buckets.isEmpty()) {
            Map.Entry<Double, ArrayDeque<Node<S, A>>> lowest = buckets.firstEntry();
            Node<S, A> n = lowest.getValue().removeFirst();
            if (lowest.getValue().isEmpty()) {
                buckets.remove(lowest.getKey());
            }
            if (done.contains(n.state())) {
                continue;
            }
            if (problem.isGoal(n.state())) {
                return SearchResult.solution(n, log);
            }
            done.add(n.state());
            log.add(n.state());
            for (A a : problem.actions(n.state())) {
                Node<S, A> c = n.child(problem, a);
                buckets.computeIfAbsent(f.applyAsDouble(c), k -> new ArrayDeque<>()).add(c);
            }
        }
        return SearchResult.failure(log);
    }

    public static <S, A> SearchResult<S, A> uniformCost(Problem<S, A> problem) {
        return search(problem, Node::pathCost);
    }

    public static <S, A> SearchResult<S, A> greedy(Problem<S, A> problem, ToDoubleFunction<S> h) {
        return search(problem, n -> h.applyAsDouble(n.state()));
    }
}
