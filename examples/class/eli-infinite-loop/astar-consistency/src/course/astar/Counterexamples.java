package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A graph where A* has to reopen a node.
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /** S=0 A=1 B=2 G=3; best path S A B G = 2 + 1 + 6 = 9, but B is first closed via S -> B (4). */
    public static SearchProblem reopeningNeeded() {
        Graph graph = Graph.builder(4)
                .edge(0, 1, 2)
                .edge(0, 2, 4)
                .edge(1, 2, 1)
                .edge(2, 3, 6)
                .build();
        // h* = (9, 7, 6, 0); h(A) = 7 > 1 + h(B) = 2 is the inconsistent edge
        return new SearchProblem(graph, 0, 3, Heuristic.of(0, 7, 1, 0));
    }
}
