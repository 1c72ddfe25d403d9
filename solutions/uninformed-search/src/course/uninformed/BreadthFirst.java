package course.uninformed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import course.graph.Graph;
import course.graph.Problem;

/** Breadth-first search, and bidirectional breadth-first search on a graph. */
public final class BreadthFirst {

    private BreadthFirst() {
    }

    /**
     * Breadth-first search: expands the shallowest node first (a FIFO queue), tests a child for the goal when it
     * is generated.
     */
    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        Node<S, A> root = Node.root(problem.initialState());
        List<S> expanded = new ArrayList<>();
        if (problem.isGoal(root.state())) {
            return SearchResult.solution(root, expanded);
        }
        Deque<Node<S, A>> frontier = new ArrayDeque<>();
        frontier.add(root);
        Set<S> reached = new HashSet<>();
        reached.add(root.state());
        while (!frontier.isEmpty()) {
            Node<S, A> node = frontier.removeFirst();
            expanded.add(node.state());
            for (A action : problem.actions(node.state())) {
                Node<S, A> child = node.child(problem, action);
                if (problem.isGoal(child.state())) {
                    return SearchResult.solution(child, expanded);
                }
                if (mode == Mode.TREE || reached.add(child.state())) {
                    frontier.addLast(child);
                }
            }
        }
        return SearchResult.failure(expanded);
    }

    /**
     * Bidirectional breadth-first search from {@code start} forward (outgoing edges) and from {@code goal}
     * backward (incoming edges), one whole layer at a time, forward first; stops when a side generates a node the
     * other side has reached.
     */
    public static SearchResult<Integer, Integer> bidirectional(Graph graph, int start, int goal) {
        graph.checkNode(start);
        graph.checkNode(goal);
        List<Integer> expanded = new ArrayList<>();
        if (start == goal) {
            return SearchResult.route(graph, List.of(start), expanded);
        }
        Side forward = new Side(start, true);
        Side backward = new Side(goal, false);
        Side active = forward;
        while (!forward.frontier.isEmpty() && !backward.frontier.isEmpty()) {
            Side other = active == forward ? backward : forward;
            List<Integer> next = new ArrayList<>();
            for (int node : active.frontier) {
                expanded.add(node);
                for (Graph.Edge edge : active.forward ? graph.outgoing(node) : graph.incoming(node)) {
                    int neighbour = active.forward ? edge.to() : edge.from();
                    if (active.parent.containsKey(neighbour)) {
                        continue;
                    }
                    active.parent.put(neighbour, node);
                    if (other.parent.containsKey(neighbour)) {
                        return SearchResult.route(graph, join(forward, backward, neighbour), expanded);
                    }
                    next.add(neighbour);
                }
            }
            active.frontier = next;
            active = other;
        }
        return SearchResult.failure(expanded);
    }

    /** The path start .. meeting .. goal through the parents of both sides. */
    private static List<Integer> join(Side forward, Side backward, int meeting) {
        Deque<Integer> path = new ArrayDeque<>();
        for (Integer n = meeting; n != null; n = forward.parent.get(n)) {
            path.addFirst(n);
        }
        for (Integer n = backward.parent.get(meeting); n != null; n = backward.parent.get(n)) {
            path.addLast(n);
        }
        return List.copyOf(path);
    }

    /** One direction of the bidirectional search: its current layer and the parent of every node it reached. */
    private static final class Side {
        private final boolean forward;
        private final Map<Integer, Integer> parent = new HashMap<>();
        private List<Integer> frontier;

        Side(int root, boolean forward) {
            this.forward = forward;
            this.parent.put(root, null);
            this.frontier = List.of(root);
        }
    }
}
