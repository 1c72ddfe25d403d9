package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.graph.Heuristic;
import course.graph.Romania;
import course.graph.RouteProblem;

/** AIMA's road map of Romania, from Arad to Bucharest (Figure 3.1; straight-line distances of Figure 3.16). */
class RomaniaTests {

    private static final RouteProblem ARAD_TO_BUCHAREST =
            new RouteProblem(Romania.graph(), Romania.node("Arad"), Romania.node("Bucharest"));

    private static List<Integer> cities(String... names) {
        return Arrays.stream(names).map(Romania::node).toList();
    }

    private static Oracle.Expected expected(List<Integer> path, List<Integer> expanded) {
        return Oracle.Expected.solution(path, expanded);
    }

    private static final int ARAD = Romania.node("Arad");
    private static final int BUCHAREST = Romania.node("Bucharest");

    private static Compare compare() {
        return Compare.on(Romania.graph(), Romania::city);
    }

    @Test
    @Points(2)
    @Hint(value = "AIMA's example: uniform-cost search expands the cities in order of their distance from Arad "
            + "(Zerind 75, Timisoara 118, Sibiu 140, Oradea 146, Rimnicu Vilcea 220, ...). Bucharest is first "
            + "generated via Fagaras at 450 and later via Pitesti at 418; it is tested when it comes off the "
            + "frontier, so the 418 km route is returned.",
            zh = "AIMA 的例子：一致代价搜索按到 Arad 的距离依次扩展城市（Zerind 75、Timisoara 118、Sibiu 140、"
                    + "Oradea 146、Rimnicu Vilcea 220……）。Bucharest 先经 Fagaras 以 450 被生成，后来经 Pitesti 以 418 "
                    + "被生成；它出队时才做目标测试，所以返回 418 km 的路线。")
    void uniformCostFindsThe418Route() {
        Compare mistakes = compare()
                .mistake("the goal is tested when it is generated, not when it comes off the frontier",
                        Oracle.ucs(Romania.graph(), ARAD, BUCHAREST, true, false))
                .mistake("a state gets only the first path found to it: a cheaper path found later is ignored",
                        Oracle.ucs(Romania.graph(), ARAD, BUCHAREST, false, true));
        mistakes.check("uniform-cost search from Arad to Bucharest", BestFirst.uniformCost(ARAD_TO_BUCHAREST), expected(
                cities("Arad", "Sibiu", "Rimnicu Vilcea", "Pitesti", "Bucharest"),
                cities("Arad", "Zerind", "Timisoara", "Sibiu", "Oradea", "Rimnicu Vilcea", "Lugoj", "Fagaras",
                        "Mehadia", "Pitesti", "Craiova", "Drobeta")));
    }

    @Test
    @Points(2)
    @Hint(value = "AIMA's example: greedy best-first search with the straight-line distance to Bucharest expands "
            + "only Arad, Sibiu (253) and Fagaras (176) and returns the 450 km route Arad, Sibiu, Fagaras, Bucharest: "
            + "fast, but 32 km longer than the optimal 418. f must be h(state) alone, not g + h.",
            zh = "AIMA 的例子：用到 Bucharest 直线距离的贪婪最佳优先搜索只扩展 Arad、Sibiu（253）和 Fagaras（176），"
                    + "返回 450 km 的路线 Arad、Sibiu、Fagaras、Bucharest：快，但比最优的 418 长 32 km。f 只能是 h(state)，"
                    + "不是 g + h。")
    void greedyBestFirstFindsThe450Route() {
        Heuristic sld = Romania.straightLineToBucharest();
        compare().check("greedy best-first search from Arad to Bucharest", BestFirst.greedy(ARAD_TO_BUCHAREST, sld::h),
                expected(cities("Arad", "Sibiu", "Fagaras", "Bucharest"), cities("Arad", "Sibiu", "Fagaras")));
    }

    @Test
    @Points(1)
    @Hint(value = "Breadth-first graph search from Arad (roads in the map's order: Arad's are Zerind, Sibiu, "
            + "Timisoara) expands Arad, Zerind, Sibiu, Timisoara, Oradea, Fagaras and finds Bucharest when it is "
            + "generated from Fagaras: three roads, 450 km. Fewest steps is not cheapest.",
            zh = "从 Arad 出发的宽度优先图搜索（道路按地图顺序：Arad 的是 Zerind、Sibiu、Timisoara）依次扩展 Arad、"
                    + "Zerind、Sibiu、Timisoara、Oradea、Fagaras，在从 Fagaras 生成 Bucharest 时找到它：三条路、450 km。"
                    + "步数最少不等于代价最小。")
    void breadthFirstFindsTheFewestRoads() {
        Compare mistakes = compare().mistake("the goal is tested when a node is taken off the queue, not when it is "
                + "generated", Oracle.bfs(Romania.graph(), ARAD, BUCHAREST, Mode.GRAPH, true));
        mistakes.check("breadth-first graph search from Arad to Bucharest",
                BreadthFirst.search(ARAD_TO_BUCHAREST, Mode.GRAPH),
                expected(cities("Arad", "Sibiu", "Fagaras", "Bucharest"),
                        cities("Arad", "Zerind", "Sibiu", "Timisoara", "Oradea", "Fagaras")));
    }

    @Test
    @Points(1)
    @Hint(value = "Depth-first graph search from Arad follows the first road each time: Arad, Zerind, Oradea, "
            + "Sibiu (Zerind and Arad are done), Fagaras, and reaches Bucharest by a 607 km route: neither the "
            + "cheapest nor the shortest.",
            zh = "从 Arad 出发的深度优先图搜索每次走第一条路：Arad、Zerind、Oradea、Sibiu（Zerind 和 Arad 已扩展）、"
                    + "Fagaras，经一条 607 km 的路线到达 Bucharest：既不是最便宜的，也不是最短的。")
    void depthFirstIsNeitherCheapestNorShortest() {
        Compare mistakes = compare().mistake("the children are pushed in the order of the actions, so the LAST "
                + "action's child is expanded first", Oracle.dfs(Romania.graph(), ARAD, BUCHAREST, Mode.GRAPH, true));
        mistakes.check("depth-first graph search from Arad to Bucharest",
                DepthFirst.search(ARAD_TO_BUCHAREST, Mode.GRAPH),
                expected(cities("Arad", "Zerind", "Oradea", "Sibiu", "Fagaras", "Bucharest"),
                        cities("Arad", "Zerind", "Oradea", "Sibiu", "Fagaras")));
    }

    @Test
    @Points(1)
    @DependsOn("DepthFirstTests.depthLimitedCutoffVersusFailure")
    @Hint(value = "Iterative deepening on Romania: limit 0 expands nothing, limit 1 expands Arad, limit 2 Arad and "
            + "its three neighbours, limit 3 expands Arad again below Zerind and below Sibiu (tree search) and finds "
            + "Bucharest below Fagaras. All iterations' expansions are listed, in order.",
            zh = "罗马尼亚上的迭代加深：限制 0 不扩展任何结点，限制 1 扩展 Arad，限制 2 扩展 Arad 及其三个邻居，"
                    + "限制 3 在 Zerind 和 Sibiu 下面再次扩展 Arad（树搜索），并在 Fagaras 下面找到 Bucharest。"
                    + "要按顺序列出所有轮次的扩展。")
    void iterativeDeepeningFindsThreeRoads() {
        Compare mistakes = compare()
                .mistake("only the last depth-limited search's expansions are listed",
                        Oracle.ids(Romania.graph(), ARAD, BUCHAREST, 5, false));
        mistakes.check("iterative deepening from Arad to Bucharest, maxDepth 5",
                DepthFirst.iterativeDeepening(ARAD_TO_BUCHAREST, 5),
                expected(cities("Arad", "Sibiu", "Fagaras", "Bucharest"),
                        cities("Arad",
                                "Arad", "Zerind", "Sibiu", "Timisoara",
                                "Arad", "Zerind", "Arad", "Oradea", "Sibiu", "Arad", "Oradea", "Fagaras")));
    }

    @Test
    @Points(1)
    @Hint(value = "Bidirectional search on Romania: forward expands Arad (Zerind, Sibiu, Timisoara), backward "
            + "expands Bucharest (Fagaras, Pitesti, Giurgiu, Urziceni), forward expands Zerind, then Sibiu, which "
            + "generates Fagaras, already reached backward: the route Arad, Sibiu, Fagaras, Bucharest.",
            zh = "罗马尼亚上的双向搜索：正向扩展 Arad（Zerind、Sibiu、Timisoara），反向扩展 Bucharest（Fagaras、Pitesti、"
                    + "Giurgiu、Urziceni），正向扩展 Zerind，再扩展 Sibiu，生成了反向已到达的 Fagaras：路线为 Arad、Sibiu、"
                    + "Fagaras、Bucharest。")
    void bidirectionalMeetsAtFagaras() {
        Compare mistakes = compare().mistake("the sides take turns after every single expansion instead of after a "
                + "whole layer", Oracle.bidirectional(Romania.graph(), ARAD, BUCHAREST, false));
        mistakes.check("bidirectional search from Arad to Bucharest", BreadthFirst.bidirectional(Romania.graph(), ARAD,
                BUCHAREST),
                expected(cities("Arad", "Sibiu", "Fagaras", "Bucharest"),
                        cities("Arad", "Bucharest", "Zerind", "Sibiu")));
    }
}
