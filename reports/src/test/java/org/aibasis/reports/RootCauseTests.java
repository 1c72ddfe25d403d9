package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A test that failed because a test it builds on failed: every report names the root cause and shows it first. */
class RootCauseTests {
    private static final TestResult DEPENDENT = new TestResult("AttentionTests.attendsToAll", "attends to all", 2,
            new Outcome.Failed("row 0: expected 0.5 but was 0.7", Optional.empty()), Optional.empty(), "",
            List.of("SoftmaxTests.sumsToOne"), 0, List.of(), Optional.empty());
    private static final TestResult ROOT = Fixtures.test("SoftmaxTests.sumsToOne", 1,
            new Outcome.Failed("sum was 1.2", Optional.empty()));
    private static final SubmissionResult RESULT = new SubmissionResult("ada", List.of(new ExerciseResult(
            Fixtures.ATTENTION, new ExerciseStatus.Graded(), List.of(DEPENDENT, ROOT, Fixtures.passed("T.ok", 1)),
            List.of())));

    @Test
    void htmlNamesThePrerequisiteAndListsTheRootCauseFirst() {
        Document doc = Jsoup.parse(StudentReportHtml.render(RESULT));
        assertThat(doc.select("tr.test th")).extracting(e -> e.ownText()).containsExactly("SoftmaxTests.sumsToOne",
                "T.ok", "attends to all");
        assertThat(doc.select(".root-cause")).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo(
                "First: depends on SoftmaxTests.sumsToOne, which failed: fix that first"));
    }

    @Test
    void markdownAndTerminalSayItToo() {
        String md = StudentReportMarkdown.render(RESULT);
        assertThat(md).contains("**First:** depends on SoftmaxTests.sumsToOne, which failed: fix that first.");
        assertThat(md.indexOf("sum was 1.2")).isLessThan(md.indexOf("row 0: expected"));
        String terminal = TerminalSummary.render(RESULT, false);
        assertThat(terminal).contains("first: depends on SoftmaxTests.sumsToOne, which failed");
        assertThat(terminal.indexOf("sum was 1.2")).isLessThan(terminal.indexOf("row 0: expected"));
    }

    @Test
    void resultJsonKeepsThePrerequisitesAndOmitsThemWhenThereAreNone() throws IOException {
        String json = ResultJson.render(RESULT);
        assertThat(json).containsOnlyOnce("\"failedPrerequisites\"").contains("\"SoftmaxTests.sumsToOne\"");
        TestResult back = ResultJson.read(json).exercises().get(0).tests().get(0);
        assertThat(back.failedPrerequisites()).containsExactly("SoftmaxTests.sumsToOne");
    }
}
