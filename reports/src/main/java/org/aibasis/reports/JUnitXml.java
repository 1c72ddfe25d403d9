package org.aibasis.reports;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result as JUnit XML in the schema of Maven Surefire's reports ({@code surefire-test-report.xsd}), the format
 * CI servers, IDEs and LMS plug-ins read: {@code TEST-<exercise id>.xml} per exercise, whose root is one
 * {@code <testsuite>}, and {@code junit.xml} with every exercise's {@code <testsuite>} in one {@code <testsuites>}.
 *
 * <p>A suite is named by the exercise id and carries its title, status, score and maximum as properties. Each test
 * is a {@code <testcase>} whose {@code classname} is {@code <exercise id>.<test class>} and whose {@code name} is
 * the test method; a failed test (an assertion did not hold) has a {@code <failure>}, an errored one (the code
 * threw) or a timed-out one an {@code <error>} (with {@code type} the exception's class where the message names
 * one, else {@code errored} or {@code timed-out}), a test that did not run {@code <skipped>}. The explanation
 * (reason, counterexample, hint, and the exercise's compile errors, violations or missing reason) is the element's
 * text, what the code printed the test case's {@code <system-out>}. {@code time} is the test's running time in
 * seconds.
 */
public final class JUnitXml {
    private static final int MESSAGE_LIMIT = 500;
    private static final Pattern EXCEPTION = Pattern.compile(
            "^((?:[A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*(?:Exception|Error|Throwable))(?::|$|\\s)");

    private JUnitXml() {
    }

    /** The file name of an exercise's Surefire report: {@code TEST-<exercise id>.xml}. */
    public static String fileName(ExerciseResult e) {
        // ids are folder names of the course; anything else becomes _ so the name stays one plain file name
        return "TEST-" + e.exercise().id().replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }

    /** The JUnit XML report of every exercise of {@code result} ({@code <testsuites>}). */
    public static String render(SubmissionResult result) {
        return document(xml -> {
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", attr(result.submission()));
            counts(xml, result.exercises().stream().flatMap(e -> e.tests().stream()).toList());
            for (ExerciseResult e : result.exercises()) {
                newline(xml, 1);
                suite(xml, e, 1);
            }
            newline(xml, 0);
            xml.writeEndElement();
        });
    }

    /** The Surefire report of one exercise ({@code <testsuite>} as the root), valid against Surefire's XSD. */
    public static String render(ExerciseResult exercise) {
        return document(xml -> suite(xml, exercise, 0));
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String document(Body body) {
        StringWriter buffer = new StringWriter();
        try {
            // a factory per report: the JDK's factory is not documented as thread-safe, and batch renders in parallel
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            body.write(xml);
            xml.writeEndDocument();
            newline(xml, 0);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        return buffer.toString();
    }

    private static void suite(XMLStreamWriter xml, ExerciseResult e, int depth) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", attr(e.exercise().id()));
        counts(xml, e.tests());
        newline(xml, depth + 1);
        xml.writeStartElement("properties");
        property(xml, depth + 2, "title", e.exercise().title());
        property(xml, depth + 2, "status", e.status().label());
        property(xml, depth + 2, "score", Visible.points(e.score()));
        property(xml, depth + 2, "maxScore", Visible.points(e.maxScore()));
        newline(xml, depth + 1);
        xml.writeEndElement();
        String problems = Failures.problems(e);
        for (TestResult t : e.tests()) {
            newline(xml, depth + 1);
            testcase(xml, e.exercise().id(), t, problems, depth + 1);
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String exercise, TestResult t, String problems, int depth)
            throws XMLStreamException {
        int dot = t.name().lastIndexOf('.');
        String cls = dot < 0 ? exercise : exercise + "." + t.name().substring(0, dot);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", attr(dot < 0 ? t.name() : t.name().substring(dot + 1)));
        xml.writeAttribute("classname", attr(cls));
        xml.writeAttribute("time", Durations.seconds(Durations.of(t)));
        String element = switch (t.outcome()) {
            case Outcome.Passed p -> "";
            case Outcome.Failed f -> "failure";
            case Outcome.Errored er -> "error";
            case Outcome.TimedOut to -> "error";
            case Outcome.NotRun n -> "skipped";
        };
        if (!element.isEmpty()) {
            newline(xml, depth + 1);
            xml.writeStartElement(element);
            String reason = Views.reason(t.outcome(), Messages.english()).strip();
            xml.writeAttribute("message", attr(reason.isEmpty()
                    ? Views.badge(t.outcome(), Messages.english()).text() : reason));
            if (!element.equals("skipped")) {
                Matcher thrown = EXCEPTION.matcher(reason);
                xml.writeAttribute("type", t.outcome() instanceof Outcome.Errored && thrown.find() ? thrown.group(1)
                        : t.outcome().label());
            }
            xml.writeCharacters(Visible.visible(Failures.explain(t) + (problems.isEmpty() ? "" : "\n\n" + problems)));
            xml.writeEndElement();
        }
        if (!t.output().isBlank()) {
            newline(xml, depth + 1);
            xml.writeStartElement("system-out");
            xml.writeCharacters(Visible.bounded(t.output().stripTrailing()));
            xml.writeEndElement();
        }
        if (!element.isEmpty() || !t.output().isBlank()) {
            newline(xml, depth);
        }
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<TestResult> tests) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests.size()));
        xml.writeAttribute("failures", count(tests, Outcome.Failed.class));
        xml.writeAttribute("errors", Long.toString(tests.stream().filter(t -> t.outcome() instanceof Outcome.Errored
                || t.outcome() instanceof Outcome.TimedOut).count()));
        xml.writeAttribute("skipped", count(tests, Outcome.NotRun.class));
        xml.writeAttribute("time", Durations.seconds(tests.stream().map(Durations::of)
                .reduce(Duration.ZERO, Duration::plus)));
    }

    private static String count(List<TestResult> tests, Class<? extends Outcome> outcome) {
        return Long.toString(tests.stream().filter(t -> outcome.isInstance(t.outcome())).count());
    }

    private static void property(XMLStreamWriter xml, int depth, String name, String value)
            throws XMLStreamException {
        newline(xml, depth);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", attr(value));
    }

    /** An attribute value: visible, one line, bounded. */
    private static String attr(String s) {
        String v = Visible.visible(s).replace('\n', ' ').replace('\t', ' ').strip();
        if (v.length() <= MESSAGE_LIMIT) {
            return v;
        }
        int cut = Character.isLowSurrogate(v.charAt(MESSAGE_LIMIT)) ? MESSAGE_LIMIT - 1 : MESSAGE_LIMIT;
        return v.substring(0, cut) + "\u2026 " + Visible.TRUNCATED;
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
