package course.astar;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * A hand-made instance showing why graph-search A* must reopen closed nodes.
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /**
     * S=0, A=1, B=2, G=3 with edges S->A 1, S->B 3, A->B 1, B->G 3. The cheapest path S, A, B, G costs 5.
     *
     * <p>h = (0, 4, 0, 0) is admissible (h* = (5, 4, 3, 0)) but breaks consistency on A->B: 4 > 1 + 0. Because h(A)
     * is high, A (f = 5) waits while B is reached through the expensive edge (g = 3, f = 3) and expanded. When A
     * finally finds B at g = 2, B is closed: without reopening, the search continues from the stale g = 3 and
     * expands G at cost 6.
     */
    public static SearchProblem reopeningNeeded() {
        Graph graph = Graph.builder(4)
                .edge(0, 1, 1)
                .edge(0, 2, 3)
                .edge(1, 2, 1)
                .edge(2, 3, 3)
                .build();
        return new SearchProblem(graph, 0, 3, Heuristic.of(0, 4, 0, 0));
    }
}
