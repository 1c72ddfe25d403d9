package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The JUnit XML report is well-formed and maps outcomes to the elements CI servers know. */
class JUnitXmlTests {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void hasOneSuitePerExerciseAndOneCasePerTest() throws Exception {
        Element root = parse(JUnitXml.render(Fixtures.everything())).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("name")).isEqualTo("ben-max-backup");
        assertThat(root.getAttribute("tests")).isEqualTo("9");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("5");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("mdp-evaluation",
                "astar-consistency", "attention-scaling", "knn-hyperparameters");
        assertThat(suites).extracting(s -> s.getAttribute("tests")).containsExactly("5", "2", "1", "1");
        assertThat(elements(root, "testcase")).hasSize(9);
    }

    @Test
    void mapsEveryOutcomeToItsElement() throws Exception {
        Element mdp = elements(parse(JUnitXml.render(Fixtures.everything())).getDocumentElement(), "testsuite")
                .get(0);
        List<Element> cases = elements(mdp, "testcase");

        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsExactly(
                "mdp-evaluation.PolicyEvaluationTests", "mdp-evaluation.PolicyEvaluationProperties",
                "mdp-evaluation.PolicyEvaluationTests", "mdp-evaluation.PolicyEvaluationTests",
                "mdp-evaluation.PolicyEvaluationTests");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("exactOnChain",
                "iterativeMatchesExact", "qFromV", "converges", "vFromQ");
        assertThat(elements(cases.get(0), "*")).isEmpty();
        Element failure = elements(cases.get(1), "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("failed");
        assertThat(failure.getAttribute("message")).isEqualTo("state 2: expected -1.75 but was 4.0");
        assertThat(failure.getTextContent()).contains("Counterexample (seed -4048877233920043478):",
                "Hint: Policy evaluation averages");
        assertThat(elements(cases.get(1), "system-out").get(0).getTextContent()).isEqualTo("debug: v = [1, 2]");
        assertThat(elements(cases.get(2), "error").get(0).getAttribute("type"))
                .isEqualTo("java.lang.ArithmeticException");
        assertThat(elements(cases.get(3), "error").get(0).getAttribute("type")).isEqualTo("timed-out");
        assertThat(elements(cases.get(4), "skipped").get(0).getAttribute("message"))
                .isEqualTo("the test did not run");
        assertThat(elements(mdp, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .containsExactly("title=MDP policy evaluation", "status=graded", "score=2", "maxScore=10");
    }

    @Test
    void explainsWhyAnExerciseDidNotRun() throws Exception {
        Element astar = elements(parse(JUnitXml.render(Fixtures.everything())).getDocumentElement(), "testsuite")
                .get(1);

        assertThat(elements(astar, "system-err")).isEmpty();
        assertThat(elements(astar, "skipped")).hasSize(2).allSatisfy(s -> assertThat(s.getTextContent())
                .contains("The code does not compile:", "AStar.java:12:17", "12 |         int n = frontier.size();"));
    }

    @Test
    void hostileTextKeepsTheXmlWellFormed() throws Exception {
        String xml = JUnitXml.render(Fixtures.hostile());
        Element root = parse(xml).getDocumentElement();

        assertThat(root.getAttribute("name")).isEqualTo("=cmd|' /C calc'!A0 <script>alert(1)</script>");
        Element failure = elements(root, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo(Visible.visible(Fixtures.HOSTILE));
        assertThat(failure.getTextContent()).contains(Visible.visible(Fixtures.HOSTILE));
        assertThat(elements(root, "script")).isEmpty();
        assertThat(xml).doesNotContain("\u001b", "\u0000");
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() throws Exception {
        String nasty = "a\u0000b\u0008c\ufffe\uffffd\ud800e]]>f";
        var r = new org.aibasis.grader.model.SubmissionResult(nasty, List.of());

        Element root = parse(JUnitXml.render(r)).getDocumentElement();

        assertThat(root.getAttribute("name")).isEqualTo("a\u2400b\u2408c\ufffd\ufffdd\ufffde]]>f");
    }
}
