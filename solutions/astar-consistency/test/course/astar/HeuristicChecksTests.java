package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;

import course.graph.Graph;
import course.graph.Heuristic;
import course.graph.Romania;

class HeuristicChecksTests {

    /** What a check returned, readable: "nothing" or the violation's own sentence. */
    static String shown(Optional<Violation> v) {
        return v.map(Violation::describe).orElse("nothing");
    }

    /** A complaint unless the check returned exactly {@code expected} (empty for "no violation"). */
    private static Optional<String> expect(String what, Optional<Violation> got, Optional<Violation> expected) {
        return got.equals(expected) ? Optional.empty()
                : Optional.of(what + ": expected " + shown(expected) + ", but the check returned " + shown(got));
    }

    @Example
    @Points(2)
    @Hint(value = "Admissible means h(n) <= h*(n), where h*(n) is the cheapest cost FROM n TO the goal. On a directed "
            + "graph that is a Dijkstra from the goal over the REVERSED edges; distances from the goal along the "
            + "edges are something else. A node that cannot reach the goal has h* = infinity: any h is fine there, "
            + "infinity included.",
            zh = "可采纳指 h(n) <= h*(n)，h*(n) 是从 n 到目标的最小代价。有向图上要从目标出发沿反向边做 Dijkstra；"
                    + "从目标沿正向边的距离是另一回事。到不了目标的结点 h* = 无穷，任何 h（包括无穷）都可以。")
    void admissibilityUsesCostsToTheGoal() {
        // 0 -> 1 -> 2 (goal) -> 0, and 2 -> 3 (3 cannot reach the goal): h* = (11, 10, 0, inf), while the distances
        // from the goal are (1, 2, 0, 5).
        Graph loop = Graph.builder(4).edge(0, 1, 1).edge(1, 2, 10).edge(2, 0, 1).edge(2, 3, 5).build();
        Optional<String> problem = expect("edges 0 -> 1 (1), 1 -> 2 (10), 2 -> 0 (1), 2 -> 3 (5), goal 2, h = (5, 9, "
                + "0, 1000), h* = (11, 10, 0, infinity): admissible",
                HeuristicChecks.admissibilityViolation(loop, 2, Heuristic.of(5, 9, 0, 1000)), Optional.empty())
                .or(() -> expect("the same graph with h = (5, 9, 0, infinity): infinity does not exceed h*(3) = "
                        + "infinity", HeuristicChecks.admissibilityViolation(loop, 2,
                        Heuristic.of(5, 9, 0, Double.POSITIVE_INFINITY)), Optional.empty()));
        // 0 -> 2 (goal) costs 1, while the goal reaches 0 only through 2 -> 1 -> 0 (cost 11): h*(0) = 1.
        Graph other = Graph.builder(3).edge(0, 2, 1).edge(2, 1, 1).edge(1, 0, 10).build();
        problem = problem.or(() -> expect("edges 0 -> 2 (1), 2 -> 1 (1), 1 -> 0 (10), goal 2, h = (5, 0, 0): h(0) = 5 "
                + "but h*(0) = 1", HeuristicChecks.admissibilityViolation(other, 2, Heuristic.of(5, 0, 0)),
                Optional.of(new Violation.Overestimate(0, 5, 1))));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
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
        String setting = "edges 0 -> 1 (2), 1 -> 2 (3), goal 2, ";
        Optional<String> problem = expect(setting + "h = (7, 5, 2) = true distance + 2 (every edge is fine)",
                HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(7, 5, 2)),
                Optional.of(new Violation.GoalNotZero(2, 2)))
                .or(() -> expect(setting + "h = the true distance (5, 3, 0)",
                        HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(5, 3, 0)), Optional.empty()));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "An admissible heuristic need not be consistent: h = (2, 0, 0) never overestimates h* = (2, 1, 0) "
            + "but breaks the edge 0 -> 1 (2 > 1 + 0). The consistency check must test every edge, not h <= h*. The "
            + "straight-line distance on the Romania map is consistent, and so is h = infinity on both ends of an "
            + "edge of a dead end (infinity does not exceed 1 + infinity).",
            zh = "可采纳不一定一致：h = (2, 0, 0) 从不高估 h* = (2, 1, 0)，却破坏了边 0 -> 1（2 > 1 + 0）。"
                    + "一致性检查必须检查每条边，而不是 h <= h*。罗马尼亚地图上的直线距离是一致的；死路上一条边两端的 h "
                    + "都是无穷时也一致（无穷不超过 1 + 无穷）。")
    void consistencyNamesTheOffendingEdge() {
        Graph g = Graph.builder(3).edge(0, 2, 5).edge(0, 1, 1).edge(1, 2, 1).build();
        Optional<String> problem = expect("edges 0 -> 2 (5), 0 -> 1 (1), 1 -> 2 (1), goal 2, h = (2, 0, 0)",
                HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(2, 0, 0)),
                Optional.of(new Violation.InconsistentEdge(new Graph.Edge(0, 1, 1), 2, 0)))
                .or(() -> expect("straight-line distance to Bucharest on the Romania map",
                        HeuristicChecks.consistencyViolation(Romania.graph(), Romania.node("Bucharest"),
                                Romania.straightLineToBucharest()), Optional.empty()))
                .or(() -> expect("edges 0 -> 1 (1), 2 -> 3 (1), 3 -> 2 (1), goal 1, h = (1, 0, infinity, infinity): "
                        + "on the dead end 2, 3 infinity does not exceed 1 + infinity",
                        HeuristicChecks.consistencyViolation(Graph.builder(4).edge(0, 1, 1).edge(2, 3, 1)
                                .edge(3, 2, 1).build(), 1, Heuristic.of(1, 0, Double.POSITIVE_INFINITY,
                                Double.POSITIVE_INFINITY)), Optional.empty()));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Example
    @Points(1)
    @Hint(value = "Compare with Heuristic.TOLERANCE = 1e-9: a value counts as larger only if it exceeds the other by "
            + "more than the tolerance. Sums of decimals are inexact (0.7 + 0.1 = 0.7999999999999999), so h = 0.8 on "
            + "a path of costs 0.7 and 0.1 is neither an overestimate nor an inconsistent edge, and h(goal) = 1e-9 "
            + "(not more than the tolerance) counts as 0; a difference of 1e-6 is a violation.",
            zh = "用 Heuristic.TOLERANCE = 1e-9 比较：只有超出对方多于这个容差才算更大。小数相加不精确"
                    + "（0.7 + 0.1 = 0.7999999999999999），所以在代价为 0.7 和 0.1 的路径上 h = 0.8 既不算高估也不算"
                    + "不一致的边，h(goal) = 1e-9（不超过容差）算作 0；相差 1e-6 则是违规。")
    void toleranceDecidesWhatCountsAsLarger() {
        // 0 -> 1 (0.7) -> 2 (0.1, goal): h*(0) = 0.1 + 0.7 = 0.7999999999999999 in floating point
        Graph g = Graph.builder(3).edge(0, 1, 0.7).edge(1, 2, 0.1).build();
        String setting = "edges 0 -> 1 (0.7), 1 -> 2 (0.1), goal 2, ";
        Heuristic within = Heuristic.of(0.8, 0.1, 1e-9); // h(goal) exactly TOLERANCE: not more, so 0
        Heuristic above = Heuristic.of(0.800001, 0.1, 0);
        Optional<String> problem = expect(setting + "h = (0.8, 0.1, 1e-9): admissible within TOLERANCE",
                HeuristicChecks.admissibilityViolation(g, 2, within), Optional.empty())
                .or(() -> expect(setting + "h = (0.8, 0.1, 1e-9): consistent within TOLERANCE (h(goal) = 1e-9 "
                        + "does not exceed it)",
                        HeuristicChecks.consistencyViolation(g, 2, within), Optional.empty()))
                .or(() -> expect(setting + "h = (0.800001, 0.1, 0): the edge 0 -> 1 is broken by 1e-6",
                        HeuristicChecks.consistencyViolation(g, 2, above),
                        Optional.of(new Violation.InconsistentEdge(new Graph.Edge(0, 1, 0.7), 0.800001, 0.1))))
                .or(() -> expect(setting + "h = (0, 0, 1e-6): h(goal) is not 0",
                        HeuristicChecks.consistencyViolation(g, 2, Heuristic.of(0, 0, 1e-6)),
                        Optional.of(new Violation.GoalNotZero(2, 1e-6))));
        if (problem.isEmpty()) {
            Optional<Violation> over = HeuristicChecks.admissibilityViolation(g, 2, above);
            problem = over.filter(v -> v instanceof Violation.Overestimate o && o.node() == 0).isEmpty()
                    ? Optional.of(setting + "h = (0.800001, 0.1, 0): expected an overestimate at node 0 (h* = "
                            + "0.7999999999999999), but the check returned " + shown(over))
                    : Approx.difference(setting + "h = (0.800001, 0.1, 0): the reported h*(0)",
                            ((Violation.Overestimate) over.orElseThrow()).trueCost(), 0.1 + 0.7, Tolerance.DEFAULT);
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
