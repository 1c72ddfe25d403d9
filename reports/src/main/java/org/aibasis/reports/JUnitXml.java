package org.aibasis.reports;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result as a JUnit XML report ({@code junit.xml}), the format CI servers and LMS plug-ins read.
 *
 * <p>{@code <testsuites>} holds one {@code <testsuite>} per exercise (named by its id, with its title, status, score
 * and maximum as properties). Each test is a {@code <testcase>} whose {@code classname} is
 * {@code <exercise id>.<test class>} and whose {@code name} is the test method; a failed test has a
 * {@code <failure>}, an errored or timed-out one an {@code <error>} (with {@code type} {@code errored} or
 * {@code timed-out}), a test that did not run {@code <skipped>}. The explanation (reason, counterexample, hint) is
 * the element's text, what the code printed the test case's {@code <system-out>}, and a suite's compile errors,
 * violations or missing reason its {@code <system-err>}. A test's {@code time} is its measured duration in
 * seconds, a suite's the sum of its tests'.
 */
public final class JUnitXml {
    private static final int MESSAGE_LIMIT = 500;

    private JUnitXml() {
    }

    /** The JUnit XML report for {@code result}. */
    public static String render(SubmissionResult result) {
        StringWriter buffer = new StringWriter();
        try {
            // a factory per report: the JDK's factory is not documented as thread-safe, and batch renders in parallel
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", attr(result.submission()));
            counts(xml, result.exercises().stream().flatMap(e -> e.tests().stream()).toList());
            for (ExerciseResult e : result.exercises()) {
                newline(xml, 1);
                suite(xml, e);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            newline(xml, 0);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        return buffer.toString();
    }

    private static void suite(XMLStreamWriter xml, ExerciseResult e) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", attr(e.exercise().id()));
        counts(xml, e.tests());
        newline(xml, 2);
        xml.writeStartElement("properties");
        property(xml, "title", e.exercise().title());
        property(xml, "status", e.status().label());
        property(xml, "score", Text.points(e.score()));
        property(xml, "maxScore", Text.points(e.maxScore()));
        newline(xml, 2);
        xml.writeEndElement();
        for (TestResult t : e.tests()) {
            newline(xml, 2);
            testcase(xml, e.exercise().id(), t);
        }
        String problems = Failures.problems(e);
        if (!problems.isEmpty()) {
            newline(xml, 2);
            xml.writeStartElement("system-err");
            xml.writeCharacters(Text.visible(problems));
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String exercise, TestResult t) throws XMLStreamException {
        int dot = t.name().lastIndexOf('.');
        String cls = dot < 0 ? exercise : exercise + "." + t.name().substring(0, dot);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", attr(dot < 0 ? t.name() : t.name().substring(dot + 1)));
        xml.writeAttribute("classname", attr(cls));
        xml.writeAttribute("time", seconds(t.durationMs()));
        String element = switch (t.outcome()) {
            case Outcome.Passed p -> "";
            case Outcome.Failed f -> "failure";
            case Outcome.Errored er -> "error";
            case Outcome.TimedOut to -> "error";
            case Outcome.NotRun n -> "skipped";
        };
        if (!element.isEmpty()) {
            newline(xml, 3);
            xml.writeStartElement(element);
            String reason = Views.reason(t.outcome(), Messages.english()).strip();
            xml.writeAttribute("message", attr(reason.isEmpty()
                    ? Views.badge(t.outcome(), Messages.english()).text() : reason));
            if (!element.equals("skipped")) {
                xml.writeAttribute("type", t.outcome().label());
                xml.writeCharacters(Text.visible(Failures.explain(t)));
            }
            xml.writeEndElement();
        }
        if (!t.output().isBlank()) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(Text.bounded(t.output().stripTrailing()));
            xml.writeEndElement();
        }
        if (!element.isEmpty() || !t.output().isBlank()) {
            newline(xml, 2);
        }
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<TestResult> tests) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests.size()));
        xml.writeAttribute("failures", count(tests, Outcome.Failed.class));
        xml.writeAttribute("errors", Long.toString(tests.stream().filter(t -> t.outcome() instanceof Outcome.Errored
                || t.outcome() instanceof Outcome.TimedOut).count()));
        xml.writeAttribute("skipped", count(tests, Outcome.NotRun.class));
        xml.writeAttribute("time", seconds(tests.stream().mapToLong(TestResult::durationMs).sum()));
    }

    /** Milliseconds as JUnit's seconds with three decimals. */
    private static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis, 3).toPlainString();
    }

    private static String count(List<TestResult> tests, Class<? extends Outcome> outcome) {
        return Long.toString(tests.stream().filter(t -> outcome.isInstance(t.outcome())).count());
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", attr(value));
    }

    /** An attribute value: visible, one line, bounded. */
    private static String attr(String s) {
        String v = Text.visible(s).replace('\n', ' ').replace('\t', ' ').strip();
        if (v.length() <= MESSAGE_LIMIT) {
            return v;
        }
        int cut = Character.isLowSurrogate(v.charAt(MESSAGE_LIMIT)) ? MESSAGE_LIMIT - 1 : MESSAGE_LIMIT;
        return v.substring(0, cut) + "\u2026 " + Text.TRUNCATED;
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
