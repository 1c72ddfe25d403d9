package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;

/**
 * The result has the shape of GitHub Classroom's runner results (autograding-command-grader's {@code result}
 * output), with the fields autograding-grading-reporter reads: status, max_score, and per test name, status,
 * score, message, test_code, filename, line_no, duration.
 */
class ClassroomJsonTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("name", "status", "score", "message", "test_code", "filename",
            "line_no", "duration");

    private static JsonNode render(SubmissionResult r) throws IOException {
        return JSON.readTree(ClassroomJson.render(r, "bin/grader check"));
    }

    @Test
    void hasTheRunnerResultShape() throws IOException {
        JsonNode root = render(Fixtures.everything());

        assertThat(root.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("version", "status",
                "max_score", "tests");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("max_score").asDouble()).isEqualTo(24.0);
        for (JsonNode t : root.get("tests")) {
            assertThat(t.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyElementsOf(FIELDS);
            assertThat(t.get("status").asText()).isIn("pass", "fail", "error");
            assertThat(t.get("line_no").isIntegralNumber()).isTrue();
            assertThat(t.get("duration").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void mapsOutcomesAndSumsToTheScore() throws IOException {
        JsonNode tests = render(new SubmissionResult("s", List.of(Fixtures.gradedWithEveryOutcome()))).get("tests");

        assertThat(tests).extracting(t -> t.get("status").asText()).containsExactly("pass", "fail", "error",
                "error", "error");
        double sum = 0;
        for (JsonNode t : tests) {
            sum += t.get("score").asDouble();
        }
        assertThat(sum).isEqualTo(2.0);
        assertThat(tests.get(0).get("message").asText()).isEmpty();
        assertThat(tests.get(1).get("message").asText()).contains("expected -1.75 but was 4.0", "Counterexample");
        assertThat(tests.get(1).get("test_code").asText()).isEqualTo("bin/grader check mdp-evaluation");
    }

    @Test
    void statusIsPassFailOrErrorForTheWholeRun() throws IOException {
        SubmissionResult allPass = new SubmissionResult("s", List.of(new ExerciseResult(Fixtures.MDP,
                new ExerciseStatus.Graded(), List.of(Fixtures.passed("A.b", 1)), List.of())));
        SubmissionResult someFail = new SubmissionResult("s", List.of(Fixtures.gradedWithEveryOutcome()));

        assertThat(render(allPass).get("status").asText()).isEqualTo("pass");
        assertThat(render(someFail).get("status").asText()).isEqualTo("fail");
        assertThat(render(Fixtures.everything()).get("status").asText()).isEqualTo("error");
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() throws IOException {
        JsonNode entry = render(new SubmissionResult("s", List.of(Fixtures.compileError()))).get("tests").get(0);

        assertThat(entry.get("name").asText()).isEqualTo("astar-consistency: could not be graded");
        assertThat(entry.get("status").asText()).isEqualTo("error");
        assertThat(entry.get("filename").asText()).isEqualTo("astar-consistency/src/course/search/AStar.java");
        assertThat(entry.get("line_no").asInt()).isEqualTo(12);
        assertThat(entry.get("message").asText()).startsWith("The code does not compile:");
    }
}
