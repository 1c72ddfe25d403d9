package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Graph;
import course.graph.ShortestPaths;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DepthFirstProperties {

    @Provide
    Arbitrary<Cases.Route> routes() {
        return Cases.routes(3);
    }

    @Provide
    Arbitrary<Cases.Moded> modedRoutes() {
        return Cases.modedRoutes();
    }

    @Provide
    Arbitrary<Cases.Route> cyclicRoutes() {
        return Cases.cyclicRoutes();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Depth-first graph search is complete on a finite graph: with the expanded states remembered it "
            + "finds a path to the goal exactly when there is one (not necessarily the shortest), and the path must "
            + "be a real one.",
            zh = "在有限图上，深度优先图搜索是完备的：记住已扩展的状态后，目标可达时一定能找到一条路径（不一定最短），"
                    + "且路径必须真实存在。",
            timeout = "Graph search drops a node whose state has already been expanded; without that a cycle is "
                    + "followed forever.",
            timeoutZh = "图搜索要丢弃状态已被扩展过的结点；否则会沿着环无限走下去。")
    void graphSearchIsCompleteOnFiniteGraphs(@ForAll("routes") Cases.Route c) {
        SearchResult<Integer, Integer> r = DepthFirst.search(c.problem(), Mode.GRAPH);
        boolean reachable = ShortestPaths.fewestEdgesFrom(c.graph(), c.start())[c.goal()] != ShortestPaths.UNREACHABLE;
        String problem = Compare.on(c.graph()).invalidPath(c.start(), c.goal(), r);
        if (problem == null && r.found() != reachable) {
            problem = (reachable ? "the goal can be reached" : "the goal cannot be reached") + ", but the search "
                    + "returned " + r;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "The statement fixes the order: a LIFO stack, the first action's child expanded before its "
            + "siblings (push the children in reverse order), the goal tested when a node comes off the stack, and "
            + "in graph search a node whose state was already expanded dropped when it comes off.",
            zh = "题目规定了顺序：LIFO 栈，第一个动作的子结点先于其兄弟被扩展（按相反顺序压栈），在结点出栈时做目标"
                    + "测试；图搜索中，出栈时状态已被扩展过的结点要丢弃。",
            timeout = "Tree search is run only on acyclic graphs here; graph search must remember expanded states.",
            timeoutZh = "这里只在无环图上运行树搜索；图搜索必须记住已扩展的状态。")
    void expandsInTheStatedOrder(@ForAll("modedRoutes") Cases.Moded m) {
        Cases.Route c = m.route();
        Compare.checkInMode("depth-first", m, DepthFirst.search(c.problem(), m.mode()),
                (mode, wrong) -> Oracle.dfs(c.graph(), c.start(), c.goal(), mode, wrong),
                "the children are pushed in the order of the actions, so the LAST action's child is expanded first");
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Depth-limited search is tree search, so on a graph with cycles it keeps going round them, but "
            + "never deeper than the limit: nodes at depth limit are goal-tested and not expanded (they make the "
            + "result a cutoff), so at most 1 + b + ... + b^(limit-1) nodes are expanded.",
            zh = "深度受限搜索是树搜索，在有环图上会绕着环走，但绝不超过深度限制：深度等于 limit 的结点要做目标测试但"
                    + "不扩展（使结果成为 cutoff），所以最多扩展 1 + b + ... + b^(limit-1) 个结点。",
            timeout = "A node at depth limit must not be expanded; on a cycle anything else never ends.",
            timeoutZh = "深度等于 limit 的结点不能再扩展；在环上否则永远不会结束。")
    void depthLimitedSearchIsBoundedOnCyclicGraphs(@ForAll("cyclicRoutes") Cases.Route c,
                                                   @ForAll @IntRange(min = 0, max = 4) int limit) {
        SearchResult<Integer, Integer> r = DepthFirst.depthLimited(c.problem(), limit);
        Oracle.Expected expected = Oracle.dls(c.graph(), c.start(), c.goal(), limit);
        String problem = Compare.on(c.graph())
                .mistake("nodes at depth limit are expanded too (depth > limit instead of depth >= limit)",
                        Oracle.dls(c.graph(), c.start(), c.goal(), limit + 1))
                .mistake("a cutoff is reported as failure",
                        Oracle.Expected.none(Oracle.Kind.FAILURE, expected.expanded()))
                .difference("depth-limited search with limit " + limit + " " + c, r, expected);
        if (problem != null) {
            problem += "\n  (at most " + bound(c.graph(), limit) + " expansions are possible within the limit)";
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static long bound(Graph g, int limit) {
        int b = 0;
        for (int u = 0; u < g.size(); u++) {
            b = Math.max(b, g.outgoing(u).size());
        }
        long total = 0;
        long layer = 1;
        for (int d = 0; d < limit; d++) {
            total += layer;
            layer *= b;
        }
        return total;
    }

    @Property(tries = 50)
    @Points(2)
    @DependsOn("depthLimitedSearchIsBoundedOnCyclicGraphs")
    @Hint(value = "Iterative deepening runs depth-limited search with limits 0, 1, 2, ... and stops at the first "
            + "result that is not a cutoff, so it finds a goal at the smallest depth, the same depth breadth-first "
            + "search finds. Its result lists the expansions of every iteration, in order.",
            zh = "迭代加深依次以限制 0, 1, 2, ... 运行深度受限搜索，在第一个不是 cutoff 的结果处停下，所以它找到的"
                    + "目标深度最小，与宽度优先搜索相同。结果要按顺序列出每一轮的全部扩展。")
    void iterativeDeepeningFindsTheShallowestGoal(@ForAll("cyclicRoutes") Cases.Route c) {
        int maxDepth = c.graph().size() - 1;
        SearchResult<Integer, Integer> r = DepthFirst.iterativeDeepening(c.problem(), maxDepth);
        int fewest = ShortestPaths.fewestEdgesFrom(c.graph(), c.start())[c.goal()];
        String problem = null;
        if (fewest != ShortestPaths.UNREACHABLE && r.found() && r.path().size() - 1 != fewest) {
            problem = "iterative deepening found a path with " + (r.path().size() - 1) + " edges " + r.path()
                    + ", but the fewest is " + fewest + " (breadth-first search finds that)";
        }
        if (problem == null) {
            problem = Compare.on(c.graph())
                    .mistake("only the last depth-limited search's expansions are listed",
                            Oracle.ids(c.graph(), c.start(), c.goal(), maxDepth, false))
                    .difference("iterative deepening with maxDepth " + maxDepth + " " + c, r,
                            Oracle.ids(c.graph(), c.start(), c.goal(), maxDepth, true));
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
