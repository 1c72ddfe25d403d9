package course.uninformed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import course.graph.Problem;

public final class BestFirst {

    private BestFirst() {
    }

    private record Item<S, A>(Node<S, A> node, double priority, int number) implements Comparable<Item<S, A>> {
        @Override
        public int compareTo(Item<S, A> o) {
            int c = Double.compare(priority, o.priority);
            return c != 0 ? c : Integer.compare(number, o.number);
        }
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, ToDoubleFunction<Node<S, A>> f) {
        ArrayList<S> expanded = new ArrayList<>();
        Node<S, A> root = Node.root(problem.initialState());
        if (problem.isGoal(root.state())) {
            return SearchResult.solution(root, expanded);
        }
        PriorityQueue<Item<S, A>> open = new PriorityQueue<>();
        int counter = 0;
        open.add(new Item<>(root, f.applyAsDouble(root), counter++));
        Map<S, Double> best = new HashMap<>();
        best.put(root.state(), 0.0);
        Set<S> closed = new HashSet<>();
        while (!open.isEmpty()) {
            Node<S, A> n = open.poll().node();
            if (closed.contains(n.state())) {
                continue;
            }
            closed.add(n.state());
            expanded.add(n.state());
            List<A> actions = problem.actions(n.state());
            for (A a : actions) {
                Node<S, A> child = n.child(problem, a);
                // stop as soon as the goal shows up
                if (problem.isGoal(child.state())) {
                    return SearchResult.solution(child, expanded);
                }
                if (!closed.contains(child.state()) && child.pathCost() < best.getOrDefault(child.state(),
                        Double.POSITIVE_INFINITY)) {
                    best.put(child.state(), child.pathCost());
                    open.add(new Item<>(child, f.applyAsDouble(child), counter++));
                }
            }
        }
        return SearchResult.failure(expanded);
    }

    public static <S, A> SearchResult<S, A> uniformCost(Problem<S, A> problem) {
        return search(problem, n -> n.pathCost());
    }

    public static <S, A> SearchResult<S, A> greedy(Problem<S, A> problem, ToDoubleFunction<S> h) {
        return search(problem, n -> h.applyAsDouble(n.state()));
    }
}
