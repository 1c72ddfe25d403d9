package org.aibasis.grader.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CourseArbitrariesProperties {

    @Provide
    Arbitrary<double[]> distinctProbabilities() {
        return CourseArbitraries.probabilityVectors(1, 6, true);
    }

    @Property(seed = "20261201", tries = 200)
    void probabilityVectorsSumToOneAndHaveDistinctEntries(@ForAll("distinctProbabilities") double[] p) {
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Arrays.stream(p).allMatch(x -> x > 0 && x <= 1)).isTrue();
        assertThat(Arrays.stream(p).distinct().count()).isEqualTo(p.length);
    }

    @Provide
    Arbitrary<SmallGraph> graphs() {
        return CourseArbitraries.digraphs(1, 6, 5);
    }

    @Property(seed = "20261201", tries = 200)
    void graphsHaveNoSelfLoopsNoParallelEdgesAndCostsInRange(@ForAll("graphs") SmallGraph g) {
        Set<String> pairs = new HashSet<>();
        for (SmallGraph.Edge e : g.edges()) {
            assertThat(e.from()).isNotEqualTo(e.to());
            assertThat(e.cost()).isBetween(1, 5);
            assertThat(pairs.add(e.from() + ">" + e.to())).as("one edge per ordered pair: %s", g).isTrue();
        }
        assertThat(g.undirected().edges().size()).isGreaterThanOrEqualTo(g.edges().size());
    }

    @Provide
    Arbitrary<Double> tenths() {
        return CourseArbitraries.tenths(-2, 2);
    }

    @Property(seed = "20261201", tries = 200)
    void tenthsHaveOneDecimalAndStayInRange(@ForAll("tenths") double x) {
        assertThat(x).isBetween(-2.0, 2.0);
        assertThat(Math.abs(x * 10 - Math.rint(x * 10))).isLessThan(1e-9);
    }

    @Provide
    Arbitrary<int[]> boards() {
        return CourseArbitraries.queens(8);
    }

    @Property(seed = "20261201", tries = 100)
    void queenBoardsHaveOneRowPerColumn(@ForAll("boards") int[] rows) {
        assertThat(rows).hasSize(8);
        assertThat(Arrays.stream(rows).allMatch(r -> r >= 0 && r < 8)).isTrue();
    }
}
