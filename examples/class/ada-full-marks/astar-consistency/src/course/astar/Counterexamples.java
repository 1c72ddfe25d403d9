package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * An instance where A* without reopening fails.
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /**
     * S=0, X=1, Y=2, Z=3, G=4. Best path S X Z G = 2 + 1 + 5 = 8; h(X) = 6 = h*(X) keeps X waiting (f = 8) while Z is
     * closed through Y with g = 5 (f = 5). X then finds Z at g = 3, too late without reopening: cost 10.
     */
    public static SearchProblem reopeningNeeded() {
        Graph graph = Graph.builder(5)
                .edge(0, 1, 2)
                .edge(0, 2, 1)
                .edge(1, 3, 1)
                .edge(2, 3, 4)
                .edge(3, 4, 5)
                .build();
        return new SearchProblem(graph, 0, 4, Heuristic.of(0, 6, 0, 0, 0));
    }
}
