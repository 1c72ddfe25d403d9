package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.GraphArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GraphSearchProperties {

    @Provide
    Arbitrary<Cases.Route> acyclicRoutes() {
        return Cases.acyclicRoutes();
    }

    @Provide
    Arbitrary<Cases.Route> cyclicRoutes() {
        return Cases.cyclicRoutes();
    }

    @Provide
    Arbitrary<Cases.Route> roads() {
        return Arbitraries.oneOf(GraphArbitraries.undirected(1, 7, 3), GraphArbitraries.cyclic(2, 7, 3))
                .map(Cases.Route::new);
    }

    private record Algorithm(String name, Function<Cases.Recording, SearchResult<Integer, Integer>> run) {
    }

    private static final List<Algorithm> GRAPH_SEARCHES = List.of(
            new Algorithm("breadth-first graph search", p -> BreadthFirst.search(p, Mode.GRAPH)),
            new Algorithm("depth-first graph search", p -> DepthFirst.search(p, Mode.GRAPH)),
            new Algorithm("uniform-cost search", BestFirst::uniformCost));

    @Property(tries = 50)
    @Points(1)
    @Hint(value = "An expansion is exactly one call of ACTIONS(s), in tree search and depth-limited search too: the "
            + "expanded list must be the states whose actions were asked for, in that order. Do not call actions() "
            + "to look at a node without expanding it (for example at the depth limit) or a second time for the "
            + "same node, and record every expansion.",
            zh = "一次扩展恰好是一次 ACTIONS(s) 调用，树搜索和深度受限搜索也一样：扩展列表必须恰好是被询问动作的状态，"
                    + "按询问顺序。不要为了查看一个不扩展的结点（比如在深度限制处）而调用 actions()，也不要对同一结点调用"
                    + "两次；每次扩展都要记录。",
            timeout = "Tree search runs here only on acyclic graphs, depth-limited search with limits up to 3.",
            timeoutZh = "这里树搜索只在无环图上运行，深度受限搜索的限制最多为 3。")
    void everyExpansionIsOneCallOfActions(@ForAll("acyclicRoutes") Cases.Route acyclic,
                                          @ForAll("cyclicRoutes") Cases.Route cyclic) {
        List<Algorithm> searches = List.of(
                new Algorithm("breadth-first tree search", p -> BreadthFirst.search(p, Mode.TREE)),
                new Algorithm("depth-first tree search", p -> DepthFirst.search(p, Mode.TREE)),
                new Algorithm("depth-limited search with limit 3", p -> DepthFirst.depthLimited(p, 3)),
                new Algorithm("iterative deepening with maxDepth 3", p -> DepthFirst.iterativeDeepening(p, 3)));
        String problem = null;
        for (int i = 0; i < searches.size() && problem == null; i++) {
            problem = callsDiffer(searches.get(i), i < 2 ? acyclic : cyclic, false);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /**
     * {@code null} if the expanded list is exactly the states whose actions were asked for (and, with
     * {@code once}, has no repeats); else what is wrong.
     */
    private static String callsDiffer(Algorithm a, Cases.Route c, boolean once) {
        Cases.Recording recording = new Cases.Recording(c.problem());
        SearchResult<Integer, Integer> r = a.run().apply(recording);
        Set<Integer> seen = new HashSet<>();
        Integer twice = r.expanded().stream().filter(s -> !seen.add(s)).findFirst().orElse(null);
        if (once && twice != null) {
            return a.name() + " expanded state " + twice + " twice: " + r.expanded() + " " + c;
        }
        if (!recording.asked().equals(r.expanded())) {
            return a.name() + " asked for the actions of " + recording.asked() + " but lists the expansions "
                    + r.expanded() + "; each expansion is one call of actions(), recorded in order " + c;
        }
        return null;
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Graph search expands every state at most once, and an expansion is exactly one call of "
            + "ACTIONS(s): the expanded list must be the states whose actions were asked for, in that order, without "
            + "repeats. Calling actions() a second time for the same node (say, to count children) or expanding a "
            + "state again when it comes off the frontier a second time breaks this.",
            zh = "图搜索中每个状态至多扩展一次，一次扩展就是调用一次 ACTIONS(s)：扩展列表必须恰好是被询问动作的状态，"
                    + "按询问顺序且无重复。对同一结点第二次调用 actions()（比如为了数子结点），或状态第二次出队时再次扩展，"
                    + "都会破坏这一点。",
            timeout = "Graph search must remember the expanded states; on a graph with cycles tree search never ends.",
            timeoutZh = "图搜索必须记住已扩展的状态；在有环图上树搜索永远不会结束。")
    void graphSearchExpandsEachStateAtMostOnce(@ForAll("roads") Cases.Route c) {
        String problem = null;
        for (int i = 0; i < GRAPH_SEARCHES.size() && problem == null; i++) {
            problem = callsDiffer(GRAPH_SEARCHES.get(i), c, true);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
