package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/** Floods standard output before answering. */
public final class Counterexamples {
    private static final String LINE = "x".repeat(1 << 20);

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        for (int i = 0; i < 100; i++) {
            System.out.print(LINE);
        }
        Graph graph = Graph.builder(4).edge(0, 1, 1).edge(0, 2, 3).edge(1, 2, 1).edge(2, 3, 3).build();
        return new SearchProblem(graph, 0, 3, Heuristic.of(0, 4, 0, 0));
    }
}
