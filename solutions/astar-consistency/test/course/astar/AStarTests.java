package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Rejections;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.Romania;

class AStarTests {

    /** What usually makes a fixed A* example run out of time. */
    static final String TIMEOUT = "The search did not finish on a graph of a few nodes. Usual causes: an entry is "
            + "looked at (peek) but never taken off the open list, a reopened node stays marked closed so its new "
            + "entry is skipped forever, or nodes are put back on the open list without a strictly smaller g.";
    static final String TIMEOUT_ZH = "在只有几个结点的图上搜索没有结束。常见原因：只查看（peek）open 表的队首却从不把它取出；"
            + "重新打开的结点仍被标记为已关闭，于是它的新条目永远被跳过；或者没有得到严格更小的 g 也把结点放回 open 表。";

    /** "node(g=.., f=..)" for each expansion, to compare whole sequences in one readable line. */
    static List<String> trace(SearchResult r) {
        return r.expanded().stream()
                .map(e -> e.node() + "(g=" + NumberText.show(e.g()) + ", f=" + NumberText.show(e.f()) + ")")
                .toList();
    }

    private static List<String> cities(List<Integer> nodes) {
        return nodes.stream().map(Romania::city).toList();
    }

    /** The first difference of a result from the expected path, cost and expansion trace. */
    private static Optional<String> differs(String setting, SearchResult r, List<Integer> path, double cost,
            List<String> expansions) {
        if (!r.path().equals(path) || r.cost() != cost) {
            return Optional.of(setting + ": expected the path " + path + " of cost " + NumberText.show(cost)
                    + ", got " + r.path() + " of cost " + NumberText.show(r.cost()) + " (expansions " + trace(r)
                    + ")");
        }
        if (!trace(r).equals(expansions)) {
            return Optional.of(setting + ": the path is right, but the expansions should be\n  " + expansions
                    + "\nand were\n  " + trace(r));
        }
        return Optional.empty();
    }

    @Example
    @Points(2)
    @Hint(value = "AIMA's Romania example: A* with straight-line distances expands Arad, Sibiu, Rimnicu Vilcea, "
            + "Fagaras, Pitesti, Bucharest (f = 366, 393, 413, 415, 417, 418) and finds the 418 km route. Greedy "
            + "best-first (f = h) takes the 450 km route via Fagaras; ordering by g alone expands other cities.",
            zh = "AIMA 罗马尼亚例子：用直线距离的 A* 依次扩展 Arad、Sibiu、Rimnicu Vilcea、Fagaras、Pitesti、Bucharest"
                    + "（f = 366, 393, 413, 415, 417, 418），找到 418 km 的路线。贪婪最佳优先（f = h）会走经 Fagaras 的"
                    + " 450 km 路线；只按 g 排序会扩展其他城市。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void romaniaAradToBucharest() {
        SearchResult r = AStar.search(Romania.graph(), Romania.node("Arad"), Romania.node("Bucharest"),
                Romania.straightLineToBucharest());
        List<String> expected = List.of("Arad", "Sibiu", "Rimnicu Vilcea", "Pitesti", "Bucharest");
        List<String> expansions = r.expanded().stream()
                .map(e -> Romania.city(e.node()) + "(f=" + NumberText.show(e.f()) + ")").toList();
        List<String> expectedExpansions = List.of("Arad(f=366)", "Sibiu(f=393)", "Rimnicu Vilcea(f=413)",
                "Fagaras(f=415)", "Pitesti(f=417)", "Bucharest(f=418)");
        Optional<String> problem = Optional.empty();
        if (!cities(r.path()).equals(expected) || r.cost() != 418) {
            problem = Optional.of("Arad to Bucharest: expected the path " + expected + " of cost 418, got "
                    + cities(r.path()) + " of cost " + NumberText.show(r.cost()) + " (expansions " + expansions + ")");
        } else if (!expansions.equals(expectedExpansions)) {
            problem = Optional.of("Arad to Bucharest: the path is right, but the expansions should be\n  "
                    + expectedExpansions + "\nand were\n  " + expansions);
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(2)
    @Hint(value = "The goal test belongs to expansion, not generation: the goal is first generated through the "
            + "expensive edge S -> G (cost 10), but the cheaper path S, A, G (cost 2) is found before the goal comes "
            + "off the open list.",
            zh = "目标测试应在扩展时做，而不是生成时：目标先经昂贵的边 S -> G（代价 10）被生成，"
                    + "但在目标出队之前会找到更便宜的路径 S, A, G（代价 2）。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void goalTestedWhenExpandedNotWhenGenerated() {
        // S=0, A=1, G=2
        Graph g = Graph.builder(3).edge(0, 2, 10).edge(0, 1, 1).edge(1, 2, 1).build();
        SearchResult r = AStar.search(g, 0, 2, Heuristic.of(1, 1, 0));
        Optional<String> problem = differs("edges 0 -> 2 (10), 0 -> 1 (1), 1 -> 2 (1), h = (1, 1, 0), goal 2", r,
                List.of(0, 1, 2), 2, List.of("0(g=0, f=1)", "1(g=1, f=2)", "2(g=2, f=2)"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(2)
    @Hint(value = "Reopening: h = (0, 4, 1, 0, 0) is admissible but not consistent (h(A) = 4 > 1 + h(C)). C is first "
            + "closed at g = 3 via B; when A later reaches C at g = 2, C must be reopened and expanded again, or the "
            + "search returns the path via B of cost 6 instead of 5.",
            zh = "重新打开：h = (0, 4, 1, 0, 0) 可采纳但不一致（h(A) = 4 > 1 + h(C)）。C 先经 B 以 g = 3 被关闭；"
                    + "之后 A 以 g = 2 到达 C 时必须重新打开 C 并再次扩展，否则会返回经 B、代价 6 而不是 5 的路径。",
            timeout = "The search did not finish once node 3 had to be reopened: a reopened node must get a new "
                    + "open entry AND stop counting as closed; skipping (without polling) an entry whose node is "
                    + "marked closed loops forever.",
            timeoutZh = "需要重新打开结点 3 时搜索没有结束：重新打开的结点既要有新的 open 条目，也不能再算作已关闭；"
                    + "对已关闭结点的条目只跳过而不出队会永远循环。")
    void reopensClosedNodeWhenCheaperPathFound() {
        // S=0, A=1, B=2, C=3, G=4
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(1, 3, 1).edge(0, 2, 2).edge(2, 3, 1).edge(3, 4, 3).build();
        SearchResult r = AStar.search(g, 0, 4, Heuristic.of(0, 4, 1, 0, 0));
        Optional<String> problem = differs("edges 0 -> 1 (1), 1 -> 3 (1), 0 -> 2 (2), 2 -> 3 (1), 3 -> 4 (3), "
                + "h = (0, 4, 1, 0, 0), goal 4 (node 3 must be expanded twice)", r, List.of(0, 1, 3, 4), 5,
                List.of("0(g=0, f=0)", "2(g=2, f=3)", "3(g=3, f=3)", "1(g=1, f=5)", "3(g=2, f=2)", "4(g=5, f=5)"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "Tie-break: among open entries with equal f, the lower h comes off first; with equal h too, the "
            + "smaller node number - not the order in which the entries were added, and not a higher h first.",
            zh = "平局规则：f 相同的 open 条目中 h 较小者先出队；h 也相同时结点编号较小者先出队——不是按加入的顺序，"
                    + "也不是 h 较大者先出队。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void equalFBrokenByLowerHThenSmallerNode() {
        // nodes 1, 2, 3 all get f = 3: node 1 with h = 2, nodes 3 and 2 (added in that order) with h = 1
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(0, 3, 2).edge(0, 2, 2).edge(1, 4, 5).edge(2, 4, 5)
                .edge(3, 4, 5).build();
        SearchResult r = AStar.search(g, 0, 4, Heuristic.of(0, 2, 1, 1, 0));
        Optional<String> problem = differs("edges 0 -> 1 (1), 0 -> 3 (2), 0 -> 2 (2), 1 -> 4, 2 -> 4, 3 -> 4 (5 "
                + "each), h = (0, 2, 1, 1, 0), goal 4; nodes 1, 2, 3 all have f = 3", r, List.of(0, 1, 4), 6,
                List.of("0(g=0, f=0)", "2(g=2, f=3)", "3(g=2, f=3)", "1(g=1, f=3)", "4(g=6, f=6)"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "An outdated open entry (its node was reached more cheaply after it was added) is dropped when it "
            + "comes off the open list: it is not an expansion and is not recorded. Here node 1 is first added with "
            + "g = 5, then improved to g = 2 and expanded; its old entry (f = 5) must be skipped.",
            zh = "过时的 open 条目（加入后它的结点又以更小的代价被到达）出队时直接丢弃：它不算扩展，也不记录。"
                    + "这里结点 1 先以 g = 5 加入，随后改进为 g = 2 并被扩展；它的旧条目（f = 5）必须跳过。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void outdatedEntryIsNotAnExpansion() {
        Graph g = Graph.builder(4).edge(0, 1, 5).edge(0, 2, 1).edge(2, 1, 1).edge(1, 3, 10).build();
        SearchResult r = AStar.search(g, 0, 3, Heuristic.zero());
        Optional<String> problem = differs("edges 0 -> 1 (5), 0 -> 2 (1), 2 -> 1 (1), 1 -> 3 (10), h = 0, goal 3", r,
                List.of(0, 2, 1, 3), 12, List.of("0(g=0, f=0)", "2(g=1, f=1)", "1(g=2, f=2)", "3(g=12, f=12)"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "Edge cases: an unreachable goal gives SearchResult.failure (empty path, infinite cost) after "
            + "expanding every reachable node once; start == goal gives the path [start] with cost 0 after one "
            + "expansion.",
            zh = "边界情况：目标不可达时，扩展完每个可达结点一次后返回 SearchResult.failure（空路径、代价无穷）；"
                    + "start == goal 时经一次扩展返回路径 [start]、代价 0。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void unreachableGoalAndStartIsGoal() {
        Graph g = Graph.builder(4).edge(0, 1, 2).edge(1, 0, 2).edge(1, 2, 1).edge(3, 2, 1).build();
        SearchResult r = AStar.search(g, 0, 3, Heuristic.zero());
        Optional<String> problem = r.found() || r.cost() != Double.POSITIVE_INFINITY
                || !r.expandedNodes().equals(List.of(0, 1, 2))
                ? Optional.of("edges 0 <-> 1, 1 -> 2, 3 -> 2, goal 3 (unreachable from 0): expected a failure "
                        + "(empty path, infinite cost) after expanding 0, 1, 2; got the path " + r.path() + " of cost "
                        + NumberText.show(r.cost()) + " after expanding " + r.expandedNodes())
                : Optional.empty();
        if (problem.isEmpty()) {
            SearchResult same = AStar.search(g, 2, 2, Heuristic.zero());
            problem = differs("same graph, from 2 to itself", same, List.of(2), 0, List.of("2(g=0, f=0)"));
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "A start or goal that is not a node of the graph (negative, or >= graph.size()) must be rejected "
            + "with IllegalArgumentException before the search starts (graph.checkNode does that).",
            zh = "start 或 goal 不是图中的结点（负数，或 >= graph.size()）时，必须在搜索开始前抛出 "
                    + "IllegalArgumentException（graph.checkNode 就会这样做）。")
    void nodesOutsideTheGraphAreRejected() {
        Graph g = Graph.builder(3).edge(0, 1, 1).edge(1, 2, 1).build();
        Optional<String> problem = new Rejections()
                .mustThrow(IllegalArgumentException.class, "search from -1 on 3 nodes",
                        () -> AStar.search(g, -1, 2, Heuristic.zero()))
                .mustThrow(IllegalArgumentException.class, "search from 3 on 3 nodes",
                        () -> AStar.search(g, 3, 2, Heuristic.zero()))
                .mustThrow(IllegalArgumentException.class, "search to the goal 3 on 3 nodes",
                        () -> AStar.search(g, 0, 3, Heuristic.zero()))
                .mustThrow(IllegalArgumentException.class, "search to the goal -1 on 3 nodes",
                        () -> AStar.search(g, 0, -1, Heuristic.zero()))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
