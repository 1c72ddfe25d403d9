package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.graph.Graph;
import course.graph.RouteProblem;

class BreadthFirstTests {

    @Test
    @Points(1)
    @Hint(value = "Breadth-first search tests a child for the goal when it is generated: here the goal 3 is "
            + "generated while 1 is expanded, so 2 is never expanded (AIMA's early goal test). Testing when a node "
            + "comes off the queue costs a whole extra layer.",
            zh = "宽度优先搜索在生成子结点时做目标测试：这里目标 3 在扩展 1 时被生成，所以 2 不会被扩展（AIMA 的提前"
                    + "目标测试）。在出队时才测试会多扩展一整层。")
    void goalIsTestedWhenGenerated() {
        Graph g = Graph.builder(5).edge(0, 1, 1).edge(0, 2, 1).edge(1, 3, 1).edge(2, 4, 1).build();
        Compare mistakes = Compare.on(g).mistake("the goal is tested when a node is taken off the queue, not when it "
                + "is generated", Oracle.bfs(g, 0, 3, Mode.GRAPH, true));
        mistakes.check("breadth-first graph search from 0 to 3",
                BreadthFirst.search(new RouteProblem(g, 0, 3), Mode.GRAPH),
                Oracle.Expected.solution(List.of(0, 1, 3), List.of(0, 1)));
    }

    @Test
    @Points(2)
    @Hint(value = "From 1 to 10 with the actions double and add one (in that order): graph search expands 1, 2, 4, "
            + "3, 8, 5 and generates 10 from 5. Tree search expands the state 2 twice (1 doubled and 1 plus one are "
            + "both 2), and its subtree twice: 1, 2, 2, 4, 3, 4, 3, 8, 5. The state space is infinite; breadth-first "
            + "search still finds the shallowest goal.",
            zh = "从 1 到 10，动作依次为 double 和 add one：图搜索依次扩展 1, 2, 4, 3, 8, 5，并从 5 生成 10。树搜索会把"
                    + "状态 2 扩展两次（1 翻倍和 1 加一都是 2），其子树也扩展两次：1, 2, 2, 4, 3, 4, 3, 8, 5。状态空间无限，"
                    + "宽度优先搜索仍能找到最浅的目标。")
    void treeSearchExpandsARepeatedStateAgain() {
        Cases.Doubling problem = new Cases.Doubling(1, 10);
        SearchResult<Integer, String> graph = BreadthFirst.search(problem, Mode.GRAPH);
        SearchResult<Integer, String> tree = BreadthFirst.search(problem, Mode.TREE);
        assertThat(graph.path()).as("graph search: path").containsExactly(1, 2, 4, 5, 10);
        assertThat(graph.actions()).as("graph search: actions")
                .containsExactly("double", "double", "add one", "double");
        assertThat(graph.expanded()).as("graph search: expanded states").containsExactly(1, 2, 4, 3, 8, 5);
        assertThat(tree.path()).as("tree search: path").containsExactly(1, 2, 4, 5, 10);
        assertThat(tree.expanded()).as("tree search: expanded states").containsExactly(1, 2, 2, 4, 3, 4, 3, 8, 5);
    }

    @Test
    @Points(1)
    @Hint(value = "Edge cases: if the initial state is a goal, the solution is that state alone (cost 0) and nothing "
            + "is expanded; if the goal cannot be reached, graph search expands every reachable state once and "
            + "returns failure.",
            zh = "边界情况：初始状态就是目标时，解只含该状态（代价 0），不扩展任何结点；目标不可达时，图搜索把每个可达"
                    + "状态扩展一次后返回失败。")
    void initialGoalAndUnreachableGoal() {
        Graph g = Graph.builder(4).road(0, 1, 2).edge(1, 2, 1).edge(3, 2, 1).build();
        Compare.on(g).check("breadth-first graph search from 2 to 2",
                BreadthFirst.search(new RouteProblem(g, 2, 2), Mode.GRAPH),
                Oracle.Expected.solution(List.of(2), List.of()));
        Compare.on(g).check("breadth-first graph search from 0 to 3",
                BreadthFirst.search(new RouteProblem(g, 0, 3), Mode.GRAPH),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(0, 1, 2)));
    }
}
