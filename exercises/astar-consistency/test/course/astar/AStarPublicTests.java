package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.Romania;

class AStarPublicTests {

    @Test
    void romaniaAradToBucharest() {
        SearchResult r = AStar.search(Romania.graph(), Romania.node("Arad"), Romania.node("Bucharest"),
                Romania.straightLineToBucharest());
        List<String> path = r.path().stream().map(Romania::city).toList();
        assertThat(path).as("path").containsExactly("Arad", "Sibiu", "Rimnicu Vilcea", "Pitesti", "Bucharest");
        assertThat(r.cost()).as("cost").isEqualTo(418.0);
        assertThat(r.expanded().get(0)).as("first expansion").isEqualTo(new SearchResult.Expansion(0, 0, 366));
    }

    @Test
    void zeroHeuristicOnATinyGraph() {
        // 0 -> 1 -> 2 costs 2, the direct edge 0 -> 2 costs 5
        Graph g = Graph.builder(3).edge(0, 1, 1).edge(1, 2, 1).edge(0, 2, 5).build();
        SearchResult r = AStar.search(g, 0, 2, Heuristic.zero());
        assertThat(r.path()).as("path").containsExactly(0, 1, 2);
        assertThat(r.cost()).as("cost").isEqualTo(2.0);
        assertThat(r.expandedNodes()).as("expanded nodes").containsExactly(0, 1, 2);
    }
}
