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
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

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

    @Property(tries = 50)
    @Points(1)
    @Hint(value = "Consistent implies admissible: for heuristics built to be consistent (fractions of the true "
            + "distance, distances in a relaxed graph, maxima of those) both checks must report nothing.",
            zh = "一致蕴含可采纳：对按构造一致的启发函数（真实距离的若干倍、松弛图中的距离、它们的最大值），"
                    + "两个检查都不应报告违规。")
    void consistentHeuristicsPassBothChecks(@ForAll("consistent") RandomCases.Case c) {
        Optional<Violation> k = HeuristicChecks.consistencyViolation(c.graph(), c.goal(), c.heuristic());
        Optional<Violation> a = HeuristicChecks.admissibilityViolation(c.graph(), c.goal(), c.heuristic());
        Optional<String> problem = k.isPresent()
                ? Optional.of(c + ": the heuristic is consistent, but the consistency check returned "
                        + HeuristicChecksTests.shown(k))
                : a.map(v -> c + ": the heuristic is consistent, hence admissible, but the admissibility check "
                        + "returned " + v.describe());
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
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
        Optional<String> problem = admissibilityProblem(c).or(() -> consistencyProblem(c)).map(p -> c + ": " + p);
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    private static Optional<String> admissibilityProblem(RandomCases.Case c) {
        double[] hStar = SearchOracle.distancesTo(c.graph(), c.goal());
        List<Integer> over = SearchOracle.overestimatedNodes(c.graph(), c.goal(), c.h());
        Optional<Violation> a = HeuristicChecks.admissibilityViolation(c.graph(), c.goal(), c.heuristic());
        String context = "h* = " + NumberText.show(hStar) + ", nodes with h > h*: " + over + "; the admissibility "
                + "check returned " + HeuristicChecksTests.shown(a);
        if (a.isPresent() != !over.isEmpty()) {
            return Optional.of(context);
        }
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (!(a.get() instanceof Violation.Overestimate o)) {
            return Optional.of(context + ", which is not an Overestimate");
        }
        if (!over.contains(o.node())) {
            return Optional.of(context + ", but node " + o.node() + " does not overestimate");
        }
        return Approx.difference(context + "; its h*(" + o.node() + ")", o.trueCost(), hStar[o.node()],
                Tolerance.DEFAULT);
    }

    private static Optional<String> consistencyProblem(RandomCases.Case c) {
        List<Graph.Edge> badEdges = SearchOracle.inconsistentEdges(c.graph(), c.h());
        boolean goalBad = Math.abs(c.h()[c.goal()]) > SearchOracle.EPS;
        Optional<Violation> k = HeuristicChecks.consistencyViolation(c.graph(), c.goal(), c.heuristic());
        String context = "h(goal) = " + NumberText.show(c.h()[c.goal()]) + ", edges breaking h(u) <= c + h(v): "
                + badEdges + "; the consistency check returned " + HeuristicChecksTests.shown(k);
        if (k.isPresent() != (goalBad || !badEdges.isEmpty())) {
            return Optional.of(context);
        }
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return switch (k.get()) {
            case Violation.GoalNotZero z -> z.goal() == c.goal() && goalBad ? Optional.empty()
                    : Optional.of(context + ", but GoalNotZero must name the goal " + c.goal() + " and needs h(goal) "
                            + "!= 0");
            case Violation.InconsistentEdge e -> badEdges.contains(e.edge()) ? Optional.empty()
                    : Optional.of(context + ", but that edge is not inconsistent");
            case Violation.Overestimate o -> Optional.of(context + ": the consistency check must report "
                    + "GoalNotZero or InconsistentEdge, not an overestimate");
        };
    }
}
