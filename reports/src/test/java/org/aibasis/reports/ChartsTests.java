package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.Figure;
import org.aibasis.reports.view.ChartView;
import org.junit.jupiter.api.Test;

class ChartsTests {
    private static final Figure FIGURE = new Figure("reward", "Average reward", "平均奖励", "step", "reward",
            Figure.steps(4), List.of(
                    Figure.Series.student("epsilon = 0.1", new double[] {0, 0.5, Double.NaN, 1.5}),
                    Figure.Series.reference("epsilon = 0.1", new double[] {0, 0.6, 1.1, 1.4})
                            .withBand(new double[] {0, 0.4, 0.9, 1.2}, new double[] {0.1, 0.8, 1.3, 1.6}),
                    Figure.Series.student("greedy", new double[] {0, 0.2, 0.3, 0.3})));

    @Test
    void aSettingKeepsOneColourForTheStudentAndTheReferenceCurve() {
        ChartView chart = Charts.line(FIGURE, "f1", Messages.english());
        assertThat(chart.lines()).extracting(ChartView.Line::colorClass)
                .containsExactly("series-0", "series-0", "series-1");
        assertThat(chart.lines()).extracting(ChartView.Line::reference).containsExactly(false, true, false);
        assertThat(chart.legend()).extracting(ChartView.LegendEntry::name).containsExactly(
                "epsilon = 0.1 (yours)", "epsilon = 0.1 (reference)", "greedy (yours)");
        assertThat(chart.bands()).singleElement().extracting(ChartView.Band::colorClass).isEqualTo("series-0");
    }

    @Test
    void aMissingValueBreaksTheLineInsteadOfDrawingItAtZero() {
        String path = Charts.line(FIGURE, "f1", Messages.english()).lines().get(0).path();
        assertThat(path.split(" M")).as(path).hasSize(2);
        assertThat(path).startsWith("M").doesNotContain("NaN");
    }

    @Test
    void ticksAreRoundNumbersThatContainEveryValueAndTheBand() {
        assertThat(Charts.niceScale(0, 1.6)).containsExactly(0, 2, 0.5);
        assertThat(Charts.niceScale(3, 97)).containsExactly(0, 100, 20);
        assertThat(Charts.niceScale(5, 5)).as("a flat curve still gets an axis").containsExactly(4, 6, 0.5);
        ChartView chart = Charts.line(FIGURE, "f1", Messages.english());
        assertThat(chart.yTicks()).extracting(ChartView.Tick::label).first().isEqualTo("0");
        assertThat(chart.yTicks()).extracting(ChartView.Tick::label).last().isEqualTo("2");
    }

    @Test
    void theTableListsEveryCurveAtSpreadOutXValuesWithTheLastIncluded() {
        Figure long_ = new Figure("p", "P", "P", "step", "p", Figure.steps(1000), List.of(
                Figure.Series.student("a", java.util.stream.IntStream.rangeClosed(1, 1000)
                        .mapToDouble(i -> i / 1000.0).toArray())));
        ChartView.Table table = Charts.line(long_, "f2", Messages.english()).table();
        assertThat(table.header()).containsExactly("step", "a (yours)");
        assertThat(table.rows()).hasSize(8);
        assertThat(table.rows().get(0)).containsExactly("1", "0.001");
        assertThat(table.rows().get(7)).containsExactly("1000", "1");
        assertThat(Charts.line(FIGURE, "f1", Messages.english()).table().rows().get(2)).containsExactly("3", "-", "1.1", "0.3");
    }

    @Test
    void theDescriptionSaysWhereEachCurveEnds() {
        assertThat(Charts.line(FIGURE, "f1", Messages.english()).description()).isEqualTo("Average reward: reward against step. "
                + "epsilon = 0.1 (yours) ends at 1.5. epsilon = 0.1 (reference) ends at 1.4. greedy (yours) ends at 0.3.");
    }
}
