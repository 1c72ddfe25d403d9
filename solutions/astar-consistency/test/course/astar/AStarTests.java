package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.Romania;

class AStarTests {

    /** "node(g, f)" for each expansion, to compare whole sequences in one readable line. */
    private static List<String> trace(SearchResult r) {
        return r.expanded().stream()
                .map(e -> e.node() + "(g=" + fmt(e.g()) + ", f=" + fmt(e.f()) + ")")
                .toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Double.isFinite(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<String> cities(List<Integer> nodes) {
        return nodes.stream().map(Romania::city).toList();
    }

    @Example
    @Points(2)
    @Hint(value = "AIMA's Romania example: A* with straight-line distances expands Arad, Sibiu, Rimnicu Vilcea, "
            + "Fagaras, Pitesti, Bucharest (f = 366, 393, 413, 415, 417, 418) and finds the 418 km route. Greedy "
            + "best-first (f = h) takes the 450 km route via Fagaras; ordering by g alone expands other cities.",
            zh = "AIMA 罗马尼亚例子：用直线距离的 A* 依次扩展 Arad、Sibiu、Rimnicu Vilcea、Fagaras、Pitesti、Bucharest"
                    + "（f = 366, 393, 413, 415, 417, 418），找到 418 km 的路线。贪婪最佳优先（f = h）会走经 Fagaras 的"
                    + " 450 km 路线；只按 g 排序会扩展其他城市。")
    void romaniaAradToBucharest() {
        SearchResult r = AStar.search(Romania.graph(), Romania.node("Arad"), Romania.node("Bucharest"),
                Romania.straightLineToBucharest());
        assertThat(cities(r.path())).as("path (cost %s)", r.cost())
                .containsExactly("Arad", "Sibiu", "Rimnicu Vilcea", "Pitesti", "Bucharest");
        assertThat(r.cost()).as("cost").isEqualTo(418.0);
        assertThat(cities(r.expandedNodes())).as("cities in the order they were expanded")
                .containsExactly("Arad", "Sibiu", "Rimnicu Vilcea", "Fagaras", "Pitesti", "Bucharest");
        assertThat(r.expanded().stream().map(SearchResult.Expansion::f).toList())
                .as("f of the expansions").containsExactly(366.0, 393.0, 413.0, 415.0, 417.0, 418.0);
    }

    @Example
    @Points(2)
    @Hint(value = "The goal test belongs to expansion, not generation: the goal is first generated through the "
            + "expensive edge S -> G (cost 10), but the cheaper path S, A, G (cost 2) is found before the goal comes "
            + "off the open list.",
            zh = "目标测试应在扩展时做，而不是生成时：目标先经昂贵的边 S -> G（代价 10）被生成，"
                    + "但在目标出队之前会找到更便宜的路径 S, A, G（代价 2）。")
    void goalTestedWhenExpandedNotWhenGenerated() {
        // S=0, A=1, G=2
        Graph g = Graph.builder(3).edge(0, 2, 10).edge(0, 1, 1).edge(1, 2, 1).build();
        SearchResult r = AStar.search(g, 0, 2, Heuristic.of(1, 1, 0));
        assertThat(r.path()).as("path (cost %s)", r.cost()).containsExactly(0, 1, 2);
        assertThat(r.cost()).as("cost").isEqualTo(2.0);
        assertThat(trace(r)).as("expansions").containsExactly("0(g=0, f=1)", "1(g=1, f=2)", "2(g=2, f=2)");
    }

    @Example
    @Points(2)
    @Hint(value = "Reopening: h = (0, 4, 1, 0, 0) is admissible but not consistent (h(A) = 4 > 1 + h(C)). C is first "
            + "closed at g = 3 via B; when A later reaches C at g = 2, C must be reopened and expanded again, or the "
            + "search returns the path via B of cost 6 instead of 5.",
            zh = "重新打开：h = (0, 4, 1, 0, 0) 可采纳但不一致（h(A) = 4 > 1 + h(C)）。C 先经 B 以 g = 3 被关闭；"
                    + "之后 A 以 g = 2 到达 C 时必须重新打开 C 并再次扩展，否则会返回经 B、代价 6 而不是 5 的路径。")
    void reopensClosedNodeWhenCheaperPathFound() {
        // S=0, A=1, B=2, C=3, G=4
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(1, 3, 1).edge(0, 2, 2).edge(2, 3, 1).edge(3, 4, 3).build();
        SearchResult r = AStar.search(g, 0, 4, Heuristic.of(0, 4, 1, 0, 0));
        assertThat(r.cost()).as("cost (path %s; the cheapest path 0, 1, 3, 4 costs 5)", r.path()).isEqualTo(5.0);
        assertThat(r.path()).as("path").containsExactly(0, 1, 3, 4);
        assertThat(trace(r)).as("expansions: C (node 3) must be expanded twice")
                .containsExactly("0(g=0, f=0)", "2(g=2, f=3)", "3(g=3, f=3)", "1(g=1, f=5)", "3(g=2, f=2)",
                        "4(g=5, f=5)");
    }

    @Example
    @Points(1)
    @Hint(value = "Edge cases: an unreachable goal gives SearchResult.failure (empty path, infinite cost) after "
            + "expanding every reachable node once; start == goal gives the path [start] with cost 0 after one "
            + "expansion.",
            zh = "边界情况：目标不可达时，扩展完每个可达结点一次后返回 SearchResult.failure（空路径、代价无穷）；"
                    + "start == goal 时经一次扩展返回路径 [start]、代价 0。")
    void unreachableGoalAndStartIsGoal() {
        Graph g = Graph.builder(4).edge(0, 1, 2).edge(1, 0, 2).edge(1, 2, 1).edge(3, 2, 1).build();
        SearchResult r = AStar.search(g, 0, 3, Heuristic.zero());
        assertThat(r.found()).as("found() when node 3 cannot be reached (path %s)", r.path()).isFalse();
        assertThat(r.cost()).as("cost").isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.expandedNodes()).as("expanded nodes").containsExactly(0, 1, 2);

        SearchResult same = AStar.search(g, 2, 2, Heuristic.zero());
        assertThat(same.path()).as("path from 2 to itself").containsExactly(2);
        assertThat(same.cost()).as("cost from 2 to itself").isEqualTo(0.0);
        assertThat(same.expandedNodes()).as("expansions from 2 to itself").containsExactly(2);
    }
}
