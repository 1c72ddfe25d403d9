package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Graph;

class HeuristicChecksProperties {

    @Provide
    Arbitrary<RandomCases.Case> consistent() {
        return RandomCases.consistent();
    }

    @Provide
    Arbitrary<RandomCases.Case> anyHeuristic() {
        return RandomCases.anyHeuristic();
    }

    @Property
    @Points(1)
    @Hint(value = "Consistent implies admissible: for heuristics built to be consistent (fractions of the true "
            + "distance, distances in a relaxed graph, maxima of those) both checks must report nothing.",
            zh = "一致蕴含可采纳：对按构造一致的启发函数（真实距离的若干倍、松弛图中的距离、它们的最大值），"
                    + "两个检查都不应报告违规。")
    void consistentHeuristicsPassBothChecks(@ForAll("consistent") RandomCases.Case c) {
        assertThat(HeuristicChecks.consistencyViolation(c.graph(), c.goal(), c.heuristic()).map(Violation::describe))
                .as("consistency check on a consistent heuristic").isEmpty();
        assertThat(HeuristicChecks.admissibilityViolation(c.graph(), c.goal(), c.heuristic()).map(Violation::describe))
                .as("admissibility check on a consistent (hence admissible) heuristic").isEmpty();
    }

    @Property
    @Points(2)
    @Hint(value = "Both checks must agree with the definitions on any heuristic: a violation iff some node has "
            + "h > h* (h* = cheapest cost TO the goal, reverse Dijkstra), resp. iff h(goal) != 0 or some edge has "
            + "h(u) > c + h(v); and the node or edge reported must really be one. Usual mistakes: forward distances, "
            + "forgetting h(goal) = 0, testing h <= h* in the consistency check.",
            zh = "两个检查对任何启发函数都必须符合定义：当且仅当某结点 h > h*（h* 是到目标的最小代价，用反向 Dijkstra）"
                    + "时报告不可采纳；当且仅当 h(goal) != 0 或某条边 h(u) > c + h(v) 时报告不一致；报告的结点或边必须"
                    + "真的违规。常见错误：用正向距离、忘记 h(goal) = 0、在一致性检查里检查 h <= h*。")
    void checksAgreeWithTheDefinitions(@ForAll("anyHeuristic") RandomCases.Case c) {
        double[] hStar = SearchOracle.distancesTo(c.graph(), c.goal());
        List<Integer> over = SearchOracle.overestimatedNodes(c.graph(), c.goal(), c.h());
        Optional<Violation> a = HeuristicChecks.admissibilityViolation(c.graph(), c.goal(), c.heuristic());
        assertThat(a.isPresent())
                .as("admissibility: nodes with h > h* (h* = %s) are %s, but the check returned %s",
                        RandomCases.show(hStar), over, a.map(Violation::describe))
                .isEqualTo(!over.isEmpty());
        if (a.isPresent()) {
            assertThat(a.get()).as("admissibility violation").isInstanceOf(Violation.Overestimate.class);
            Violation.Overestimate o = (Violation.Overestimate) a.get();
            assertThat(over).as("reported node %d (h* = %s)", o.node(), RandomCases.show(hStar)).contains(o.node());
            assertThat(SearchOracle.sameCost(o.trueCost(), hStar[o.node()]))
                    .as("reported h*(%d) = %s, but it is %s", o.node(), o.trueCost(), hStar[o.node()]).isTrue();
        }

        List<Graph.Edge> badEdges = SearchOracle.inconsistentEdges(c.graph(), c.h());
        boolean goalBad = Math.abs(c.h()[c.goal()]) > SearchOracle.EPS;
        Optional<Violation> k = HeuristicChecks.consistencyViolation(c.graph(), c.goal(), c.heuristic());
        assertThat(k.isPresent())
                .as("consistency: h(goal) = %s, edges breaking h(u) <= c + h(v): %s, but the check returned %s",
                        c.h()[c.goal()], badEdges, k.map(Violation::describe))
                .isEqualTo(goalBad || !badEdges.isEmpty());
        if (k.isPresent()) {
            switch (k.get()) {
                case Violation.GoalNotZero z -> {
                    assertThat(z.goal()).as("GoalNotZero names node %d, the goal is %d", z.goal(), c.goal())
                            .isEqualTo(c.goal());
                    assertThat(goalBad).as("GoalNotZero reported, but h(goal) = %s", c.h()[c.goal()]).isTrue();
                }
                case Violation.InconsistentEdge e -> assertThat(badEdges)
                        .as("reported edge %s, the inconsistent edges are %s", e.edge(), badEdges).contains(e.edge());
                case Violation.Overestimate o -> assertThat(o)
                        .as("the consistency check must report GoalNotZero or InconsistentEdge, not an overestimate")
                        .isNull();
            }
        }
    }
}
