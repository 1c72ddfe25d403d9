package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.ShortestPaths;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BidirectionalProperties {

    @Provide
    Arbitrary<Cases.Route> routes() {
        return Arbitraries.oneOf(Cases.routes(3), Cases.corridors());
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "Bidirectional breadth-first search finds a path with as few edges as breadth-first search. It "
            + "does only if each side expands a whole layer before the other side takes its turn and the meeting "
            + "is detected when a node is generated; on a directed graph the backward side follows incoming edges.",
            zh = "双向宽度优先搜索找到的路径边数与宽度优先搜索相同。前提是每一方在对方行动前扩展完整的一层，且在生成结点时"
                    + "检测相遇；在有向图上，反向搜索沿入边走。",
            timeout = "Each side must remember the nodes it has reached, or it walks round cycles forever.",
            timeoutZh = "每一方都必须记住自己到达过的结点，否则会在环上无限循环。")
    void pathHasAsFewEdgesAsBreadthFirst(@ForAll("routes") Cases.Route c) {
        SearchResult<Integer, Integer> r = BreadthFirst.bidirectional(c.graph(), c.start(), c.goal());
        int fewest = ShortestPaths.fewestEdgesFrom(c.graph(), c.start())[c.goal()];
        String problem = Compare.on(c.graph()).invalidPath(c.start(), c.goal(), r);
        if (problem == null && r.found() != (fewest != ShortestPaths.UNREACHABLE)) {
            problem = (fewest == ShortestPaths.UNREACHABLE ? "the goal cannot be reached"
                    : "the goal can be reached in " + fewest + " edges") + ", but bidirectional search returned " + r;
        }
        if (problem == null && r.found() && r.path().size() - 1 != fewest) {
            problem = "bidirectional search returned " + r.path() + " with " + (r.path().size() - 1)
                    + " edges; breadth-first search needs only " + fewest;
        }
        if (problem != null) {
            problem += " " + c;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 50)
    @Points(2)
    @Hint(value = "The statement fixes the order: forward first, then the sides take turns, each expanding its "
            + "whole current layer in the order the nodes were added; stop at the first generated node the other "
            + "side has reached; failure when either frontier is empty at the start of a turn.",
            zh = "题目规定了顺序：先正向，然后双方轮流，每次按结点加入的顺序扩展自己当前的整层；生成的结点一旦已被另一方"
                    + "到达就停止；某一轮开始时任一方的边缘集为空则失败。")
    void expandsInTheStatedOrder(@ForAll("routes") Cases.Route c) {
        SearchResult<Integer, Integer> r = BreadthFirst.bidirectional(c.graph(), c.start(), c.goal());
        String problem = Compare.on(c.graph())
                .mistake("the sides take turns after every single expansion instead of after a whole layer",
                        Oracle.bidirectional(c.graph(), c.start(), c.goal(), false))
                .difference("bidirectional search " + c, r, Oracle.bidirectional(c.graph(), c.start(), c.goal(), true));
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
