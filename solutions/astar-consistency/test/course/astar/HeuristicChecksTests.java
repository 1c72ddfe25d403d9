package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.Romania;

class HeuristicChecksTests {

    @Example
    @Points(2)
    @Hint(value = "Admissible means h(n) <= h*(n), where h*(n) is the cheapest cost FROM n TO the goal. On a directed "
            + "graph that is a Dijkstra from the goal over the REVERSED edges; distances from the goal along the "
            + "edges are something else. A node that cannot reach the goal has h* = infinity: any h is fine there.",
            zh = "可采纳指 h(n) <= h*(n)，h*(n) 是从 n 到目标的最小代价。有向图上要从目标出发沿反向边做 Dijkstra；"
                    + "从目标沿正向边的距离是另一回事。到不了目标的结点 h* = 无穷，任何 h 都可以。")
    void admissibilityUsesCostsToTheGoal() {
        // 0 -> 1 -> 2 (goal) -> 0, and 2 -> 3 (3 cannot reach the goal): h* = (11, 10, 0, inf), while the distances
        // from the goal are (1, 2, 0, 5).
        Graph loop = Graph.builder(4).edge(0, 1, 1).edge(1, 2, 10).edge(2, 0, 1).edge(2, 3, 5).build();
        assertThat(HeuristicChecks.admissibilityViolation(loop, 2, Heuristic.of(5, 9, 0, 1000)))
                .as("h = (5, 9, 0, 1000) with h* = (11, 10, 0, inf) is admissible").isEmpty();

        // 0 -> 2 (goal) costs 1, while the goal reaches 0 only through 2 -> 1 -> 0 (cost 11): h*(0) = 1.
        Graph other = Graph.builder(3).edge(0, 2, 1).edge(2, 1, 1).edge(1, 0, 10).build();
        Optional<Violation> v = HeuristicChecks.admissibilityViolation(other, 2, Heuristic.of(5, 0, 0));
        assertThat(v).as("h(0) = 5 but h*(0) = 1 (edge 0 -> 2 of cost 1)").isPresent();
        assertThat(v.get()).as("the violation").isEqualTo(new Violation.Overestimate(0, 5, 1));
    }

    @Example
    @Points(2)
    @Hint(value = "Consistency has two parts: h(u) <= c(u, v) + h(v) on every edge AND h(goal) = 0. Adding a "
            + "constant to a consistent h keeps every edge inequality, so only the goal condition catches it (and "
            + "such an h is not even admissible).",
            zh = "一致性有两部分：每条边上 h(u) <= c(u, v) + h(v)，并且 h(goal) = 0。给一致的 h 加上常数不会破坏任何"
                    + "边上的不等式，只有目标条件能发现它（这样的 h 甚至不可采纳）。")
    void consistencyRequiresZeroAtTheGoal() {
        Graph g = Graph.builder(3).edge(0, 1, 2).edge(1, 2, 3).build();
        Heuristic h = Heuristic.of(7, 5, 2);   // = true distance (5, 3, 0) + 2
        Optional<Violation> v = HeuristicChecks.consistencyViolation(g, 2, h);
        assertThat(v).as("h = (7, 5, 2) satisfies every edge but h(goal 2) = 2").isPresent();
        assertThat(v.get()).as("the violation").isEqualTo(new Violation.GoalNotZero(2, 2));
        assertThat(HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(5, 3, 0)))
                .as("the true distance (5, 3, 0) is consistent").isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "An admissible heuristic need not be consistent: h = (2, 0, 0) never overestimates h* = (2, 1, 0) "
            + "but breaks the edge 0 -> 1 (2 > 1 + 0). isConsistent must test every edge, not h <= h*. The "
            + "straight-line distance on the Romania map is consistent.",
            zh = "可采纳不一定一致：h = (2, 0, 0) 从不高估 h* = (2, 1, 0)，却破坏了边 0 -> 1（2 > 1 + 0）。"
                    + "一致性检查必须检查每条边，而不是 h <= h*。罗马尼亚地图上的直线距离是一致的。")
    void consistencyNamesTheOffendingEdge() {
        Graph g = Graph.builder(3).edge(0, 2, 5).edge(0, 1, 1).edge(1, 2, 1).build();
        Optional<Violation> v = HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(2, 0, 0));
        assertThat(v).as("h = (2, 0, 0) breaks the edge 0 -> 1").isPresent();
        assertThat(v.get()).as("the violation")
                .isEqualTo(new Violation.InconsistentEdge(new Graph.Edge(0, 1, 1), 2, 0));
        assertThat(HeuristicChecks.consistencyViolation(Romania.graph(), Romania.node("Bucharest"),
                Romania.straightLineToBucharest())).as("straight-line distance on the Romania map").isEmpty();
    }
}
