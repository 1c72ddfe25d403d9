package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The student's HTML report, checked as a parsed document. */
class StudentReportHtmlTests {
    private static final Document EVERYTHING = Jsoup.parse(StudentReportHtml.render(Fixtures.everything()));

    private static Element section(Document doc, String exerciseId) {
        return doc.getElementById("ex-" + exerciseId);
    }

    @Test
    void hasLandmarksHeadingsAndALanguage() {
        assertThat(EVERYTHING.select("html").attr("lang")).isEqualTo("en");
        assertThat(EVERYTHING.title()).isEqualTo("Grading report: ben-max-backup (2 / 24 points)");
        assertThat(EVERYTHING.select("body > header")).hasSize(1);
        assertThat(EVERYTHING.select("body > nav[aria-labelledby]")).hasSize(1);
        assertThat(EVERYTHING.select("body > main#main")).hasSize(1);
        assertThat(EVERYTHING.select("body > footer")).hasSize(1);
        assertThat(EVERYTHING.select("a.skip").attr("href")).isEqualTo("#main");
        assertThat(EVERYTHING.select("h1").text()).isEqualTo("Submission ben-max-backup");
        assertThat(EVERYTHING.select("main section[aria-labelledby] > h2")).hasSize(4);
        for (Element s : EVERYTHING.select("main section")) {
            assertThat(EVERYTHING.getElementById(s.attr("aria-labelledby"))).isNotNull();
        }
    }

    @Test
    void showsTheTotalAndEveryExerciseScore() {
        assertThat(EVERYTHING.select(".total").text()).isEqualTo("2 / 24 points (8%)");
        assertThat(EVERYTHING.select("nav tbody tr")).extracting(Element::text).containsExactly(
                "MDP policy evaluation ◐ graded 1 of 5 tests passed 2 / 10",
                "A* and consistent heuristics ✗ compile error no test ran (2 tests) 0 / 6",
                "Scaled dot-product attention ∅ missing no test ran (1 test) 0 / 5",
                "KNN and cross-validation ⊘ rejected no test ran (1 test) 0 / 3");
        assertThat(section(EVERYTHING, "mdp-evaluation").select(".meta strong").text())
                .isEqualTo("2 / 10 points");
    }

    @Test
    void everyTableHasColumnAndRowHeaders() {
        for (Element table : EVERYTHING.select("table")) {
            assertThat(table.select("thead th[scope=col]")).isNotEmpty();
            for (Element row : table.select("tbody tr:not(.details-row)")) {
                assertThat(row.select("th[scope=row]")).as(row.text()).hasSize(1);
            }
        }
    }

    @Test
    void everyStatusAndOutcomeIsShownInWordsAndNotByColourAlone() {
        assertThat(EVERYTHING.select("main section .meta .badge")).extracting(Element::text).containsExactly(
                "◐ graded", "✗ compile error", "∅ missing", "⊘ rejected");
        assertThat(section(EVERYTHING, "mdp-evaluation").select("tr.test .badge")).extracting(Element::text)
                .containsExactly("✓ passed", "✗ failed", "! errored", "⌛ timed out", "– not run");
        for (Element icon : EVERYTHING.select(".badge .icon")) {
            assertThat(icon.attr("aria-hidden")).isEqualTo("true");
        }
        assertThat(EVERYTHING.select("tr.test")).extracting(e -> e.select("td.num").text()).startsWith(
                "2 / 2", "0 / 3", "0 / 2.5", "0 / 1.5", "0 / 1");
    }

    @Test
    void explainsEveryTestThatDidNotPassInAGradedExercise() {
        Element mdp = section(EVERYTHING, "mdp-evaluation");
        Elements details = mdp.select("tr.details-row");

        assertThat(details).hasSize(4);
        Element failed = details.get(0);
        assertThat(failed.select("pre.message").text()).isEqualTo("state 2: expected -1.75 but was 4.0");
        assertThat(failed.select("code.seed").text()).isEqualTo("-4048877233920043478");
        assertThat(failed.select("pre.counterexample").first().wholeText()).isEqualTo("mdp: Mdp[states=3]\ngamma: 0.9");
        assertThat(failed.select("pre.original-sample").first().wholeText())
                .isEqualTo("mdp: Mdp[states=17]\ngamma: 0.99");
        assertThat(failed.select(".hint").text()).isEqualTo("Hint: Policy evaluation averages over the policy's "
                + "actions.");
        assertThat(failed.select("pre.output").text()).isEqualTo("debug: v = [1, 2]");
        assertThat(details.get(1).select("pre.message").first().wholeText()).startsWith(
                "java.lang.ArithmeticException: / by zero\n\tat PolicyEvaluation.q(");
        assertThat(details.get(2).select("pre.message").text()).contains("did not finish within 2.5 s");
        assertThat(details.get(3).select("pre.message").text()).isEqualTo("the test did not run");
        assertThat(mdp.select("ul.notes").text()).contains("found `evaluate(Mdp, Policy)`");
        assertThat(mdp.select("tr.outcome-passed + tr.details-row")).isEmpty();
    }

    @Test
    void showsCompileErrorsWithTheSourceLineAndACaretUnderTheColumn() {
        Element astar = section(EVERYTHING, "astar-consistency");

        assertThat(astar.select("h3").first().text()).isEqualTo("Compile errors");
        Element first = astar.select("ol.diagnostics > li").first();
        assertThat(first.select(".where code").text()).isEqualTo("astar-consistency/src/course/search/AStar.java:12:17");
        assertThat(first.select("pre.message").first().wholeText())
                .isEqualTo("cannot find symbol\n  symbol:   variable frontier");
        String[] lines = first.select("pre.source").first().wholeText().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("12 |         int n = frontier.size();");
        assertThat(lines[1].indexOf('^')).isEqualTo(lines[0].indexOf("frontier"));
        assertThat(first.select(".caret").attr("aria-hidden")).isEqualTo("true");
        assertThat(astar.select("tr.details-row")).as("no test ran: the exercise says why").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mdp-evaluation", "astar-consistency", "attention-scaling", "knn-hyperparameters"})
    void saysWhatToDoNextForEveryStatus(String id) {
        Element next = section(EVERYTHING, id).selectFirst("p.next");

        assertThat(next).isNotNull();
        assertThat(next.text()).startsWith("What to do next: ").hasSizeGreaterThan(40);
        assertThat(next.select("code").text()).isEqualTo("bin/grader check " + id);
    }

    @Test
    void aFullyPassedExerciseSaysThereIsNothingToDo() {
        SubmissionResult r = new SubmissionResult("ada", List.of(new ExerciseResult(Fixtures.MDP,
                new ExerciseStatus.Graded(), List.of(Fixtures.passed("T.a", 2), Fixtures.passed("T.b", 3)),
                List.of())));
        Document doc = Jsoup.parse(StudentReportHtml.render(r));

        assertThat(doc.select("p.next").text()).isEqualTo("What to do next: Nothing to do: every test passed.");
        assertThat(doc.select(".meta .badge").text()).isEqualTo("✓ graded");
        assertThat(doc.select(".total").text()).isEqualTo("5 / 5 points (100%)");
    }

    @Test
    void missingAndRejectedExercisesSayWhy() {
        assertThat(section(EVERYTHING, "attention-scaling").select("pre.message").text())
                .isEqualTo("no file attention-scaling/src/course/attention/Attention.java in the submission");
        Element knn = section(EVERYTHING, "knn-hyperparameters");
        assertThat(knn.select("h3").first().text()).isEqualTo("Not allowed in graded code");
        assertThat(knn.select("pre.source").first().wholeText()).isEqualTo(
                "40 |         System.exit(1);\n   |         ^");
    }

    @Test
    void isSelfContainedPrintableAndReadableOnAPhone() {
        assertThat(EVERYTHING.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(EVERYTHING.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(EVERYTHING.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        String css = EVERYTHING.select("head style").html();
        assertThat(css).contains("@media print", "@media (max-width:");
        assertThat(css).doesNotContain("url(", "@import", "http");
        for (Element a : EVERYTHING.select("a[href]")) {
            assertThat(a.attr("href")).startsWith("#");
        }
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        String html = StudentReportHtml.render(Fixtures.hostile());
        Document doc = Jsoup.parse(html);
        String shown = Visible.visible(Fixtures.HOSTILE);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(doc.select("h1").text()).isEqualTo("Submission =cmd|' /C calc'!A0 <script>alert(1)</script>");
        assertThat(doc.title()).startsWith("Grading report: =cmd|' /C calc'!A0 <script>alert(1)</script>");
        Element failed = doc.select("tr.details-row").first();
        assertThat(failed.select("pre.message").first().wholeText()).isEqualTo(shown);
        assertThat(failed.select("pre.counterexample").first().wholeText()).isEqualTo("input: " + shown);
        assertThat(failed.select("pre.output").first().wholeText()).isEqualTo(shown);
        assertThat(failed.select(".hint").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("tr.test th").first().ownText()).isEqualTo(shown.strip());
        assertThat(html).doesNotContain("\u001b", "\u0000", "\u202e");
        assertThat(doc.select("pre.source").first().wholeText()).startsWith("3 | " + shown.strip());
    }

    @Test
    void veryLongOutputIsTruncatedVisibly() {
        String flood = "x".repeat(50_000);
        SubmissionResult r = new SubmissionResult("flood", List.of(new ExerciseResult(Fixtures.MDP,
                new ExerciseStatus.Graded(), List.of(new TestResult("T.t", "t", 1,
                new Outcome.Failed(flood, Optional.empty()), Optional.empty(), flood)), List.of())));
        Document doc = Jsoup.parse(StudentReportHtml.render(r));

        for (String pre : List.of("pre.message", "pre.output")) {
            String text = doc.select(pre).first().wholeText();
            assertThat(text).hasSizeLessThan(Visible.LIMIT + 100).contains(Visible.TRUNCATED)
                    .contains("46000 more characters");
        }
    }

    @Test
    void templatesNeverSwitchEscapingOff() throws IOException {
        for (String name : List.of("student-report.ftlh", "class-report.ftlh", "student-report.md.ftl")) {
            try (InputStream in = Templates.class.getResourceAsStream("templates/" + name)) {
                assertThat(in).as(name).isNotNull();
                String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(template).as(name).doesNotContain("no_esc", "noautoesc", "noAutoEsc", "?api",
                        "?new");
            }
        }
    }
}
