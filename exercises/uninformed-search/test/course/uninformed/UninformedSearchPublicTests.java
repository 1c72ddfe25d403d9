package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import course.graph.Graph;
import course.graph.Romania;
import course.graph.RouteProblem;

class UninformedSearchPublicTests {

    private static final RouteProblem ARAD_TO_BUCHAREST =
            new RouteProblem(Romania.graph(), Romania.node("Arad"), Romania.node("Bucharest"));

    private static List<String> cities(List<Integer> nodes) {
        return nodes.stream().map(Romania::city).toList();
    }

    @Test
    void uniformCostFindsThe418Route() {
        SearchResult<Integer, Integer> r = BestFirst.uniformCost(ARAD_TO_BUCHAREST);
        assertThat(cities(r.path())).as("path").containsExactly("Arad", "Sibiu", "Rimnicu Vilcea", "Pitesti",
                "Bucharest");
        assertThat(r.cost()).as("cost").isEqualTo(418.0);
        assertThat(cities(r.expanded().subList(0, 4))).as("first four expansions")
                .containsExactly("Arad", "Zerind", "Timisoara", "Sibiu");
    }

    @Test
    void breadthFirstTestsTheGoalWhenGenerated() {
        // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 4: the goal 3 is generated while 1 is expanded
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(0, 2, 1).edge(1, 3, 1).edge(2, 4, 1).build();
        SearchResult<Integer, Integer> r = BreadthFirst.search(new RouteProblem(g, 0, 3), Mode.GRAPH);
        assertThat(r.path()).as("path").containsExactly(0, 1, 3);
        assertThat(r.expanded()).as("expanded").containsExactly(0, 1);
    }

    @Test
    void depthFirstGoesDownTheFirstActionFirst() {
        // a diamond 0 -> {1, 2} -> 3; the goal 4 cannot be reached
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(0, 2, 1).edge(1, 3, 1).edge(2, 3, 1).build();
        RouteProblem p = new RouteProblem(g, 0, 4);
        assertThat(DepthFirst.search(p, Mode.TREE).expanded()).as("tree search").containsExactly(0, 1, 3, 2, 3);
        assertThat(DepthFirst.search(p, Mode.GRAPH).expanded()).as("graph search").containsExactly(0, 1, 3, 2);
    }

    @Test
    void depthLimitedSearchIsCutOffAtTheLimit() {
        Graph chain = Graph.builder(3).edge(0, 1, 1).edge(1, 2, 1).build();
        SearchResult<Integer, Integer> r = DepthFirst.depthLimited(new RouteProblem(chain, 0, 2), 1);
        assertThat(r.outcome()).as("outcome with limit 1").isInstanceOf(SearchResult.Cutoff.class);
        assertThat(r.expanded()).as("expanded with limit 1").containsExactly(0);
        assertThat(DepthFirst.iterativeDeepening(new RouteProblem(chain, 0, 2), 5).path()).as("iterative deepening")
                .containsExactly(0, 1, 2);
    }

    @Test
    void bidirectionalSearchMeetsInTheMiddle() {
        Graph chain = Graph.builder(5).edge(0, 1, 1).edge(1, 2, 1).edge(2, 3, 1).edge(3, 4, 1).build();
        SearchResult<Integer, Integer> r = BreadthFirst.bidirectional(chain, 0, 4);
        assertThat(r.path()).as("path").containsExactly(0, 1, 2, 3, 4);
        assertThat(r.expanded()).as("expanded (forward, backward, forward, backward)").containsExactly(0, 4, 1, 3);
    }
}
