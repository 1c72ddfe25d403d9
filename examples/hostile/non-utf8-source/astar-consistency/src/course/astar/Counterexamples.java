package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

import java.util.List;

/**
 * Über-Beispiel (Größe 4): S=0, A=1, B=2, G=3. The generator saves this file as ISO-8859-1, so the accented
 * letters in this comment are not valid UTF-8.
 */
public final class Counterexamples {
    private static final List<Graph.Edge> EDGES = List.of(new Graph.Edge(0, 1, 1), new Graph.Edge(0, 2, 3),
            new Graph.Edge(1, 2, 1), new Graph.Edge(2, 3, 3));

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        return new SearchProblem(new Graph(4, EDGES), 0, 3, Heuristic.of(0, 4, 0, 0));
    }
}
