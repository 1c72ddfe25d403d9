package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/** Leaves finalisable garbage behind. */
public final class Counterexamples {
    private static volatile long spins;

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        System.out.println("finalised");
        while (spins >= 0) {
            spins = spins + 1 | 1;
        }
    }

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        for (int i = 0; i < 100_000; i++) {
            new Counterexamples();
        }
        Graph graph = Graph.builder(4).edge(0, 1, 1).edge(0, 2, 3).edge(1, 2, 1).edge(2, 3, 3).build();
        return new SearchProblem(graph, 0, 3, Heuristic.of(0, 4, 0, 0));
    }
}
