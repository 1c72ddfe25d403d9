package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.graph.Graph;
import course.graph.RouteProblem;

class DepthFirstTests {

    /** 0 -> 1, 0 -> 2; 1 -> 3, 2 -> 3 (a diamond), 3 -> 4; the goal 5 cannot be reached. */
    private static final Graph DIAMOND =
            Graph.builder(6).edge(0, 1, 1).edge(0, 2, 1).edge(1, 3, 1).edge(2, 3, 1).edge(3, 4, 1).build();

    @Test
    @Points(2)
    @Hint(value = "On the diamond 0 -> {1, 2} -> 3 -> 4 with an unreachable goal, depth-first search goes down the "
            + "first action first: 0, 1, 3, 4, then 2. Tree search expands 3 and 4 again below 2 (two paths lead "
            + "there); graph search drops them. Pushing the children in action order would start with 2.",
            zh = "在菱形图 0 -> {1, 2} -> 3 -> 4 上（目标不可达），深度优先搜索先沿第一个动作向下：0, 1, 3, 4，然后是 2。"
                    + "树搜索会在 2 下面再次扩展 3 和 4（有两条路径到达），图搜索则丢弃它们。按动作顺序压栈会先走 2。")
    void firstActionFirstAndTreeVersusGraph() {
        RouteProblem p = new RouteProblem(DIAMOND, 0, 5);
        Compare.on(DIAMOND).mistake("the children are pushed in the order of the actions, so the LAST action's "
                        + "child is expanded first", Oracle.dfs(DIAMOND, 0, 5, Mode.TREE, true))
                .check("depth-first tree search from 0 to 5", DepthFirst.search(p, Mode.TREE),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(0, 1, 3, 4, 2, 3, 4)));
        Compare.on(DIAMOND).check("depth-first graph search from 0 to 5", DepthFirst.search(p, Mode.GRAPH),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(0, 1, 3, 4, 2)));
        Compare.on(DIAMOND).check("depth-first graph search from 0 to 4",
                DepthFirst.search(new RouteProblem(DIAMOND, 0, 4), Mode.GRAPH),
                Oracle.Expected.solution(List.of(0, 1, 3, 4), List.of(0, 1, 3)));
    }

    @Test
    @Points(2)
    @Hint(value = "Depth-limited search tests a node at depth limit for the goal but does not expand it; the result "
            + "is a cutoff if such a node was left unexpanded (even one with no children: the search does not look), "
            + "and failure only if the whole tree above the limit was searched. Here: limit 1 on the chain 0 -> 1 "
            + "stops at 1 (cutoff), limit 2 expands 1 and finds nothing more (failure), limit 2 finds the goal 2 of "
            + "0 -> 1 -> 2 at depth 2.",
            zh = "深度受限搜索对深度等于 limit 的结点做目标测试但不扩展它；若有这样的结点未被扩展（即使它没有子结点：搜索"
                    + "不会去看），结果是 cutoff；只有在限制以内的整棵树都搜完时才是失败。这里：链 0 -> 1 上限制 1 停在 1"
                    + "（cutoff），限制 2 扩展 1 后再无结点（失败），在 0 -> 1 -> 2 上限制 2 能在深度 2 找到目标 2。")
    void depthLimitedCutoffVersusFailure() {
        Graph chain = Graph.builder(3).edge(0, 1, 1).build();
        RouteProblem unreachable = new RouteProblem(chain, 0, 2);
        Compare.on(chain).check("depth-limited search from 0 to 2, limit 0", DepthFirst.depthLimited(unreachable, 0),
                Oracle.Expected.none(Oracle.Kind.CUTOFF, List.of()));
        Compare.on(chain).mistake("nodes at depth limit are expanded too (depth > limit instead of depth >= "
                        + "limit)", Oracle.dls(chain, 0, 2, 2))
                .check("depth-limited search from 0 to 2, limit 1", DepthFirst.depthLimited(unreachable, 1),
                Oracle.Expected.none(Oracle.Kind.CUTOFF, List.of(0)));
        Compare.on(chain).check("depth-limited search from 0 to 2, limit 2", DepthFirst.depthLimited(unreachable, 2),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(0, 1)));
        Graph longer = Graph.builder(3).edge(0, 1, 1).edge(1, 2, 1).build();
        Compare.on(longer).check("depth-limited search from 0 to 2, limit 2",
                DepthFirst.depthLimited(new RouteProblem(longer, 0, 2), 2),
                Oracle.Expected.solution(List.of(0, 1, 2), List.of(0, 1)));
        Compare.on(longer).check("depth-limited search from 0 to 0, limit 0",
                DepthFirst.depthLimited(new RouteProblem(longer, 0, 0), 0),
                Oracle.Expected.solution(List.of(0), List.of()));
    }

    @Test
    @Points(2)
    @DependsOn("depthLimitedCutoffVersusFailure")
    @Hint(value = "Iterative deepening from 1 to 10 (double, add one) repeats the shallow layers: limits 0..4 expand "
            + "[], [1], [1, 2, 2], [1, 2, 4, 3, 2, 4, 3], [1, 2, 4, 8, 5], and the goal 10 is found at depth 4 below "
            + "5. With maxDepth 3 it stops with a cutoff after the first four. It works on this infinite space, "
            + "where depth-first search would double forever.",
            zh = "从 1 到 10（double、add one）的迭代加深会重复浅层：限制 0..4 依次扩展 []、[1]、[1, 2, 2]、"
                    + "[1, 2, 4, 3, 2, 4, 3]、[1, 2, 4, 8, 5]，在 5 下面的深度 4 找到目标 10。maxDepth 为 3 时，前四轮之后以"
                    + " cutoff 结束。它能处理这个无限状态空间，而深度优先搜索会一直翻倍下去。")
    void iterativeDeepeningRepeatsTheShallowLayers() {
        Cases.Doubling problem = new Cases.Doubling(1, 10);
        SearchResult<Integer, String> found = DepthFirst.iterativeDeepening(problem, 10);
        assertThat(found.path()).as("path (outcome %s)", found.outcome()).containsExactly(1, 2, 4, 5, 10);
        assertThat(found.expanded()).as("expansions of all iterations, in order")
                .containsExactly(1, 1, 2, 2, 1, 2, 4, 3, 2, 4, 3, 1, 2, 4, 8, 5);
        SearchResult<Integer, String> cut = DepthFirst.iterativeDeepening(problem, 3);
        assertThat(cut.outcome()).as("outcome with maxDepth 3").isInstanceOf(SearchResult.Cutoff.class);
        assertThat(cut.expanded()).as("expansions with maxDepth 3").containsExactly(1, 1, 2, 2, 1, 2, 4, 3, 2, 4, 3);
    }

    @Test
    @Points(1)
    @Hint(value = "A negative depth limit (depthLimited) or a negative maxDepth (iterativeDeepening) is rejected "
            + "with IllegalArgumentException; a limit of 0 is fine (only the initial state is tested).",
            zh = "负的深度限制（depthLimited）或负的 maxDepth（iterativeDeepening）要抛出 IllegalArgumentException；"
                    + "限制为 0 是合法的（只测试初始状态）。")
    void negativeLimitsAreRejected() {
        RouteProblem p = new RouteProblem(DIAMOND, 0, 4);
        assertThatThrownBy(() -> DepthFirst.depthLimited(p, -1)).as("depthLimited(problem, -1)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DepthFirst.iterativeDeepening(p, -1)).as("iterativeDeepening(problem, -1)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DepthFirst.iterativeDeepening(new RouteProblem(DIAMOND, 0, 0), 0).path())
                .as("iterativeDeepening from 0 to 0 with maxDepth 0").containsExactly(0);
    }
}
