package org.aibasis.reports.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class QuizReportMarkdownTests {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .build();

    @Test
    void hasOneSectionPerQuestionAndATopicTableAndEscapesTheStudent() {
        GradedAttempt g = QuizFixtures.graded("search", "*bold* <b>x</b>", 1);
        String md = QuizReportMarkdown.render(new GradedStudent("s", g, List.of()), Language.EN);
        Document doc = Jsoup.parse(HTML.render(PARSER.parse(md)));
        assertThat(doc.select("h2")).hasSize(g.results().size() + 1);
        assertThat(doc.select("table tbody tr")).hasSize(g.byTopic().size());
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("em").eachText()).doesNotContain("bold");
        assertThat(doc.text()).contains("*bold* <b>x</b>");
        assertThat(doc.text()).contains("Explanation:").contains("(no answer)");
    }
}
