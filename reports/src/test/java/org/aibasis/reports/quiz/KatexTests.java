package org.aibasis.reports.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** KaTeX goes into a page only when its body has a formula, with everything it needs inside the page. */
class KatexTests {
    private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body><p>%s</p>"
            + "<script type=\"application/json\">{\"x\":1}</script></body></html>";

    @Test
    void aPageWithoutFormulasIsLeftAsItIs() {
        String plain = PAGE.formatted("costs $5 (or \\( without an end");
        assertThat(Katex.bundle(plain)).isEqualTo(plain);
        assertThat(Katex.present("a \\] b \\[")).isFalse();
        assertThat(Katex.present("\\( x \\)")).isTrue();
        assertThat(Katex.present("\\[ x \\]")).isTrue();
    }

    @Test
    void aFormulaInTheTitleAloneBringsNoKatex() {
        String titled = PAGE.formatted("plain").replace("<title>t", "<title>\\( x \\)");
        assertThat(Katex.bundle(titled)).isEqualTo(titled);
    }

    @Test
    void aPageWithAFormulaGetsTheStyleInItsHeadAndTheScriptAtTheEndOfItsBody() {
        String html = Katex.bundle(PAGE.formatted("\\[ \\sum_i p_i = 1 \\]"));

        int style = html.indexOf("<style id=\"katex-style\">");
        int script = html.indexOf("<script id=\"katex-script\">");
        assertThat(style).isPositive().isLessThan(html.indexOf("</head>"));
        assertThat(script).isGreaterThan(html.indexOf("<p>")).isLessThan(html.lastIndexOf("</body>"));
        assertThat(html).contains("<p>\\[ \\sum_i p_i = 1 \\]</p>");
        // one closing tag per element: the bundled code cannot end its own script element early
        assertThat(html.split("</script>", -1)).hasSize(3);
        assertThat(html.substring(script)).contains("renderMathInElement(document.body").contains("katex");
    }

    @Test
    void everyFontOfTheStyleIsAnInlineWoff2SoThePageNeedsNoFileBesideIt() {
        String css = Katex.head();
        assertThat(css).doesNotContain("url(fonts/").doesNotContain(".woff\"").doesNotContain(".ttf");
        Matcher m = Pattern.compile("@font-face\\{[^}]*src:url\\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(css);
        int fonts = 0;
        while (m.find()) {
            fonts++;
            byte[] font = java.util.Base64.getDecoder().decode(m.group(1));
            assertThat(new String(font, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("wOF2");
        }
        assertThat(fonts).isEqualTo(css.split("@font-face", -1).length - 1).isGreaterThanOrEqualTo(19);
    }

    @Test
    void aShortenedTextNeverEndsInHalfAFormula() {
        String formula = "\\( Q_t(a) + c \\sqrt{ \\ln t / N_t(a) } \\)";
        String text = "Score: " + formula + " for each arm";

        assertThat(QuizFormat.oneLine(text, 20)).isEqualTo("Score:\u2026");
        assertThat(QuizFormat.oneLine(text, 7 + formula.length())).isEqualTo("Score:\u2026");
        assertThat(QuizFormat.oneLine(text, 7 + formula.length() + 2)).isEqualTo("Score: " + formula + "\u2026");
        assertThat(QuizFormat.oneLine(text, text.length())).isEqualTo(text);
    }
}
