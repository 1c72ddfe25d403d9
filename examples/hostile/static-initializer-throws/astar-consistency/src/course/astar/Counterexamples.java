package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/** Fails in its static initialiser. */
public final class Counterexamples {
    private static final int NODES = Integer.parseInt("four");

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        return new SearchProblem(Graph.builder(NODES).build(), 0, NODES - 1, Heuristic.of(new double[NODES]));
    }
}
