package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.template.TemplateModelException;
import org.aibasis.reports.view.Markdown;
import org.aibasis.reports.view.MarkdownOutputFormat;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The student's Markdown report, checked the way GitHub or an LMS shows it: parsed as CommonMark with GFM tables,
 * rendered to HTML (raw HTML passed through, as the least careful renderer would), and read with jsoup.
 */
class StudentReportMarkdownTests {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private static Document rendered(String markdown) {
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown)));
    }

    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block.getLiteral());
            }
        });
        return blocks;
    }

    @Test
    void hasTheSameContentAsTheHtmlReport() {
        String md = StudentReportMarkdown.render(Fixtures.everything());
        Document doc = rendered(md);

        assertThat(doc.select("h1").text()).isEqualTo("Grading report: ben-max-backup");
        assertThat(doc.select("h2")).extracting(Element::text).containsExactly(
                "MDP policy evaluation (mdp-evaluation)", "A* and consistent heuristics (astar-consistency)",
                "Scaled dot-product attention (attention-scaling)", "KNN and cross-validation (knn-hyperparameters)");
        assertThat(doc.select("p").first().text()).startsWith("2 / 24 points (8%).");
        assertThat(doc.select("table").first().select("tbody tr")).extracting(Element::text).containsExactly(
                "MDP policy evaluation ◐ graded 1 of 5 tests passed 2 / 10",
                "A* and consistent heuristics ✗ compile error no test ran (2 tests) 0 / 6",
                "Scaled dot-product attention ∅ missing no test ran (1 test) 0 / 5",
                "KNN and cross-validation ⊘ rejected no test ran (1 test) 0 / 3");
        assertThat(doc.select("h4")).extracting(Element::text).containsExactly(
                "✗ failed: iterative matches exact (0 / 3 points)", "! errored: q from v (0 / 2.5 points)",
                "⌛ timed out: converges on a large MDP (0 / 1.5 points)", "– not run: v from q (0 / 1 points)");
        assertThat(doc.select("blockquote")).extracting(Element::text).containsExactly(
                "Hint: Policy evaluation averages over the policy's actions.", "Hint: Check the discount factor.",
                "Hint: Stop when the change is small.");
        assertThat(doc.text()).contains("What to do next: Fix the 4 tests that did not pass", "What to do next: Your code does not",
                "What to do next: This exercise was not found", "What to do next: Your code uses something",
                "Counterexample (seed -4048877233920043478)", "Check with bin/grader check mdp-evaluation");
        List<String> blocks = codeBlocks(md);
        assertThat(blocks).contains("mdp: Mdp[states=3]\ngamma: 0.9\n", "debug: v = [1, 2]\n",
                "state 2: expected -1.75 but was 4.0\n",
                "astar-consistency/src/course/search/AStar.java:12:17\ncannot find symbol\n  symbol:   variable "
                        + "frontier\n12 |         int n = frontier.size();\n   |                 ^\n");
    }

    @Test
    void testTablesListEveryOutcomeInWords() {
        Document doc = rendered(StudentReportMarkdown.render(Fixtures.everything()));

        Element tests = doc.select("h3:contains(Tests) + table").first();
        assertThat(tests.select("tbody tr")).extracting(r -> r.select("td").first().text()).containsExactly(
                "✓ passed", "✗ failed", "! errored", "⌛ timed out", "– not run");
    }

    @Test
    void hostileOutputStaysInsideCodeBlocksAndNamesStayText() {
        String md = StudentReportMarkdown.render(Fixtures.hostile());
        Document doc = rendered(md);
        String shown = Visible.visible(Fixtures.HOSTILE);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(doc.select("h1").text()).isEqualTo("Grading report: =cmd|' /C calc'!A0 <script>alert(1)</script>");
        assertThat(codeBlocks(md)).contains(shown + "\n", "input: " + shown + "\n");
        for (Element pre : doc.select("pre")) {
            assertThat(pre.children()).as("nothing breaks out of a code block").hasSize(1);
            assertThat(pre.child(0).tagName()).isEqualTo("code");
            assertThat(pre.child(0).children()).isEmpty();
        }
        Element row = doc.select("h3:contains(Tests) + table tbody tr").first();
        assertThat(row.select("td")).as("a | in a name does not split the cell").hasSize(3);
        assertThat(row.select("td").get(1).text()).isEqualTo(shown.strip());
        assertThat(doc.select("blockquote").text()).contains("<script>alert('x')</script>");
        assertThat(md).doesNotContain("\u001b", "\u0000", "\u202e");
    }

    @Test
    void everyFenceIsLongerThanAnyBacktickRunItEncloses() {
        String md = StudentReportMarkdown.render(Fixtures.hostile());
        Matcher fence = Pattern.compile("(?m)^(`{3,})text\\n([\\s\\S]*?)^\\1$").matcher(md);

        int blocks = 0;
        while (fence.find()) {
            blocks++;
            Matcher run = Pattern.compile("`+").matcher(fence.group(2));
            while (run.find()) {
                assertThat(run.group().length()).isLessThan(fence.group(1).length());
            }
        }
        assertThat(blocks).isEqualTo(codeBlocks(md).size()).isGreaterThan(5);
    }

    @Test
    void codeSpansAndInlineTextSurviveBackticksAndMarkdownSyntax() throws TemplateModelException {
        String[] names = {"`a`", "``", "a``b", "*bold* _it_ [x](javascript:alert(1)) ![i](http://x/y.png)",
            "# not a heading", "- not a list", "1. not a list", "<b>raw</b> &amp; | cell", "2.5"};
        for (String name : names) {
            String code = MarkdownOutputFormat.INSTANCE.getMarkupString(Markdown.INSTANCE.code(name));
            Node doc = PARSER.parse("x " + Markdown.escape(name) + " " + code);
            Document html = Jsoup.parse(RENDERER.render(doc));
            assertThat(html.select("a, img, em, strong, b, h1, ul, ol")).as(name).isEmpty();
            assertThat(html.select("code").text()).as(name).isEqualTo(name);
            assertThat(html.select("p").first().ownText().strip()).as(name).isEqualTo("x " + name);
        }
    }
}
