package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The class report, checked as a parsed document against the hand-computed class of {@link ClassFixtures}. */
class ClassReportHtmlTests {
    private static final Document DOC = Jsoup.parse(ClassReportHtml.render(ClassFixtures.fourStudents()));

    @Test
    void showsTheKeyNumbers() {
        assertThat(DOC.select("ul.stats li")).extracting(Element::text).containsExactly(
                "Submissions 4", "Mean 6.25 41% of 15 points", "Median 5 33% of 15 points",
                "Lowest 0 0% of 15 points", "Highest 15 100% of 15 points", "Standard deviation 5.49 points");
        assertThat(DOC.select("header .summary").text()).isEqualTo("4 submissions, 15 points available.");
    }

    @Test
    void drawsTheDistributionAsAnAccessibleSvgHistogram() {
        Element svg = DOC.selectFirst("figure svg");

        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(svg.select("title#chart-title").text()).isEqualTo("Distribution of total scores");
        assertThat(svg.select("desc#chart-desc").text()).startsWith("Histogram of 4 submissions")
                .contains("0% to under 10%: 1", "20% to under 30%: 1", "40% to under 50%: 1", "90% to 100%: 1",
                        "10% to under 20%: 0");
        Elements bars = svg.select("rect.bin");
        assertThat(bars).hasSize(10);
        List<Double> heights = bars.stream().map(b -> Double.parseDouble(b.attr("height"))).toList();
        assertThat(heights.get(0)).isPositive().isEqualTo(heights.get(9));
        assertThat(heights.get(1)).isZero();
        assertThat(svg.select("text.title")).extracting(Element::text).containsExactly(
                "Total score, % of the maximum (15 points)", "Submissions");
        assertThat(svg.select("text")).extracting(Element::text).contains("0\u201310", "90\u2013100", "0", "1");
        assertThat(DOC.select("table.distribution tbody tr")).hasSize(10)
                .extracting(Element::text).contains("0% to under 10% 1", "90% to 100% 1");
    }

    @Test
    void listsExerciseAveragesAndStatusCounts() {
        assertThat(DOC.select("table.exercises tbody tr")).extracting(r -> r.select("td").eachText()).containsExactly(
                List.of("5 / 10 50%", "3", "1", "0", "0", "1"),
                List.of("1.25 / 5 25%", "2", "1", "1", "1", "0"));
        assertThat(DOC.select("table.exercises thead th")).extracting(Element::text).containsExactly(
                "Exercise", "Mean", "Graded", "Full marks", "Compile errors", "Missing", "Rejected");
    }

    @Test
    void listsTestsHardestFirst() {
        Elements rows = DOC.select("table.tests tbody tr");

        assertThat(rows).extracting(r -> r.select("th code").text()).containsExactly("U.t3", "T.t1", "T.t2");
        assertThat(rows.get(0).select("td").eachText()).startsWith("b", "5", "50% (1 of 2)", "0", "0", "1",
                "2");
        assertThat(rows.get(1).select("td").eachText()).startsWith("a", "6", "66% (2 of 3)", "1", "0", "0",
                "1");
    }

    @Test
    void itemAnalysisJudgesNoTestOnFourSubmissions() {
        Elements rows = DOC.select("table.tests tbody tr");
        assertThat(rows).allSatisfy(r -> assertThat(r.select("td").last().text()).startsWith("too few to judge"));
        assertThat(rows.get(1).select("td").last().text()).isEqualTo("too few to judge (3 ran it; 10 needed)");
        assertThat(DOC.select("table.tests td.tone-warn")).isEmpty();
    }

    @Test
    void itemAnalysisFlagsATestEverySubmissionPassesOnceEnoughRanIt() {
        List<org.aibasis.grader.model.SubmissionResult> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(new org.aibasis.grader.model.SubmissionResult("s" + i, List.of(
                    new org.aibasis.grader.model.ExerciseResult(Fixtures.MDP,
                            new org.aibasis.grader.model.ExerciseStatus.Graded(), List.of(
                                    Fixtures.passed("T.always", 1),
                                    Fixtures.test("T.sometimes", 2, i % 3 == 0 ? new org.aibasis.grader.model
                                            .Outcome.Passed() : new org.aibasis.grader.model.Outcome.Failed("no",
                                            java.util.Optional.empty()))), List.of()))));
        }
        Document doc = Jsoup.parse(ClassReportHtml.render(many));
        Elements flagged = doc.select("table.tests td.tone-warn");
        assertThat(flagged).singleElement().extracting(Element::text).asString()
                .startsWith("every submission passes it");
        Element always = doc.select("table.tests tbody tr").stream()
                .filter(r -> r.select("th").text().contains("T.always")).findFirst().orElseThrow();
        assertThat(always.select("td").eachText()).contains("-");
    }

    @Test
    void linksEverySubmissionToItsReport() {
        Elements rows = DOC.select("table.submissions tbody tr");

        assertThat(rows).extracting(r -> r.select("th a").attr("href")).containsExactly(
                "./s1/report.html", "./s2/report.html", "./s3/report.html", "./s4/report.html");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("6 (40%)", "6", "0 ✗ compile error");
        assertThat(rows.get(2).select("td").eachText()).containsExactly("4 (26%)", "4", "0 ∅ missing");
        assertThat(DOC.select("table.submissions thead th")).extracting(Element::text)
                .containsExactly("Submission", "Total", "a", "b");
    }

    /** Two submissions of one name link to their own folders and say which file each came from. */
    @Test
    void submissionsOfOneNameLinkToTheirOwnFoldersAndNameTheirSource() {
        List<SubmissionResult> results = List.of(
                new SubmissionResult("carol", List.of(), new Provenance("carol", "carol", "", "")),
                new SubmissionResult("carol", List.of(), new Provenance("carol.zip", "carol~2", "", "")),
                new SubmissionResult("Dave Ü", List.of(), new Provenance("Dave Ü", "Dave Ü", "", "")));
        Elements rows = Jsoup.parse(ClassReportHtml.render(results)).select("table.submissions tbody tr");

        assertThat(rows).extracting(r -> r.select("th a").attr("href")).containsExactly("./carol/report.html",
                "./carol%7E2/report.html", "./Dave%20%C3%9C/report.html");
        assertThat(rows).extracting(r -> r.select("th").text()).containsExactly("carol", "carol (carol.zip)",
                "Dave Ü");
    }

    @Test
    void isSelfContainedAndHasLandmarks() {
        assertThat(DOC.select("script, link, img, iframe, [src]")).isEmpty();
        assertThat(DOC.select("body > header, body > main, body > footer")).hasSize(3);
        assertThat(DOC.select("head style").html()).contains("@media print").doesNotContain("url(", "@import");
        for (Element table : DOC.select("table")) {
            assertThat(table.select("thead th[scope=col]")).isNotEmpty();
            assertThat(table.select("tbody tr")).allSatisfy(r -> assertThat(r.select("th[scope=row]")).hasSize(1));
        }
    }

    @Test
    void hostileSubmissionNamesAreEscapedAndLinkOnlyInsideTheOutputFolder() {
        List<SubmissionResult> results = new ArrayList<>();
        for (String name : List.of("javascript:alert(1)", "<script>alert(1)</script>", "../../etc", "..",
                "a b?c#d")) {
            results.add(new SubmissionResult(name, ClassFixtures.fourStudents().get(0).exercises()));
        }
        results.add(Fixtures.hostile());
        Document doc = Jsoup.parse(ClassReportHtml.render(results));

        assertThat(doc.select("script")).isEmpty();
        Elements rows = doc.select("table.submissions tbody tr");
        assertThat(rows.get(1).select("th").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(rows).extracting(r -> r.select("th a").attr("href")).containsExactly(
                "./javascript%3Aalert%281%29/report.html", "./%3Cscript%3Ealert%281%29%3C%2Fscript%3E/report.html",
                "./..%2F..%2Fetc/report.html", "", "./a%20b%3Fc%23d/report.html",
                "./%3Dcmd%7C%27%20%2FC%20calc%27%21A0%20%3Cscript%3Ealert%281%29%3C%2Fscript%3E/report.html");
        assertThat(doc.select("a[href]:not(.skip)")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("./"));
    }

    /** Counts are worded in the singular for one: "1 submission", "1 point", not "1 submissions". */
    @Test
    void aClassOfOneSaysSubmissionAndPointInTheSingular() {
        SubmissionResult one = new SubmissionResult("s", List.of(new org.aibasis.grader.model.ExerciseResult(
                ClassFixtures.A, new org.aibasis.grader.model.ExerciseStatus.Graded(),
                List.of(Fixtures.passed("T.x", 1)), List.of())));
        Document doc = Jsoup.parse(ClassReportHtml.render(List.of(one)));

        assertThat(doc.title()).isEqualTo("Class report (1 submission)");
        assertThat(doc.select("header .summary").text()).isEqualTo("1 submission, 1 point available.");
        assertThat(doc.select("ul.stats li").get(1).text()).isEqualTo("Mean 1 100% of 1 point");
    }

    @Test
    void rendersAnEmptyClass() {
        Document doc = Jsoup.parse(ClassReportHtml.render(List.of()));

        assertThat(doc.select("header .summary").text()).isEqualTo("0 submissions, 0 points available.");
        assertThat(doc.select("rect.bin")).hasSize(10);
        assertThat(doc.select("table.submissions tbody tr")).isEmpty();
    }
}
