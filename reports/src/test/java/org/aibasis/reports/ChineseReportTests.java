package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@code --lang zh}: the student reports' wording, hints and exercise titles in Chinese. */
class ChineseReportTests {
    private static final ExerciseInfo KNN = new ExerciseInfo("knn-hyperparameters", "KNN and cross-validation",
            "ML basics", "KNN 与交叉验证");
    private static final TestResult FAILED = new TestResult("KnnTests.votes", "votes", 2,
            new Outcome.Failed("expected 1 but was 2", Optional.empty()), Optional.of("count the k nearest"), "",
            List.of("KnnTests.distances"), 0, List.of(), Optional.of("统计最近的 k 个邻居"));
    private static final SubmissionResult RESULT = new SubmissionResult("ada", List.of(new ExerciseResult(KNN,
            new ExerciseStatus.Graded(), List.of(FAILED, Fixtures.passed("KnnTests.distances", 1)), List.of())));

    @Test
    void htmlInChineseUsesTheChineseHintTitleAndWording() {
        Document doc = Jsoup.parse(StudentReportHtml.render(RESULT, Language.ZH));
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh");
        assertThat(doc.select(".hint").text()).isEqualTo("提示： 统计最近的 k 个邻居");
        assertThat(doc.select("section h2").text()).startsWith("KNN 与交叉验证");
        assertThat(doc.select(".root-cause").text()).contains("依赖于 KnnTests.distances");
        assertThat(doc.select("tr.test .badge").eachText()).containsExactly("✓ 通过", "✗ 未通过");
        assertThat(doc.text()).doesNotContain("What to do next", "Hint:", "count the k nearest");
    }

    @Test
    void englishStaysTheDefaultWithTheEnglishHint() {
        Document doc = Jsoup.parse(StudentReportHtml.render(RESULT));
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select(".hint").text()).isEqualTo("Hint: count the k nearest");
        assertThat(doc.select("section h2").text()).startsWith("KNN and cross-validation");
    }

    @Test
    void markdownAndTerminalInChinese() {
        assertThat(StudentReportMarkdown.render(RESULT, Language.ZH)).contains("# 评分报告: ada",
                "> **提示：** 统计最近的 k 个邻居");
        assertThat(TerminalSummary.render(RESULT, false, Language.ZH)).contains("提示：", "统计最近的 k 个邻居",
                "下一步：", "先看： 依赖于 KnnTests.distances").doesNotContain("hint:", "count the k nearest");
    }

    @Test
    void aChineseHintMissingFallsBackToTheEnglishOne() {
        TestResult onlyEnglish = Fixtures.test("T.x", 1, new Outcome.Failed("no", Optional.empty()));
        SubmissionResult r = new SubmissionResult("b", List.of(new ExerciseResult(KNN, new ExerciseStatus.Graded(),
                List.of(onlyEnglish), List.of())));
        assertThat(Jsoup.parse(StudentReportHtml.render(r, Language.ZH)).select(".hint").text())
                .isEqualTo("提示： hint for T.x");
    }

    /** The student reports' and the class report's bundles, each with the same keys in both languages. */
    @Test
    void theChineseBundlesHaveEveryKeyOfTheEnglishOnesAndNoOther() throws IOException {
        for (String bundle : List.of("student", "class")) {
            assertThat(keys(bundle + "_zh.properties").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(keys(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void resultJsonKeepsTheChineseHintAndTitle() throws IOException {
        SubmissionResult back = ResultJson.read(ResultJson.render(RESULT));
        assertThat(back.exercises().get(0).exercise().titleZh()).isEqualTo("KNN 与交叉验证");
        assertThat(back.exercises().get(0).tests().get(0).hintZh()).contains("统计最近的 k 个邻居");
    }

    private static Properties keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
