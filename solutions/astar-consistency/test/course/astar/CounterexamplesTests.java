package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

class CounterexamplesTests {

    private static double[] values(SearchProblem p) {
        double[] h = SearchOracle.values(p.graph(), p.heuristic());
        for (int i = 0; i < h.length; i++) {
            assertThat(Double.isNaN(h[i])).as("h(%d) is NaN", i).isFalse();
        }
        return h;
    }

    @Example
    @Points(1)
    @Hint(value = "The counterexample needs a heuristic that never overestimates (h <= h* everywhere, h* = cheapest "
            + "cost to the goal) but breaks h(u) <= c(u, v) + h(v) on some edge, on a graph of at most 20 nodes.",
            zh = "反例需要一个从不高估（处处 h <= h*，h* 为到目标的最小代价）、但在某条边上破坏 h(u) <= c(u, v) + h(v) "
                    + "的启发函数，图最多 20 个结点。")
    void counterexampleIsAdmissibleButInconsistent() {
        SearchProblem p = Counterexamples.reopeningNeeded();
        assertThat(p.graph().size()).as("number of nodes").isLessThanOrEqualTo(20);
        double[] h = values(p);
        double[] hStar = SearchOracle.distancesTo(p.graph(), p.goal());
        assertThat(SearchOracle.overestimatedNodes(p.graph(), p.goal(), h))
                .as("nodes where h = %s exceeds h* = %s (it must be admissible)", RandomCases.show(h),
                        RandomCases.show(hStar))
                .isEmpty();
        assertThat(SearchOracle.isConsistent(p.graph(), p.goal(), h))
                .as("h = %s is consistent on %s; it must break h(u) <= c + h(v) somewhere", RandomCases.show(h),
                        p.graph())
                .isFalse();
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
        double[] h = values(p);
        double best = SearchOracle.distancesFrom(p.graph(), p.start())[p.goal()];
        assertThat(best).as("cheapest cost from %d to %d (the goal must be reachable)", p.start(), p.goal())
                .isLessThan(Double.POSITIVE_INFINITY);
        assertThat(SearchOracle.isAdmissible(p.graph(), p.goal(), h)).as("h = %s is admissible", RandomCases.show(h))
                .isTrue();
        double withoutReopening = SearchOracle.aStarCost(p.graph(), p.start(), p.goal(), h, false);
        assertThat(withoutReopening)
                .as("A* without reopening returns cost %s, the optimum is %s: it must be fooled into a costlier path",
                        withoutReopening, best)
                .isGreaterThan(best + SearchOracle.EPS);
        assertThat(SearchOracle.aStarCost(p.graph(), p.start(), p.goal(), h, true))
                .as("A* with reopening").isEqualTo(best);
    }
}
