package course.uninformed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import course.graph.Graph;
import course.graph.Problem;

public final class BreadthFirst {

    private BreadthFirst() {
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        ArrayList<S> expanded = new ArrayList<>();
        Node<S, A> start = Node.root(problem.initialState());
        if (problem.isGoal(start.state())) {
            return SearchResult.solution(start, expanded);
        }
        ArrayList<Node<S, A>> queue = new ArrayList<>();
        queue.add(start);
        Set<S> reached = new HashSet<>();
        reached.add(start.state());
        int head = 0;
        while (head < queue.size()) {
            Node<S, A> current = queue.get(head);
            head++;
            expanded.add(current.state());
            List<A> actions = problem.actions(current.state());
            for (int i = 0; i < actions.size(); i++) {
                Node<S, A> next = current.child(problem, actions.get(i));
                if (problem.isGoal(next.state())) {
                    return SearchResult.solution(next, expanded);
                }
                if (mode == Mode.GRAPH && reached.contains(next.state())) {
                    continue;
                }
                reached.add(next.state());
                queue.add(next);
            }
        }
        return SearchResult.failure(expanded);
    }

    public static SearchResult<Integer, Integer> bidirectional(Graph graph, int start, int goal) {
        if (start < 0 || goal < 0 || start >= graph.size() || goal >= graph.size()) {
            throw new IllegalArgumentException("start and goal must be nodes of the graph");
        }
        ArrayList<Integer> expanded = new ArrayList<>();
        if (start == goal) {
            return SearchResult.route(graph, List.of(start), expanded);
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Integer>[] came = new Map[] {new HashMap<>(), new HashMap<>()};
        came[0].put(start, -1);
        came[1].put(goal, -1);
        List<List<Integer>> layers = new ArrayList<>(List.of(List.of(start), List.of(goal)));
        int turn = 0;
        while (!layers.get(0).isEmpty() && !layers.get(1).isEmpty()) {
            ArrayList<Integer> next = new ArrayList<>();
            for (int node : layers.get(turn)) {
                expanded.add(node);
                List<Graph.Edge> edges = turn == 0 ? graph.outgoing(node) : graph.incoming(node);
                for (Graph.Edge e : edges) {
                    int other = turn == 0 ? e.to() : e.from();
                    if (came[turn].containsKey(other)) {
                        continue;
                    }
                    came[turn].put(other, node);
                    if (came[1 - turn].containsKey(other)) {
                        ArrayList<Integer> path = new ArrayList<>();
                        for (int x = other; x != -1; x = came[0].get(x)) {
                            path.add(x);
                        }
                        Collections.reverse(path);
                        for (int x = came[1].get(other); x != -1; x = came[1].get(x)) {
                            path.add(x);
                        }
                        return SearchResult.route(graph, path, expanded);
                    }
                    next.add(other);
                }
            }
            layers.set(turn, next);
            turn = 1 - turn;
        }
        return SearchResult.failure(expanded);
    }
}
