package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.ShortestPaths;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BreadthFirstProperties {

    @Provide
    Arbitrary<Cases.Route> routes() {
        return Cases.routes(3);
    }

    @Provide
    Arbitrary<Cases.Moded> modedRoutes() {
        return Cases.modedRoutes();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Breadth-first search is complete and, counting edges, optimal: it finds the goal exactly when "
            + "it can be reached, along a path with the fewest edges (whatever the edge costs). A LIFO stack "
            + "instead of a FIFO queue, or a goal test that skips the goal, breaks this.",
            zh = "宽度优先搜索是完备的，并且按边数计是最优的：目标可达时一定找到，且路径的边数最少（与边的代价无关）。"
                    + "用 LIFO 栈代替 FIFO 队列，或目标测试漏掉了目标，都会破坏这一点。",
            timeout = "Graph search must not put a state on the queue twice: keep a reached set.",
            timeoutZh = "图搜索不能把同一个状态两次放入队列：要维护已到达集合。")
    void findsAPathWithTheFewestEdges(@ForAll("routes") Cases.Route c) {
        SearchResult<Integer, Integer> r = BreadthFirst.search(c.problem(), Mode.GRAPH);
        int fewest = ShortestPaths.fewestEdgesFrom(c.graph(), c.start())[c.goal()];
        Compare compare = Compare.on(c.graph());
        String problem = compare.invalidPath(c.start(), c.goal(), r);
        if (problem == null && r.found() != (fewest != ShortestPaths.UNREACHABLE)) {
            problem = fewest == ShortestPaths.UNREACHABLE
                    ? "the goal cannot be reached, but the search returned " + r
                    : "the goal can be reached in " + fewest + " edges, but the search returned " + r;
        }
        if (problem == null && r.found() && r.path().size() - 1 != fewest) {
            problem = "the path " + r.path() + " has " + (r.path().size() - 1) + " edges, but the fewest is "
                    + fewest;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "The statement fixes the order: a FIFO queue, children in the order of the actions, the goal "
            + "tested when a child is generated (AIMA's early goal test: the goal's layer is never expanded); graph "
            + "search queues a state only the first time it is reached, tree search every time.",
            zh = "题目规定了顺序：FIFO 队列，子结点按动作顺序生成，在生成子结点时做目标测试（AIMA 的提前目标测试："
                    + "目标所在的那一层不会被扩展）；图搜索只在第一次到达某状态时将其入队，树搜索每次都入队。",
            timeout = "Tree search is run only on acyclic graphs here; graph search must keep a reached set.",
            timeoutZh = "这里只在无环图上运行树搜索；图搜索必须维护已到达集合。")
    void expandsInTheStatedOrder(@ForAll("modedRoutes") Cases.Moded m) {
        Cases.Route c = m.route();
        Compare.checkInMode("breadth-first", m, BreadthFirst.search(c.problem(), m.mode()),
                (mode, wrong) -> Oracle.bfs(c.graph(), c.start(), c.goal(), mode, wrong),
                "the goal is tested when a node is taken off the queue, not when it is generated");
    }
}
