package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;

class CounterexamplesTests {

    /** The problem as "n nodes, edges [...], start s, goal g, h = [...]". */
    private static String shown(SearchProblem p, double[] h) {
        return RandomCases.describe(p.graph()) + ", start " + p.start() + ", goal " + p.goal() + ", h = "
                + NumberText.show(h);
    }

    /** A complaint if the heuristic is not a number everywhere, or overestimates somewhere. */
    private static Optional<String> notAdmissible(SearchProblem p, double[] h) {
        OptionalInt nan = IntStream.range(0, h.length).filter(i -> Double.isNaN(h[i])).findFirst();
        if (nan.isPresent()) {
            return Optional.of("h(" + nan.getAsInt() + ") is NaN");
        }
        List<Integer> over = SearchOracle.overestimatedNodes(p.graph(), p.goal(), h);
        return over.isEmpty() ? Optional.empty()
                : Optional.of("h exceeds h* = " + NumberText.show(SearchOracle.distancesTo(p.graph(), p.goal()))
                        + " at the nodes " + over + ": it must be admissible");
    }

    @Example
    @Points(1)
    @Hint(value = "The counterexample needs a heuristic that never overestimates (h <= h* everywhere, h* = cheapest "
            + "cost to the goal) but breaks h(u) <= c(u, v) + h(v) on some edge, on a graph of at most 20 nodes.",
            zh = "反例需要一个从不高估（处处 h <= h*，h* 为到目标的最小代价）、但在某条边上破坏 h(u) <= c(u, v) + h(v) "
                    + "的启发函数，图最多 20 个结点。")
    void counterexampleIsAdmissibleButInconsistent() {
        SearchProblem p = Counterexamples.reopeningNeeded();
        double[] h = SearchOracle.values(p.graph(), p.heuristic());
        Optional<String> problem = p.graph().size() > 20
                ? Optional.of("the graph has " + p.graph().size() + " nodes, at most 20 are allowed")
                : notAdmissible(p, h).or(() -> SearchOracle.isConsistent(p.graph(), p.goal(), h)
                        ? Optional.of("h is consistent; it must break h(u) <= c + h(v) somewhere")
                        : Optional.empty());
        assertThat(problem).withFailMessage("your counterexample (%s): %s", shown(p, h), problem.orElse(""))
                .isEmpty();
    }

    @Example
    @Points(2)
    @Hint(value = "On your counterexample, A* that ignores cheaper paths to closed nodes (same tie-break: f, then h, "
            + "then node number) must return a path costlier than the optimum. Idea: a node C reachable cheaply "
            + "through A and expensively through B, with h(A) so high (but still <= h*(A)) that C is closed via B "
            + "before A is expanded; C must lie on the only way to the goal.",
            zh = "在你的反例上，忽略到已关闭结点的更便宜路径的 A*（平局规则相同：f，然后 h，然后结点编号）必须返回比最优"
                    + "更贵的路径。思路：结点 C 经 A 便宜、经 B 昂贵；h(A) 很大（但仍 <= h*(A)），使 C 在 A 被扩展前"
                    + "就经 B 被关闭；C 位于通往目标的必经之路上。")
    void counterexampleFoolsAStarWithoutReopening() {
        SearchProblem p = Counterexamples.reopeningNeeded();
        double[] h = SearchOracle.values(p.graph(), p.heuristic());
        double best = SearchOracle.distancesFrom(p.graph(), p.start())[p.goal()];
        double withoutReopening = SearchOracle.aStarCost(p.graph(), p.start(), p.goal(), h, false);
        Optional<String> problem = best == Double.POSITIVE_INFINITY
                ? Optional.of("the goal cannot be reached from the start")
                : notAdmissible(p, h).or(() -> withoutReopening > best + SearchOracle.EPS ? Optional.empty()
                        : Optional.of("A* without reopening returns cost " + NumberText.show(withoutReopening)
                                + ", which is the optimum " + NumberText.show(best) + ": it must be fooled into a "
                                + "costlier path"));
        assertThat(problem).withFailMessage("your counterexample (%s): %s", shown(p, h), problem.orElse(""))
                .isEmpty();
    }
}
