package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.bank.Text;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MoodleXmlTests {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element e, String child) {
        return ((Element) e.getElementsByTagName(child).item(0)).getElementsByTagName("text").item(0).getTextContent();
    }

    @Test
    void exportsEveryQuestionWithItsKeyAndFeedback() throws Exception {
        var bank = Fixtures.demo();
        bank = new org.aibasis.quiz.bank.Bank(bank.id(), bank.topic(), new Text("Demo <&>", "示例"), bank.scheme(),
                bank.questions(), bank.file());
        Document doc = parse(MoodleXml.export(bank, LmsLanguage.EN));
        NodeList questions = doc.getElementsByTagName("question");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < questions.getLength(); i++) {
            types.add(((Element) questions.item(i)).getAttribute("type"));
        }
        assertThat(types).containsExactly("category", "multichoice", "multichoice", "truefalse", "calculated");
        Element category = (Element) questions.item(0);
        assertThat(text(category, "category")).isEqualTo("$course$/top/demo");
        assertThat(text(category, "info")).isEqualTo("Demo <&>");

        Element single = (Element) questions.item(1);
        assertThat(text(single, "name")).isEqualTo("greedy");
        assertThat(single.getElementsByTagName("single").item(0).getTextContent()).isEqualTo("true");
        NodeList answers = single.getElementsByTagName("answer");
        assertThat(((Element) answers.item(0)).getAttribute("fraction")).isEqualTo("100");
        assertThat(((Element) answers.item(1)).getAttribute("fraction")).isEqualTo("0");
        assertThat(text((Element) answers.item(1), "feedback")).isEqualTo("That is exploration.");
        assertThat(text(single, "generalfeedback")).isEqualTo("Greedy = argmax Q.");

        Element multiple = (Element) questions.item(2);
        assertThat(multiple.getElementsByTagName("defaultgrade").item(0).getTextContent()).isEqualTo("2");
        NodeList manyAnswers = multiple.getElementsByTagName("answer");
        List<String> fractions = new ArrayList<>();
        for (int i = 0; i < manyAnswers.getLength(); i++) {
            fractions.add(((Element) manyAnswers.item(i)).getAttribute("fraction"));
        }
        assertThat(fractions).containsExactly("50", "50", "-50", "-50");

        Element tf = (Element) questions.item(3);
        NodeList tfAnswers = tf.getElementsByTagName("answer");
        assertThat(((Element) tfAnswers.item(0)).getAttribute("fraction")).isEqualTo("0");
        assertThat(tfAnswers.item(0).getTextContent()).startsWith("true");
        assertThat(((Element) tfAnswers.item(1)).getAttribute("fraction")).isEqualTo("100");

        // ucb-score: q + c * sqrt(ln(t) / n), with bonus = c * sqrt(ln(t) / n) written out where it is printed
        Element numeric = (Element) questions.item(4);
        assertThat(text(numeric, "questiontext")).isEqualTo("Q = {q}, N = {n}, t = {t}, c = {c}. UCB score?");
        assertThat(text(numeric, "generalfeedback")).isEqualTo(
                "{q} + {=round({c}*sqrt(log({t})/{n}),3)} = {=round({q}+{c}*sqrt(log({t})/{n}),3)}");
        Element answer = (Element) numeric.getElementsByTagName("answer").item(0);
        assertThat(answer.getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("{q}+{c}*sqrt(log({t})/{n})");
        assertThat(numeric.getElementsByTagName("tolerance").item(0).getTextContent()).isEqualTo("0.005");
        assertThat(numeric.getElementsByTagName("tolerancetype").item(0).getTextContent()).as("nominal")
                .isEqualTo("2");
        NodeList names = numeric.getElementsByTagName("dataset_definition");
        List<String> wildcards = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            wildcards.add(text((Element) names.item(i), "name"));
        }
        assertThat(wildcards).as("drawn parameters only; bonus is derived").containsExactly("q", "n", "t", "c");
    }

    @Test
    void aQuestionMoodleCannotComputeIsOneFixedVariantWithACommentSayingWhy() throws Exception {
        var bank = MoodleCalculatedTests.oneQuestion("""
                type: numeric
                params:
                  n: {values: [5]}
                answer: "choose(n, 2)"
                text: {en: "Pairs among {n}?", zh: "{n} 个中有几对？"}
                explanation: {en: "{answer}", zh: "{answer}"}
                """);
        MoodleExport export = MoodleXml.write(bank, LmsLanguage.ZH);
        Element q = (Element) parse(export.xml()).getElementsByTagName("question").item(1);
        assertThat(q.getAttribute("type")).isEqualTo("numerical");
        // choose(5, 2) = 10
        assertThat(text(q, "questiontext")).isEqualTo("5 个中有几对？");
        assertThat(text(q, "generalfeedback")).isEqualTo("10");
        assertThat(export.xml()).contains("<!-- aibasis: q is one fixed variant: the answer uses choose(n, k),"
                + " which Moodle's formulas lack (no binomial or factorial function) -->");
        assertThat(export.parameterized()).containsExactly(new MoodleExport.FixedVariant("q", "the answer uses"
                + " choose(n, k), which Moodle's formulas lack (no binomial or factorial function)"));
    }
}
