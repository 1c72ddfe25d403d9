package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aibasis.quiz.AllBanksValidTests;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Formulas reach Moodle between $$ $$ in HTML texts, which its TeX and MathJax filters render; plain texts stay. */
class MoodleFormulaTests {
    private static final Bank BANDITS = QuizLibrary.load(AllBanksValidTests.quizzesFolder()).bank("rl-bandits")
            .orElseThrow();
    private static final String UCB = "$$A_t = \\operatorname{ argmax }_a \\left[ Q_t(a) + c \\sqrt{ \\ln t / N_t(a) }"
            + " \\right]$$";

    private static Element question(Document doc, String name) {
        NodeList questions = doc.getElementsByTagName("question");
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            NodeList names = q.getElementsByTagName("name");
            if (names.getLength() > 0 && names.item(0).getTextContent().strip().equals(name)) {
                return q;
            }
        }
        throw new AssertionError("no question " + name);
    }

    @Test
    void moodleXmlSendsAQuestionWithAFormulaAsHtmlWithTheTexBetweenDoubleDollars() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                MoodleXml.export(BANDITS, LmsLanguage.EN).getBytes(StandardCharsets.UTF_8)));

        Element ucb = question(doc, "ucb-untried-arm");
        Element text = (Element) ucb.getElementsByTagName("questiontext").item(0);
        assertThat(text.getAttribute("format")).isEqualTo("html");
        assertThat(text.getTextContent()).contains(UCB).doesNotContain("\\(", "\\)");
        NodeList answers = ucb.getElementsByTagName("answer");
        for (int i = 0; i < answers.getLength(); i++) {
            assertThat(((Element) answers.item(i)).getAttribute("format")).isEqualTo("html");
        }
        Element plain = (Element) question(doc, "ucb-score").getElementsByTagName("generalfeedback").item(0);
        assertThat(plain.getAttribute("format")).as("the stem of ucb-score has a formula, so all its texts are HTML")
                .isEqualTo("html");
    }

    @Test
    void giftEscapesTheTexSoMoodleReadsItBackAsWritten() {
        String gift = Gift.export(BANDITS, LmsLanguage.EN);
        String line = gift.lines().filter(l -> l.startsWith("::ucb-untried-arm::")).findFirst().orElseThrow();

        assertThat(line).startsWith("::ucb-untried-arm::[html]");
        assertThat(Gift.unescape(line)).contains(UCB);
        assertThat(gift.lines().filter(l -> l.startsWith("::")).filter(l -> !l.contains("$$")))
                .allMatch(l -> l.contains("::[markdown]"));
    }

    @Test
    void htmlTextsAreEscapedAndKeepTheirLineBreaks() {
        MoodleText html = new MoodleText(LmsLanguage.EN, true);
        assertThat(html.render(org.aibasis.quiz.bank.Text.both("a < b & \\[ x^2 \\]\nnext")))
                .isEqualTo("a &lt; b &amp; $$x^2$$<br>next");
        assertThat(new MoodleText(LmsLanguage.EN, false).render(org.aibasis.quiz.bank.Text.both("a < b")))
                .isEqualTo("a < b");
    }
}
