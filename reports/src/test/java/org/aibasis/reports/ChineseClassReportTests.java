package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.reports.similarity.SimilarityReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code batch --lang zh}: the class report in Chinese. The English and the Chinese page of one class are compared
 * text by text: a text both pages show must be data of the class (a name, an id, a number), never a fixed label.
 */
class ChineseClassReportTests {
    /** Exercise C is missing in every submission, so its test never runs. */
    private static final ExerciseInfo C = new ExerciseInfo("c", "Exercise C", "topic", "练习 C");
    private static final SimilarityReport SIMILAR = new SimilarityReport("JPlag 6.0.0 (Java)", 0.6, List.of(
            new SimilarityReport.Exercise("a", 3, "", List.of(new SimilarityReport.Pair("s1", "s2", 0.932, List.of(
                    new SimilarityReport.Match(new SimilarityReport.Region("A.java", 3, 7, "int x = 1;"),
                            new SimilarityReport.Region("A.java", 4, 8, "int y = 1;")))))),
            new SimilarityReport.Exercise("b", 2, "", List.of())));

    /**
     * The four submissions of {@link ClassFixtures} with Chinese titles for A and B, the never-run exercise C in
     * each, and a fifth that has only A: its row shows "no result" for B and C.
     */
    private static List<SubmissionResult> richClass() {
        List<SubmissionResult> results = new ArrayList<>();
        for (SubmissionResult r : ClassFixtures.fourStudents()) {
            List<ExerciseResult> exercises = new ArrayList<>(r.exercises().stream().map(e -> new ExerciseResult(
                    new ExerciseInfo(e.exercise().id(), e.exercise().title(), e.exercise().topic(),
                            "练习 " + e.exercise().id().toUpperCase(java.util.Locale.ROOT)),
                    e.status(), e.tests(), e.notes())).toList());
            exercises.add(new ExerciseResult(C, new ExerciseStatus.Missing("no files"), List.of(new TestResult(
                    "V.t4", "V.t4", 1, new Outcome.NotRun("missing"), Optional.empty(), "")), List.of()));
            results.add(new SubmissionResult(r.submission(), exercises));
        }
        results.add(new SubmissionResult("s5", List.of(results.get(0).exercises().get(0))));
        return results;
    }

    /** What the class itself brings to the page, the same in both languages. */
    private static final Set<String> DATA = Set.of("s1", "s2", "s3", "s4", "s5", "a", "b", "c", "T.t1", "T.t2",
            "U.t3", "V.t4", "test T.t1", "test T.t2", "test U.t3", "A.java", "int x = 1;", "int y = 1;",
            // symbols written the same in both languages: the item analysis's, the badges' icons
            "D", "r", "pb", "\u2713", "\u2717", "\u25d0", "\u2205", "\u2298");

    @Test
    void everyFixedLabelOfTheEnglishPageIsTranslated() {
        List<SubmissionResult> results = richClass();
        Document en = Jsoup.parse(ClassReportHtml.render(results, SIMILAR, Language.EN));
        Document zh = Jsoup.parse(ClassReportHtml.render(results, SIMILAR, Language.ZH));

        Set<String> shared = texts(en);
        shared.retainAll(texts(zh));

        assertThat(shared).allSatisfy(t -> assertThat(DATA.contains(t) || t.matches("[-\\d\\s.,:%()/\u2013]*"))
                .as("'%s' is shown in both languages but is no data of the class", t).isTrue());
        // the comparison is only as good as what the English page shows: it has every section
        assertThat(texts(en)).contains("Class report", "Similar submissions", "No pair reaches the threshold.",
                "never ran", "no result", "compile error", "Exercise A", "Item analysis");
    }

    @Test
    void theChinesePageSaysSoAndUsesTheChineseTitlesAndWords() {
        Document zh = Jsoup.parse(ClassReportHtml.render(richClass(), SIMILAR, Language.ZH));

        assertThat(zh.select("html").attr("lang")).isEqualTo("zh");
        assertThat(zh.title()).isEqualTo("班级报告（5 份提交）");
        assertThat(zh.select("header .summary").text()).isEqualTo("共 5 份提交，满分 16 分。");
        assertThat(zh.select("table.exercises tbody th")).extracting(Element::ownText)
                .containsExactly("练习 A", "练习 B", "练习 C");
        assertThat(zh.select("table.submissions .badge").eachText()).contains("✗ 编译错误", "∅ 缺失", "⊘ 被拒绝",
                "∅ 无结果");
        assertThat(zh.select("details.similar-pair summary").text())
                .isEqualTo("s1 与 s2：相似度 93.2%，1 处匹配区域");
        assertThat(zh.select("table.side-by-side th").eachText()).containsExactly("s1：A.java 第 3–7 行",
                "s2：A.java 第 4–8 行");
    }

    @Test
    void englishStaysTheDefault() {
        Document en = Jsoup.parse(ClassReportHtml.render(richClass()));

        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.title()).isEqualTo("Class report (5 submissions)");
    }

    @Test
    void aFlaggedTestIsExplainedInChinese() {
        List<SubmissionResult> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(new SubmissionResult("s" + i, List.of(new ExerciseResult(ClassFixtures.A,
                    new ExerciseStatus.Graded(), List.of(Fixtures.passed("T.always", 1)), List.of()))));
        }
        Document zh = Jsoup.parse(ClassReportHtml.render(many, Language.ZH));

        assertThat(zh.select("table.tests td.tone-warn").text()).isEqualTo("所有提交都通过了它：错误的解答会不会也能通过？");
    }

    /** Every element's own text and every title an assistive technology reads, trimmed. */
    private static Set<String> texts(Document doc) {
        Set<String> texts = new LinkedHashSet<>();
        for (Element e : doc.getAllElements()) {
            Stream.of(e.ownText(), e.attr("title"), e.attr("aria-label")).map(String::strip)
                    .filter(t -> !t.isEmpty()).forEach(texts::add);
        }
        return texts;
    }
}
