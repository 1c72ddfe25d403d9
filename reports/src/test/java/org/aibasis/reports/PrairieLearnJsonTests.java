package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;

/** The results follow PrairieLearn's external grading results format. */
class PrairieLearnJsonTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGradedSubmissionHasAFractionalScoreAndOneEntryPerTest() throws IOException {
        JsonNode root = JSON.readTree(PrairieLearnJson.render(new SubmissionResult("s",
                List.of(Fixtures.gradedWithEveryOutcome(), Fixtures.rejected()))));

        assertThat(root.get("gradable").asBoolean()).isTrue();
        assertThat(root.get("score").asDouble()).isEqualTo(2.0 / 13.0);
        assertThat(root.has("format_errors")).isFalse();
        assertThat(root.get("message").asText()).startsWith("2 / 13 points");
        assertThat(root.get("output").asText()).contains("2 / 13 points");
        JsonNode tests = root.get("tests");
        assertThat(tests).hasSize(6);
        for (JsonNode t : tests) {
            assertThat(t.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("name",
                    "description", "points", "max_points", "message", "output");
        }
        assertThat(tests.get(0).get("points").asDouble()).isEqualTo(2.0);
        assertThat(tests.get(1).get("max_points").asDouble()).isEqualTo(3.0);
        assertThat(tests.get(1).get("message").asText()).isEqualTo("failed: state 2: expected -1.75 but was 4.0");
        assertThat(tests.get(1).get("output").asText()).contains("Counterexample", "Hint:");
        assertThat(tests.get(5).get("output").asText()).contains("System.exit is not allowed");
    }

    @Test
    void aSubmissionThatDoesNotCompileIsNotGradable() throws IOException {
        JsonNode root = JSON.readTree(PrairieLearnJson.render(new SubmissionResult("s",
                List.of(Fixtures.compileError()))));

        assertThat(root.get("gradable").asBoolean()).isFalse();
        assertThat(root.get("score").asDouble()).isZero();
        assertThat(root.get("format_errors").get(0).asText()).startsWith("astar-consistency: The code does not "
                + "compile:").contains("AStar.java:12:17");
    }

    @Test
    void theScoreStaysInTheUnitInterval() throws IOException {
        assertThat(JSON.readTree(PrairieLearnJson.render(new SubmissionResult("s", List.of()))).get("score")
                .asDouble()).isZero();
    }
}
