package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.graph.ShortestPaths;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BestFirstProperties {

    @Provide
    Arbitrary<Cases.Route> routes() {
        return Arbitraries.oneOf(Cases.routes(5), Cases.routesWithADirectDetour(), Cases.corridors());
    }

    @Provide
    Arbitrary<Cases.Route> routesWithTies() {
        return Arbitraries.oneOf(Cases.routes(2), Cases.routesWithADirectDetour());
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Uniform-cost search is optimal for non-negative step costs: its cost must equal Dijkstra's. "
            + "Usual mistakes: testing the goal when it is generated (the first path found to the goal is not "
            + "always the cheapest), or ignoring a cheaper path to a state that is already on the frontier.",
            zh = "步代价非负时一致代价搜索是最优的：代价必须等于 Dijkstra 的结果。常见错误：在生成目标时就做目标测试"
                    + "（第一条到达目标的路径不一定最便宜），或忽略了到一个已在边缘集中的状态的更便宜路径。",
            timeout = "Drop a node whose state has already been expanded when it comes off the frontier.",
            timeoutZh = "结点出队时若其状态已被扩展过，要丢弃它。")
    void uniformCostMatchesDijkstra(@ForAll("routes") Cases.Route c) {
        SearchResult<Integer, Integer> r = BestFirst.uniformCost(c.problem());
        double cheapest = ShortestPaths.cheapestFrom(c.graph(), c.start())[c.goal()];
        String problem = Compare.on(c.graph()).invalidPath(c.start(), c.goal(), r);
        if (problem == null && !Tolerance.DEFAULT.allows(r.cost(), cheapest)) {
            problem = "uniform-cost search returned cost " + NumberText.show(r.cost()) + " (path " + r.path()
                    + ") but the cheapest path costs " + NumberText.show(cheapest) + " " + c;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "The statement fixes the order: lowest path cost g first, the node generated first among equal g "
            + "(Java's PriorityQueue does not keep insertion order: add a counter to the key), the goal tested when "
            + "a node comes off the frontier, a node of an already expanded state dropped.",
            zh = "题目规定了顺序：路径代价 g 最小者先扩展，g 相同时先生成的结点优先（Java 的 PriorityQueue 不保持插入"
                    + "顺序：在键中加一个计数器），结点出队时做目标测试，状态已扩展过的结点丢弃。")
    void uniformCostExpandsInOrderOfPathCost(@ForAll("routesWithTies") Cases.Route c) {
        SearchResult<Integer, Integer> r = BestFirst.uniformCost(c.problem());
        String problem = Compare.on(c.graph())
                .mistake("the goal is tested when it is generated, not when it comes off the frontier",
                        Oracle.ucs(c.graph(), c.start(), c.goal(), true, false))
                .mistake("a state gets only the first path found to it: a cheaper path found later is ignored",
                        Oracle.ucs(c.graph(), c.start(), c.goal(), false, true))
                .difference("uniform-cost search " + c, r, Oracle.ucs(c.graph(), c.start(), c.goal(), false, false));
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
