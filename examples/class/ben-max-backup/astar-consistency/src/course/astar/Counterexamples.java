package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Where A* without reopening goes wrong.
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /**
     * Nodes S=0 A=1 B=2 C=3 D=4 G=5. The cheap way to C is S A C (2), the dear one S B D C (3). h(A) = 11 = h*(A), all
     * other h are 0, so B, D and C are expanded (f = 1, 2, 3) before A (f = 12) and C is closed with g = 3.
     */
    public static SearchProblem reopeningNeeded() {
        Graph graph = Graph.builder(6)
                .edge(0, 1, 1)
                .edge(1, 3, 1)
                .edge(0, 2, 1)
                .edge(2, 4, 1)
                .edge(4, 3, 1)
                .edge(3, 5, 10)
                .build();
        return new SearchProblem(graph, 0, 5, Heuristic.of(0, 11, 0, 0, 0, 0));
    }
}
