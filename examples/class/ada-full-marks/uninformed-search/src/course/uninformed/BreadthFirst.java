package course.uninformed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import course.graph.Graph;
import course.graph.Problem;

public final class BreadthFirst {

    private BreadthFirst() {
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        List<S> done = new ArrayList<>();
        Node<S, A> first = Node.root(problem.initialState());
        if (problem.isGoal(first.state())) {
            return SearchResult.solution(first, done);
        }
        Set<S> seen = new HashSet<>(List.of(first.state()));
        List<Node<S, A>> layer = List.of(first);
        while (!layer.isEmpty()) {
            List<Node<S, A>> nextLayer = new ArrayList<>();
            for (Node<S, A> n : layer) {
                done.add(n.state());
                for (A a : problem.actions(n.state())) {
                    Node<S, A> c = n.child(problem, a);
                    if (problem.isGoal(c.state())) {
                        return SearchResult.solution(c, done);
                    }
                    boolean fresh = seen.add(c.state());
                    if (fresh || mode == Mode.TREE) {
                        nextLayer.add(c);
                    }
                }
            }
            layer = nextLayer;
        }
        return SearchResult.failure(done);
    }

    public static SearchResult<Integer, Integer> bidirectional(Graph graph, int start, int goal) {
        graph.checkNode(start);
        graph.checkNode(goal);
        List<Integer> done = new ArrayList<>();
        if (start == goal) {
            return SearchResult.route(graph, List.of(start), done);
        }
        Map<Integer, Integer> fromStart = new HashMap<>();
        Map<Integer, Integer> toGoal = new HashMap<>();
        fromStart.put(start, start);
        toGoal.put(goal, goal);
        List<Integer> front = List.of(start);
        List<Integer> back = List.of(goal);
        boolean forwardTurn = true;
        while (!front.isEmpty() && !back.isEmpty()) {
            Map<Integer, Integer> mine = forwardTurn ? fromStart : toGoal;
            Map<Integer, Integer> theirs = forwardTurn ? toGoal : fromStart;
            List<Integer> grown = new ArrayList<>();
            for (int u : forwardTurn ? front : back) {
                done.add(u);
                List<Integer> neighbours = forwardTurn
                        ? graph.outgoing(u).stream().map(Graph.Edge::to).toList()
                        : graph.incoming(u).stream().map(Graph.Edge::from).toList();
                for (int v : neighbours) {
                    if (mine.putIfAbsent(v, u) != null) {
                        continue;
                    }
                    if (theirs.containsKey(v)) {
                        LinkedList<Integer> path = new LinkedList<>();
                        int x = v;
                        path.add(x);
                        while (x != start) {
                            x = fromStart.get(x);
                            path.addFirst(x);
                        }
                        x = v;
                        while (x != goal) {
                            x = toGoal.get(x);
                            path.addLast(x);
                        }
                        return SearchResult.route(graph, path, done);
                    }
                    grown.add(v);
                }
            }
            if (forwardTurn) {
                front = grown;
            } else {
                back = grown;
            }
            forwardTurn = !forwardTurn;
        }
        return SearchResult.failure(done);
    }
}
