package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A test's figures reach every student report; its duration reaches result.json and JUnit XML. */
class FigureAndDurationTests {
    private static final Figure FIGURE = new Figure("optimal", "Optimal action <b>", "最优动作", "step", "% optimal",
            Figure.steps(4), List.of(Figure.Series.student("eps = 0.1", new double[] {10, Double.NaN, 30, 40}),
            Figure.Series.reference("eps = 0.1", new double[] {12, 22, 32, 42})
                    .withBand(new double[] {10, 20, 30, 40}, new double[] {14, 24, 34, 44})));
    private static final TestResult WITH_FIGURE = new TestResult("BanditTests.learns", "learns", 2,
            new Outcome.Failed("too slow", Optional.empty()), Optional.empty(), "", List.of(), 1234,
            List.of(FIGURE), Optional.empty());
    private static final SubmissionResult RESULT = new SubmissionResult("ada", List.of(new ExerciseResult(
            Fixtures.KNN, new ExerciseStatus.Graded(), List.of(WITH_FIGURE, Fixtures.passed("T.ok", 1)), List.of())));

    @Test
    void htmlDrawsTheFigureAsInlineSvgWithEscapedText() {
        Document doc = Jsoup.parse(StudentReportHtml.render(RESULT));
        assertThat(doc.select("svg.line-chart")).hasSize(1);
        assertThat(doc.select("svg.line-chart path.curve")).hasSize(2);
        assertThat(doc.select("svg.line-chart path.curve.reference")).hasSize(1);
        assertThat(doc.select("svg.line-chart path.band")).hasSize(1);
        assertThat(doc.select("svg.line-chart title").first().text()).isEqualTo("Optimal action <b>");
        assertThat(doc.select("b")).isEmpty();
        String id = doc.select("svg.line-chart").attr("aria-labelledby").split(" ")[0];
        assertThat(doc.getElementById(id)).isNotNull();
    }

    @Test
    void markdownShowsTheFigureAsATable() {
        String md = StudentReportMarkdown.render(RESULT);
        assertThat(md).contains("**Figure: Optimal action \\<b\\>**").contains("| step | eps = 0.1 (yours) |")
                .contains("| 2 | \\- | 22 |");
    }

    @Test
    void resultJsonCarriesDurationAndFiguresAndReadsThemBack() throws IOException {
        String json = ResultJson.render(RESULT);
        assertThat(json).contains("\"durationMs\": 1234").contains("\"figures\"").contains("\"NaN\"");
        TestResult back = ResultJson.read(json).exercises().get(0).tests().get(0);
        assertThat(back.durationMs()).isEqualTo(1234);
        assertThat(back.figures()).containsExactly(FIGURE);
        assertThat(ResultJson.read(json).exercises().get(0).tests().get(1).figures()).isEmpty();
    }

    @Test
    void junitXmlGivesEachTestItsTimeInSeconds() {
        String xml = JUnitXml.render(RESULT);
        assertThat(xml).contains("name=\"learns\" classname=\"knn-hyperparameters.BanditTests\" time=\"1.234\"");
        assertThat(xml).contains("time=\"0\"");
    }
}
