package org.aibasis.reports.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.variant.Key;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QuizReportHtmlTests {
    private static final GradedAttempt GRADED = QuizFixtures.graded("rl-bandits", "s001", 0);
    private static final Document PAGE = Jsoup.parse(QuizReportHtml.render(
            new GradedStudent("s001", GRADED, List.of()), Language.EN));

    @Test
    void everyQuestionIsShownWithResponseKeyScoreAndExplanation() {
        List<Element> sections = PAGE.select("section.question");
        assertThat(sections).hasSameSizeAs(GRADED.results());
        for (int i = 0; i < sections.size(); i++) {
            Element s = sections.get(i);
            QuestionResult r = GRADED.results().get(i);
            assertThat(s.selectFirst("h2 code.id").text()).isEqualTo(r.question().qualifiedId());
            assertThat(s.selectFirst("p.text").text()).isEqualTo(r.question().text().en().strip()
                    .replaceAll("\\s+", " "));
            assertThat(s.selectFirst("dd.key").text()).isNotBlank();
            assertThat(s.selectFirst("strong.score").text()).startsWith(QuizFormat.points(r.points()) + " / ");
            assertThat(s.selectFirst("div.explanation p").text()).isNotBlank();
            assertThat(s.select("ol.options li")).hasSize(r.question().displayedOptions().size());
        }
        assertThat(sections.get(0).selectFirst("dd.response").text()).isEqualTo("(no answer)");
        assertThat(sections.get(0).selectFirst(".badge").text()).contains("not answered");
    }

    @Test
    void multipleResponseMistakesGetFeedbackForTheWrongTickAndTheMissAndTheSchemeIsNamed() {
        int checked = 0;
        List<Element> sections = PAGE.select("section.question");
        for (int i = 1; i < sections.size(); i++) {
            QuestionResult r = GRADED.results().get(i);
            if (r.question().key() instanceof Key.Options many && many.optionIds().size() < r.question()
                    .optionOrder().size()) {
                Element s = sections.get(i);
                assertThat(s.select("ul.feedback li.wrongly-ticked")).hasSize(1);
                assertThat(s.select("ul.feedback li.missed")).hasSize(1);
                assertThat(s.selectFirst("p.scheme").text()).contains(many.scheme().spelling());
                assertThat(s.select("ul.feedback li.missed").text()).containsPattern("You did not tick [A-H]");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void topicMasteryIsSummed() {
        Element row = PAGE.selectFirst("table.topics tbody tr");
        assertThat(row.selectFirst("th").text()).isEqualTo("rl");
        assertThat(row.select("td").get(1).text()).isEqualTo(QuizFormat.points(GRADED.points()) + " / "
                + QuizFormat.points(GRADED.maxPoints()));
    }

    @Test
    void aHostileStudentIdIsEscaped() {
        GradedAttempt g = QuizFixtures.graded("rl-bandits", "<script>alert(1)</script>", -1);
        Document doc = Jsoup.parse(QuizReportHtml.render(new GradedStudent("x", g, List.of("<img src=x>")),
                Language.EN));
        // rl-bandits has formulas, so the report carries KaTeX; nothing else may run
        assertThat(doc.select("script")).extracting(e -> e.id()).containsExactly("katex-script");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.selectFirst(".student").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void chineseReportUsesChineseTextsAndLabels() {
        Document zh = Jsoup.parse(QuizReportHtml.render(new GradedStudent("s001", GRADED, List.of()), Language.ZH));
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(zh.selectFirst("section.question p.text").text())
                .isEqualTo(GRADED.results().get(0).question().text().zh().strip().replaceAll("\\s+", " "));
        assertThat(zh.selectFirst("#topics-title").text()).isEqualTo("各主题掌握情况");
    }
}
