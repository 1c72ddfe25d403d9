package course.uninformed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;

import course.graph.Problem;

public final class DepthFirst {

    private DepthFirst() {
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        LinkedList<Node<S, A>> stack = new LinkedList<>();
        stack.addFirst(Node.root(problem.initialState()));
        Set<S> visited = new HashSet<>();
        ArrayList<S> expanded = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node<S, A> top = stack.removeFirst();
            if (mode == Mode.GRAPH) {
                if (visited.contains(top.state())) {
                    continue;
                }
                visited.add(top.state());
            }
            if (problem.isGoal(top.state())) {
                return SearchResult.solution(top, expanded);
            }
            expanded.add(top.state());
            List<Node<S, A>> children = new ArrayList<>();
            for (A a : problem.actions(top.state())) {
                children.add(top.child(problem, a));
            }
            stack.addAll(0, children);
        }
        return SearchResult.failure(expanded);
    }

    public static <S, A> SearchResult<S, A> depthLimited(Problem<S, A> problem, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit < 0");
        }
        LinkedList<Node<S, A>> stack = new LinkedList<>();
        stack.addFirst(Node.root(problem.initialState()));
        ArrayList<S> expanded = new ArrayList<>();
        boolean wasCut = false;
        while (!stack.isEmpty()) {
            Node<S, A> top = stack.removeFirst();
            if (problem.isGoal(top.state())) {
                return SearchResult.solution(top, expanded);
            }
            if (top.depth() < limit) {
                expanded.add(top.state());
                List<Node<S, A>> children = new ArrayList<>();
                for (A a : problem.actions(top.state())) {
                    children.add(top.child(problem, a));
                }
                stack.addAll(0, children);
            } else {
                wasCut = true;
            }
        }
        if (wasCut) {
            return SearchResult.cutoff(expanded);
        }
        return SearchResult.failure(expanded);
    }

    public static <S, A> SearchResult<S, A> iterativeDeepening(Problem<S, A> problem, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth < 0");
        }
        ArrayList<S> expanded = new ArrayList<>();
        int limit = 0;
        while (true) {
            SearchResult<S, A> r = depthLimited(problem, limit);
            expanded.addAll(r.expanded());
            boolean cut = r.outcome() instanceof SearchResult.Cutoff;
            if (!cut || limit == maxDepth) {
                return new SearchResult<>(r.outcome(), expanded);
            }
            limit++;
        }
    }
}
