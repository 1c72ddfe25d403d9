package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;

/** The Gradescope results follow Gradescope's autograder format. */
class GradescopeJsonTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hasTheTopLevelFieldsGradescopeReads() throws IOException {
        JsonNode root = JSON.readTree(GradescopeJson.render(Fixtures.everything()));

        assertThat(root.get("score").isNumber()).isTrue();
        assertThat(root.get("score").asDouble()).isEqualTo(2.0);
        assertThat(root.get("output").asText()).startsWith("Submission ben-max-backup: 2 / 24 points");
        assertThat(root.get("output_format").asText()).isEqualTo("text");
        assertThat(root.get("visibility").asText()).isEqualTo("after_published");
        assertThat(root.get("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(root.get("execution_time").isIntegralNumber()).isTrue();
        assertThat(root.get("tests").isArray()).isTrue();
    }

    @Test
    void hasOneTestPerTestWithScoreMaxScoreAndStatus() throws IOException {
        JsonNode tests = JSON.readTree(GradescopeJson.render(Fixtures.everything())).get("tests");

        // 9 hidden tests and one "could not be graded" entry for each of the 3 exercises that did not run
        assertThat(tests).hasSize(12);
        double score = 0;
        double max = 0;
        List<String> statuses = new ArrayList<>();
        for (JsonNode t : tests) {
            assertThat(t.get("name").isTextual()).isTrue();
            assertThat(t.get("score").isNumber()).isTrue();
            assertThat(t.get("max_score").isNumber()).isTrue();
            assertThat(t.get("output").isTextual()).isTrue();
            assertThat(t.get("output_format").asText()).isEqualTo("text");
            assertThat(t.get("number").isTextual()).isTrue();
            assertThat(t.get("tags").isArray()).isTrue();
            boolean hidden = t.get("tags").get(2).asText().equals("hidden");
            assertThat(t.get("visibility").asText()).isEqualTo(hidden ? "after_published" : "visible");
            statuses.add(t.get("status").asText());
            score += t.get("score").asDouble();
            max += t.get("max_score").asDouble();
        }
        assertThat(score).isEqualTo(2.0);
        assertThat(max).isEqualTo(24.0);
        assertThat(statuses).containsOnly("passed", "failed").startsWith("passed", "failed", "failed");
        assertThat(tests.get(0).get("name").asText()).isEqualTo("mdp-evaluation: exact evaluation on a chain");
        assertThat(tests.get(0).get("number").asText()).isEqualTo("1.1");
        assertThat(tests.get(0).get("tags")).extracting(JsonNode::asText).containsExactly("mdp-evaluation",
                "reinforcement learning", "hidden");
        assertThat(tests.get(0).get("output").asText()).isEqualTo("passed");
    }

    @Test
    void explainsEveryLostPoint() throws IOException {
        JsonNode tests = JSON.readTree(GradescopeJson.render(Fixtures.everything())).get("tests");

        assertThat(tests.get(1).get("output").asText()).isEqualTo("""
                failed: state 2: expected -1.75 but was 4.0

                Counterexample (seed -4048877233920043478):
                mdp: Mdp[states=3]
                gamma: 0.9

                Before shrinking:
                mdp: Mdp[states=17]
                gamma: 0.99

                Hint: Policy evaluation averages over the policy's actions.

                Your code printed:
                debug: v = [1, 2]

                Note: mdp-evaluation/src/course/mdp/PolicyEvaluation.java
                expected `double[] evaluate(Mdp, Policy, double)` in `PolicyEvaluation`; found \
                `evaluate(Mdp, Policy)`""");
        assertThat(tests.get(6).get("output").asText()).startsWith("not run: the code did not compile")
                .contains("Hint: Use a priority queue.", "The code does not compile:",
                        "astar-consistency/src/course/search/AStar.java:12:17", "^");
    }

    @Test
    void anExerciseThatDidNotCompileGetsAVisibleEntrySayingWhy() throws IOException {
        JsonNode entry = JSON.readTree(GradescopeJson.render(Fixtures.everything())).get("tests").get(5);

        assertThat(entry.get("name").asText()).isEqualTo("astar-consistency: could not be graded");
        assertThat(entry.get("number").asText()).isEqualTo("2.1");
        assertThat(entry.get("visibility").asText()).isEqualTo("visible");
        assertThat(entry.get("max_score").asDouble()).isZero();
        assertThat(entry.get("status").asText()).isEqualTo("failed");
        assertThat(entry.get("output").asText()).startsWith("The code does not compile:").contains("AStar.java:12:17");
    }

    @Test
    void publicTestsAreVisibleAndWorthNoPointsHiddenOnesTakeTheExercisesVisibility() throws IOException {
        SubmissionResult graded = new SubmissionResult("s", List.of(Fixtures.gradedWithEveryOutcome()));
        SubmissionResult checked = new SubmissionResult("s", List.of(new ExerciseResult(Fixtures.MDP,
                new ExerciseStatus.Graded(), List.of(Fixtures.passed("PolicyEvaluationPublicTests.tiny", 1)),
                List.of())));
        JsonNode root = JSON.readTree(GradescopeJson.render(graded, checked, new GradescopeJson.Settings(
                id -> GradescopeJson.Visibility.AFTER_DUE_DATE, Duration.ofMillis(136_400))));

        assertThat(root.get("execution_time").asLong()).isEqualTo(136);
        assertThat(root.get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(root.get("score").asDouble()).isEqualTo(2.0);
        JsonNode first = root.get("tests").get(0);
        assertThat(first.get("name").asText()).isEqualTo("mdp-evaluation: public test PolicyEvaluationPublicTests.tiny");
        assertThat(first.get("visibility").asText()).isEqualTo("visible");
        assertThat(first.get("max_score").asDouble()).isZero();
        assertThat(first.get("tags").get(2).asText()).isEqualTo("public");
        assertThat(root.get("tests").get(1).get("visibility").asText()).isEqualTo("after_due_date");
        assertThat(root.get("tests").get(1).get("number").asText()).isEqualTo("1.2");
    }

    @Test
    void visibilitiesAreGradescopesWords() {
        assertThat(GradescopeJson.Visibility.values()).extracting(GradescopeJson.Visibility::label)
                .containsExactly("hidden", "after_due_date", "after_published", "visible");
        assertThat(GradescopeJson.Visibility.of("after_due_date")).contains(GradescopeJson.Visibility.AFTER_DUE_DATE);
        assertThat(GradescopeJson.Visibility.of("later")).isEmpty();
    }

    @Test
    void hostileTextIsPlainTextData() throws IOException {
        String json = GradescopeJson.render(Fixtures.hostile());
        JsonNode root = JSON.readTree(json);

        assertThat(json).doesNotContain("\u001b", "\u202e");
        assertThat(root.get("tests").get(0).get("output").asText()).contains(Visible.visible(Fixtures.HOSTILE));
        assertThat(root.get("output_format").asText()).isEqualTo("text");
    }
}
