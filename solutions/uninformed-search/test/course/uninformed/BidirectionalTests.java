package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.graph.Graph;

class BidirectionalTests {

    @Test
    @Points(2)
    @Hint(value = "The backward search follows incoming edges: on the one-way chain 0 -> 1 -> 2 -> 3 -> 4 the "
            + "forward side expands 0, the backward side 4 (reaching 3), forward 1 (reaching 2), and backward 3 "
            + "generates 2, which the forward side has reached. Following the outgoing edges backward finds nothing.",
            zh = "反向搜索沿入边走：在单向链 0 -> 1 -> 2 -> 3 -> 4 上，正向扩展 0，反向扩展 4（到达 3），正向扩展 1（到达 2），"
                    + "反向扩展 3 时生成了正向已到达的 2。反向沿出边走会什么也找不到。")
    void backwardSideFollowsIncomingEdges() {
        Graph chain = Graph.builder(5).edge(0, 1, 1).edge(1, 2, 1).edge(2, 3, 1).edge(3, 4, 1).build();
        Compare.on(chain).check("bidirectional search from 0 to 4", BreadthFirst.bidirectional(chain, 0, 4),
                Oracle.Expected.solution(List.of(0, 1, 2, 3, 4), List.of(0, 4, 1, 3)));
    }

    @Test
    @Points(2)
    @Hint(value = "Each turn expands the whole layer: forward expands 0 (reaching 1 and 2), backward expands 6 "
            + "(reaching 4 and 5), forward expands 1 (reaching 3) and 2, which generates 5: the path 0, 2, 5, 6. "
            + "Switching sides after every single node lets backward expand 4 right after 1 and meet at 3: the "
            + "longer path 0, 1, 3, 4, 6.",
            zh = "每一轮扩展整层：正向扩展 0（到达 1 和 2），反向扩展 6（到达 4 和 5），正向扩展 1（到达 3）和 2，"
                    + "2 生成了 5：路径 0, 2, 5, 6。每扩展一个结点就换边，会让反向在 1 之后立即扩展 4 并在 3 相遇："
                    + "得到更长的路径 0, 1, 3, 4, 6。")
    void eachTurnExpandsAWholeLayer() {
        Graph g = Graph.builder(7).edge(0, 1, 1).edge(0, 2, 1).edge(1, 3, 1).edge(3, 4, 1).edge(4, 6, 1)
                .edge(2, 5, 1).edge(5, 6, 1).build();
        Compare.on(g).mistake("the sides take turns after every single expansion instead of after a whole layer",
                        Oracle.bidirectional(g, 0, 6, false))
                .check("bidirectional search from 0 to 6", BreadthFirst.bidirectional(g, 0, 6),
                Oracle.Expected.solution(List.of(0, 2, 5, 6), List.of(0, 6, 1, 2)));
    }

    @Test
    @Points(1)
    @Hint(value = "Edge cases: start == goal gives the path [start] with nothing expanded; an unreachable goal "
            + "gives failure as soon as either frontier is empty at the start of a turn; a start or goal "
            + "outside the graph is rejected with IllegalArgumentException.",
            zh = "边界情况：start == goal 时路径为 [start]，不扩展任何结点；目标不可达时，只要在某一轮开始时任一方的边缘集为空"
                    + "就返回失败；start 或 goal 不在图中要抛出 IllegalArgumentException。")
    void edgeCases() {
        Graph g = Graph.builder(4).road(0, 1, 1).edge(2, 3, 1).build();
        Compare.on(g).check("bidirectional search from 1 to 1", BreadthFirst.bidirectional(g, 1, 1),
                Oracle.Expected.solution(List.of(1), List.of()));
        Compare.on(g).check("bidirectional search from 0 to 3", BreadthFirst.bidirectional(g, 0, 3),
                Oracle.Expected.none(Oracle.Kind.FAILURE, List.of(0, 3, 1)));
        assertThatThrownBy(() -> BreadthFirst.bidirectional(g, 0, 4)).as("goal 4 on a graph of 4 nodes")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BreadthFirst.bidirectional(g, -1, 3)).as("start -1")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
