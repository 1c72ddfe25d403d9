package org.aibasis.grader.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.junit.jupiter.api.Test;

/** A test's figures cannot grow its result past a fixed size, however large the figures it publishes. */
class FigureBoundsTests {
    private static Figure largest(String title) {
        int n = Figure.MAX_POINTS;
        double[] y = IntStream.range(0, n).mapToDouble(i -> i % 7 == 0 ? Double.NaN : i * 0.5).toArray();
        double[] edge = IntStream.range(0, n).mapToDouble(i -> i * 0.5).toArray();
        List<Figure.Series> series = new ArrayList<>();
        for (int s = 0; s < Figure.MAX_SERIES; s++) {
            series.add(Figure.Series.student("s" + s + "x".repeat(1000), y).withBand(edge, edge));
        }
        return new Figure("f", title, title, "x", "y", Figure.steps(n), series);
    }

    @Test
    void theLargestFiguresTheApiAllowsAreThinnedCutAndCapped() {
        List<Figure> published = Collections.nCopies(Figures.MAX_PER_TEST, largest("t".repeat(5000)));
        List<Figure> kept = FigureBounds.bound(published);
        assertThat(kept).isNotEmpty().hasSizeLessThan(published.size());
        int numbers = kept.stream().mapToInt(f -> f.x().size() * (1 + 3 * f.series().size())).sum();
        assertThat(numbers).isLessThanOrEqualTo(FigureBounds.MAX_NUMBERS);
        Figure f = kept.get(0);
        assertThat(f.x()).hasSize(FigureBounds.MAX_POINTS).startsWith(1.0).endsWith((double) Figure.MAX_POINTS);
        assertThat(f.title()).hasSize(FigureBounds.MAX_TEXT + 1);
        assertThat(f.series().get(0).name()).hasSize(FigureBounds.MAX_TEXT + 1);
        assertThat(f.series().get(0).band()).hasSize(FigureBounds.MAX_POINTS);
    }

    @Test
    void smallFiguresPassUnchanged() {
        Figure small = new Figure("a", "A", "甲", "x", "y", Figure.steps(3),
                List.of(Figure.Series.student("s", new double[] {1, Double.NaN, 3})));
        assertThat(FigureBounds.bound(List.of(small))).containsExactly(small);
    }

    @Test
    void thinnedIndicesAreStrictlyIncreasingFromFirstToLast() {
        for (int n : new int[] {FigureBounds.MAX_POINTS + 1, 999, Figure.MAX_POINTS}) {
            List<Integer> at = FigureBounds.indices(n);
            assertThat(at).hasSize(FigureBounds.MAX_POINTS).startsWith(0).endsWith(n - 1).isSorted()
                    .doesNotHaveDuplicates();
        }
    }
}
