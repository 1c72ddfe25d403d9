package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.RouteProblem;

class BestFirstTests {

    @Test
    @Points(2)
    @Hint(value = "Uniform-cost search tests the goal when it comes off the frontier: the goal 2 is first generated "
            + "through the edge 0 -> 2 of cost 10, but the path 0, 1, 2 of cost 2 comes off first. Testing when the "
            + "goal is generated returns the cost-10 path.",
            zh = "一致代价搜索在目标出队时做目标测试：目标 2 先经代价 10 的边 0 -> 2 被生成，但代价 2 的路径 0, 1, 2 先出队。"
                    + "在生成时测试会返回代价 10 的路径。")
    void goalIsTestedWhenTakenOffTheFrontier() {
        Graph g = Graph.builder(3).edge(0, 2, 10).edge(0, 1, 1).edge(1, 2, 1).build();
        Compare mistakes = Compare.on(g).mistake("the goal is tested when it is generated, not when it comes off the "
                + "frontier", Oracle.ucs(g, 0, 2, true, false));
        mistakes.check("uniform-cost search from 0 to 2", BestFirst.uniformCost(new RouteProblem(g, 0, 2)),
                Oracle.Expected.solution(List.of(0, 1, 2), List.of(0, 1)));
    }

    @Test
    @Points(2)
    @Hint(value = "A cheaper path to a state on the frontier must be kept: 1 is generated at cost 5 from 0, then "
            + "at cost 2 via 2; the cheaper node comes off first and the path to the goal 3 costs 3, not 6.",
            zh = "到一个已在边缘集中的状态的更便宜路径必须保留：1 先从 0 以代价 5 被生成，又经 2 以代价 2 被生成；"
                    + "更便宜的结点先出队，到目标 3 的路径代价为 3 而不是 6。")
    void cheaperPathToAFrontierStateIsKept() {
        Graph g = Graph.builder(4).edge(0, 1, 5).edge(0, 2, 1).edge(2, 1, 1).edge(1, 3, 1).build();
        Compare mistakes = Compare.on(g).mistake("a state gets only the first path found to it: a cheaper path found "
                + "later is ignored", Oracle.ucs(g, 0, 3, false, true));
        mistakes.check("uniform-cost search from 0 to 3", BestFirst.uniformCost(new RouteProblem(g, 0, 3)),
                Oracle.Expected.solution(List.of(0, 2, 1, 3), List.of(0, 2, 1)));
    }

    @Test
    @Points(2)
    @Hint(value = "Among frontier nodes with equal f the one generated first is expanded first: 0's children 3, 1, "
            + "2 (in that order) all cost 1, so they are expanded as 3, 1, 2, and the goal 4 is reached via 3. "
            + "A PriorityQueue ordered by f alone returns 3, 2, 1; ordering by state number returns 1, 2, 3.",
            zh = "f 相同的边缘结点中先生成的先扩展：0 的子结点 3、1、2（按此顺序）代价都是 1，所以扩展顺序是 3、1、2，"
                    + "经 3 到达目标 4。只按 f 排序的 PriorityQueue 会给出 3、2、1；按状态编号排序会给出 1、2、3。")
    void equalPriorityFirstGeneratedFirst() {
        Graph g = Graph.builder(5).edge(0, 3, 1).edge(0, 1, 1).edge(0, 2, 1)
                .edge(1, 4, 1).edge(2, 4, 1).edge(3, 4, 1).build();
        Compare.on(g).check("uniform-cost search from 0 to 4", BestFirst.uniformCost(new RouteProblem(g, 0, 4)),
                Oracle.Expected.solution(List.of(0, 3, 4), List.of(0, 3, 1, 2)));
        Heuristic flat = Heuristic.of(1, 1, 1, 1, 0);
        Compare.on(g).check("greedy best-first search from 0 to 4 with h = (1, 1, 1, 1, 0)",
                BestFirst.greedy(new RouteProblem(g, 0, 4), flat::h),
                Oracle.Expected.solution(List.of(0, 3, 4), List.of(0, 3)));
    }

    @Test
    @Points(1)
    @Hint(value = "best-first search orders the frontier by the f it is given: with f = the number of steps "
            + "(depth) it behaves like breadth-first search with a late goal test. Edge cases: the initial state as "
            + "goal (nothing expanded) and an unreachable goal (failure after expanding every reachable state once).",
            zh = "最佳优先搜索按传入的 f 给边缘集排序：f = 步数（深度）时，它就像目标测试推迟的宽度优先搜索。边界情况："
                    + "初始状态就是目标（不扩展任何结点），目标不可达（每个可达状态扩展一次后失败）。")
    void anyEvaluationFunctionAndEdgeCases() {
        Graph g = Graph.builder(5).edge(0, 1, 9).edge(0, 2, 1).edge(2, 3, 1).edge(1, 4, 1).edge(3, 4, 1).build();
        Compare.on(g).check("best-first search from 0 to 4 with f = depth",
                BestFirst.search(new RouteProblem(g, 0, 4), node -> node.depth()),
                Oracle.Expected.solution(List.of(0, 1, 4), List.of(0, 1, 2)));
        Compare.on(g).check("uniform-cost search from 3 to 3", BestFirst.uniformCost(new RouteProblem(g, 3, 3)),
                Oracle.Expected.solution(List.of(3), List.of()));
        Compare.on(g).check("uniform-cost search from 3 to 0", BestFirst.uniformCost(new RouteProblem(g, 3, 0)),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(3, 4)));
    }
}
