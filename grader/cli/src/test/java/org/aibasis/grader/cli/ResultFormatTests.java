package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --format classroom|prairielearn} on a submission whose exercise does not compile (no test runs, so
 * the test is quick): the outputs have the shapes GitHub Classroom's reporter and PrairieLearn read.
 */
class ResultFormatTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DANA = "examples/class/dana-compile-error";

    @Test
    void classroomPrintsOnlyTheRunnerResultOnStandardOutput(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("grade", Cli.home().resolve(DANA).toString(), "--exercise", "mdp-evaluation", "--out",
                out.toString(), "--no-color", "--format", "classroom");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("version").asInt()).isEqualTo(1);
        assertThat(r.get("status").asText()).isEqualTo("error");
        assertThat(r.get("max_score").asDouble()).isPositive();
        assertThat(r.get("tests").size()).isPositive();
        for (JsonNode t : r.get("tests")) {
            assertThat(t.get("name").isTextual()).isTrue();
            assertThat(t.get("status").asText()).isIn("pass", "fail", "error");
            assertThat(t.get("score").isNumber()).isTrue();
            assertThat(t.get("message").isTextual()).isTrue();
            assertThat(t.get("test_code").isTextual()).isTrue();
            assertThat(t.get("filename").isTextual()).isTrue();
            assertThat(t.get("line_no").isIntegralNumber()).isTrue();
            assertThat(t.get("duration").isIntegralNumber()).isTrue();
        }
        JsonNode first = r.get("tests").get(0);
        assertThat(first.get("filename").asText()).endsWith(".java");
        assertThat(first.get("line_no").asLong()).isPositive();
        assertThat(run.err()).contains("compile error", "report.html");
    }

    @Test
    void prairieLearnWritesItsResultsAndACompileErrorIsNotGradable(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("grade", Cli.home().resolve(DANA).toString(), "--exercise", "mdp-evaluation", "--out",
                out.toString(), "--no-color", "--format", "prairielearn");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(out.resolve("results.json").toFile());
        assertThat(r.get("gradable").asBoolean()).isFalse();
        assertThat(r.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.get("format_errors").get(0).asText()).contains("mdp-evaluation");
        assertThat(r.get("tests").size()).isPositive();
        for (JsonNode t : r.get("tests")) {
            assertThat(t.fieldNames()).toIterable().containsAll(Set.of("name", "description", "points",
                    "max_points", "message", "output"));
        }
    }

    @Test
    void anUnknownFormatOrPrairieLearnWithoutAFolderIsRefused() {
        Cli.Run unknown = Cli.run("grade", Cli.home().resolve(DANA).toString(), "--format", "xml");
        Cli.Run noFolder = Cli.run("check", "--format", "prairielearn");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--format xml", "text, classroom, prairielearn");
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("--out");
    }
}
