package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Graph;
import course.graph.Heuristic;

class AStarProperties {

    @Provide
    Arbitrary<RandomCases.Case> consistent() {
        return RandomCases.consistent();
    }

    @Provide
    Arbitrary<RandomCases.Case> admissible() {
        return RandomCases.admissible();
    }

    @Provide
    Arbitrary<RandomCases.Case[]> dominating() {
        return RandomCases.dominatingPairs();
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomCases.graphs();
    }

    @Property
    @Points(2)
    @Hint(value = "With a consistent heuristic A* must return a cheapest path: the same cost as Dijkstra, and a real "
            + "path whose edge costs add up to the reported cost. Usual mistakes: f = h (greedy best-first) or a goal "
            + "test when the goal is generated instead of when it is expanded.",
            zh = "启发函数一致时 A* 必须返回最优路径：代价与 Dijkstra 相同，且路径真实存在、边代价之和等于报告的代价。"
                    + "常见错误：f = h（贪婪最佳优先），或在生成目标时而不是扩展目标时做目标测试。")
    void costMatchesDijkstraWithConsistentHeuristic(@ForAll("consistent") RandomCases.Case c) {
        SearchResult r = AStar.search(c.graph(), c.start(), c.goal(), c.heuristic());
        double best = SearchOracle.distancesFrom(c.graph(), c.start())[c.goal()];
        assertThat(SearchOracle.sameCost(r.cost(), best))
                .as("A* returned cost %s (path %s) but the cheapest path costs %s", r.cost(), r.path(), best)
                .isTrue();
        assertThat(r.found()).as("found() with cost %s", best).isEqualTo(best < Double.POSITIVE_INFINITY);
        assertThat(SearchOracle.pathProblem(c.graph(), c.start(), c.goal(), r)).as("the returned path").isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "With a consistent heuristic the f = g + h values of expanded nodes never decrease, every node is "
            + "expanded at most once and already with its cheapest g. Each Expansion must record f = g + h(node). "
            + "Usual mistakes: ordering the open list by h (greedy) or by g alone, or recording the wrong f.",
            zh = "启发函数一致时，被扩展结点的 f = g + h 序列单调不减，每个结点至多扩展一次，且扩展时 g 已是最优。"
                    + "每条 Expansion 必须记录 f = g + h(node)。常见错误：按 h（贪婪）或只按 g 排序 open 表，或记录了错误的 f。")
    void expandedFNeverDecreasesWithConsistentHeuristic(@ForAll("consistent") RandomCases.Case c) {
        SearchResult r = AStar.search(c.graph(), c.start(), c.goal(), c.heuristic());
        double[] gStar = SearchOracle.distancesFrom(c.graph(), c.start());
        Set<Integer> seen = new HashSet<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.expanded().size(); i++) {
            SearchResult.Expansion e = r.expanded().get(i);
            double h = c.h()[e.node()];
            assertThat(SearchOracle.sameCost(e.f(), e.g() + h))
                    .as("expansion %d (node %d) records f = %s, but g + h = %s + %s", i, e.node(), e.f(), e.g(), h)
                    .isTrue();
            assertThat(SearchOracle.sameCost(e.g(), gStar[e.node()]))
                    .as("node %d was expanded with g = %s, but its cheapest g is %s (with a consistent h a node is "
                            + "expanded only once its cheapest path is known)", e.node(), e.g(), gStar[e.node()])
                    .isTrue();
            assertThat(seen.add(e.node()))
                    .as("node %d is expanded twice (expansions %s) although h is consistent", e.node(), r.expandedNodes())
                    .isTrue();
            assertThat(e.f() >= previous - SearchOracle.EPS)
                    .as("expansion %d (node %d) has f = %s after an expansion with f = %s: f went down",
                            i, e.node(), e.f(), previous)
                    .isTrue();
            previous = e.f();
        }
        assertThat(r.expanded()).as("expansions (the start at least)").isNotEmpty();
    }

    @Property
    @Points(1)
    @Hint(value = "With h = 0, A* is uniform-cost search: nodes come off the open list in order of g, every node "
            + "closer than the goal is expanded, and the cost is Dijkstra's. If the goal is unreachable, every "
            + "reachable node is expanded once and the result is empty.",
            zh = "h = 0 时 A* 就是一致代价搜索：结点按 g 从小到大出队，比目标近的结点都会被扩展，代价等于 Dijkstra。"
                    + "目标不可达时，每个可达结点扩展一次，结果为空。")
    void zeroHeuristicIsUniformCostSearch(@ForAll("graphs") Graph graph) {
        int goal = graph.size() - 1;
        SearchResult r = AStar.search(graph, 0, goal, Heuristic.zero());
        double[] d = SearchOracle.distancesFrom(graph, 0);
        assertThat(SearchOracle.sameCost(r.cost(), d[goal]))
                .as("h = 0: A* returned cost %s, Dijkstra %s", r.cost(), d[goal]).isTrue();
        assertThat(SearchOracle.pathProblem(graph, 0, goal, r)).as("the returned path").isNull();
        Set<Integer> expanded = new HashSet<>(r.expandedNodes());
        for (int v = 0; v < graph.size(); v++) {
            if (d[v] < d[goal] - SearchOracle.EPS) {
                assertThat(expanded).as("node %d is at distance %s < %s (the goal's) but was not expanded",
                        v, d[v], d[goal]).contains(v);
            }
        }
        for (int i = 1; i < r.expanded().size(); i++) {
            assertThat(r.expanded().get(i).g()).as("g of expansion %d after g = %s", i, r.expanded().get(i - 1).g())
                    .isGreaterThanOrEqualTo(r.expanded().get(i - 1).g() - SearchOracle.EPS);
        }
        if (d[goal] == Double.POSITIVE_INFINITY) {
            long reachable = java.util.Arrays.stream(d).filter(x -> x < Double.POSITIVE_INFINITY).count();
            assertThat(r.expansions()).as("goal unreachable: expansions %s, one per reachable node",
                    r.expandedNodes()).isEqualTo((int) reachable);
        }
    }

    @Property
    @Points(2)
    @Hint(value = "An admissible but inconsistent heuristic can make A* close a node through an expensive path and "
            + "find the cheap path only later. Graph search stays optimal only if it then REOPENS the node: update its "
            + "g and parent and put it back on the open list even though it was closed.",
            zh = "可采纳但不一致的启发函数可能让 A* 先经昂贵路径关闭某结点，之后才找到便宜路径。图搜索只有在此时"
                    + "重新打开该结点（更新 g 与父结点并放回 open 表，即使它已关闭）才能保持最优。")
    void optimalWithAdmissibleInconsistentHeuristic(@ForAll("admissible") RandomCases.Case c) {
        SearchResult r = AStar.search(c.graph(), c.start(), c.goal(), c.heuristic());
        double best = SearchOracle.distancesFrom(c.graph(), c.start())[c.goal()];
        assertThat(SearchOracle.sameCost(r.cost(), best))
                .as("admissible h: A* returned cost %s (path %s) but the cheapest path costs %s%s", r.cost(), r.path(),
                        best, SearchOracle.aStarCost(c.graph(), c.start(), c.goal(), c.h(), false) > best
                                ? " (A* without reopening closed nodes returns exactly that)" : "")
                .isTrue();
        assertThat(SearchOracle.pathProblem(c.graph(), c.start(), c.goal(), r)).as("the returned path").isNull();
    }

    // Shrinking off: a failure here needs a particular shape that shrinking searches for a long time; the other
    // properties give the small counterexample for the same bugs.
    @Property(shrinking = ShrinkingMode.OFF)
    @Points(1)
    @Hint(value = "Dominance: if h2 >= h1 everywhere and both are consistent, every node A* expands with h2 at f < C* "
            + "(the optimal cost) is also expanded with h1, so the larger heuristic expands no more nodes (up to ties "
            + "at f = C*).",
            zh = "占优：若处处 h2 >= h1 且两者都一致，则用 h2 时以 f < C*（最优代价）扩展的每个结点，用 h1 时也会被扩展，"
                    + "所以较大的启发函数扩展的结点不会更多（f = C* 的平局除外）。")
    void dominatingHeuristicExpandsNoMore(@ForAll("dominating") RandomCases.Case[] pair) {
        RandomCases.Case weak = pair[0];
        RandomCases.Case strong = pair[1];
        SearchResult rw = AStar.search(weak.graph(), weak.start(), weak.goal(), weak.heuristic());
        SearchResult rs = AStar.search(strong.graph(), strong.start(), strong.goal(), strong.heuristic());
        double cStar = SearchOracle.distancesFrom(weak.graph(), weak.start())[weak.goal()];
        Set<Integer> weakSet = new HashSet<>(rw.expandedNodes());
        int strongBelow = 0;
        for (SearchResult.Expansion e : rs.expanded()) {
            double f = e.g() + strong.h()[e.node()];
            if (f < cStar - SearchOracle.EPS) {
                strongBelow++;
                assertThat(weakSet).as("with the larger h %s node %d is expanded at f = %s < C* = %s, but with the "
                        + "smaller h %s it is never expanded (expansions %s)", strong, e.node(), f, cStar, weak,
                        rw.expandedNodes()).contains(e.node());
            }
        }
        assertThat(strongBelow).as("expansions below C* with the larger h vs all expansions with the smaller one")
                .isLessThanOrEqualTo(rw.expansions());
    }
}
