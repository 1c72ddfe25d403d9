package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.SubmissionResult;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;

/**
 * Every exercise's {@code TEST-<id>.xml} is valid against Maven Surefire's own report schema (unpacked by the build
 * from Surefire's source release, see reports/pom.xml), and Surefire's own report reader reads it as we mean it.
 */
class SurefireSchemaTests {
    private static final Path XSD = Path.of("target", "surefire-schema", "surefire-test-report.xsd");

    private static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(XSD.toFile()).newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    private static List<ReportTestSuite> read(String xml) throws Exception {
        return new TestSuiteXmlParser(new NullConsoleLogger()).parse(new InputStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    @Test
    void everyExerciseReportIsValidAgainstTheSurefireSchema() throws Exception {
        for (SubmissionResult r : List.of(Fixtures.everything(), Fixtures.hostile())) {
            for (ExerciseResult e : r.exercises()) {
                validate(JUnitXml.render(e));
            }
        }
    }

    @Test
    void surefireReadsOutcomesCountsAndTimes() throws Exception {
        ExerciseResult mdp = Fixtures.gradedWithEveryOutcome();
        List<ReportTestSuite> suites = read(JUnitXml.render(mdp));

        // Surefire's reader groups test cases by class name, as its own reports are one per test class
        assertThat(suites).extracting(ReportTestSuite::getFullClassName).containsExactly(
                "mdp-evaluation.PolicyEvaluationTests", "mdp-evaluation.PolicyEvaluationProperties");
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(5);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(1);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum()).isEqualTo(2);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum()).isEqualTo(1);
        Map<String, ReportTestCase> cases = suites.stream().flatMap(x -> x.getTestCases().stream())
                .collect(Collectors.toMap(ReportTestCase::getName, c -> c));
        assertThat(cases.keySet()).containsExactlyInAnyOrder("exactOnChain", "iterativeMatchesExact", "qFromV",
                "converges", "vFromQ");
        assertThat(cases.get("exactOnChain").isSuccessful()).isTrue();
        assertThat(cases.get("iterativeMatchesExact").hasFailure()).isTrue();
        assertThat(cases.get("iterativeMatchesExact").getFailureMessage())
                .isEqualTo("state 2: expected -1.75 but was 4.0");
        assertThat(cases.get("qFromV").hasError()).isTrue();
        assertThat(cases.get("qFromV").getFailureType()).isEqualTo("java.lang.ArithmeticException");
        assertThat(cases.get("converges").hasError()).isTrue();
        assertThat(cases.get("converges").getFailureType()).isEqualTo("timed-out");
        assertThat(cases.get("vFromQ").hasSkipped()).isTrue();
        assertThat(cases.values()).allSatisfy(c -> assertThat(c.getTime()).isGreaterThanOrEqualTo(0f));
    }

    @Test
    void aSuiteThatDidNotCompileSaysWhyInEverySkippedTest() throws Exception {
        List<ReportTestSuite> suites = read(JUnitXml.render(Fixtures.compileError()));

        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum()).isEqualTo(2);
        assertThat(JUnitXml.render(Fixtures.compileError())).contains("The code does not compile:",
                "AStar.java:12:17");
    }

    @Test
    void theFileIsNamedAfterTheExerciseAndStaysOneFileName() {
        assertThat(JUnitXml.fileName(Fixtures.gradedWithEveryOutcome())).isEqualTo("TEST-mdp-evaluation.xml");
        ExerciseResult odd = new ExerciseResult(new org.aibasis.grader.model.ExerciseInfo("../x/y z", "t", "rl"),
                new org.aibasis.grader.model.ExerciseStatus.Graded(), List.of(), List.of());
        assertThat(JUnitXml.fileName(odd)).isEqualTo("TEST-.._x_y_z.xml").doesNotContain("/");
    }
}
