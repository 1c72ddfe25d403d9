package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result JSON follows the documented schema, field by field, and reads back. */
class ResultJsonTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(SubmissionResult r) throws IOException {
        return JSON.readTree(ResultJson.render(r));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelHasTheDocumentedFieldsInOrderWithTheirTypes() throws IOException {
        JsonNode root = tree(Fixtures.everything());

        assertThat(fields(root)).containsExactly("submission", "score", "maxScore", "exercises");
        assertThat(root.get("submission").isTextual()).isTrue();
        assertThat(root.get("score").isNumber()).isTrue();
        assertThat(root.get("maxScore").isNumber()).isTrue();
        assertThat(root.get("exercises").isArray()).isTrue();
        assertThat(root.get("score").asDouble()).isEqualTo(2.0);
        assertThat(root.get("maxScore").asDouble()).isEqualTo(24.0);
    }

    @Test
    void everyExerciseHasTheDocumentedFieldsAndAStatusLabel() throws IOException {
        JsonNode root = tree(Fixtures.everything());

        for (JsonNode e : root.get("exercises")) {
            assertThat(fields(e)).containsExactly("id", "title", "topic", "score", "maxScore", "status",
                    "diagnostics", "tests");
            assertThat(e.get("id").isTextual()).isTrue();
            assertThat(e.get("title").isTextual()).isTrue();
            assertThat(e.get("score").isNumber()).isTrue();
            assertThat(e.get("maxScore").isNumber()).isTrue();
            assertThat(e.get("diagnostics").isArray()).isTrue();
            assertThat(e.get("tests").isArray()).isTrue();
            for (JsonNode d : e.get("diagnostics")) {
                assertThat(fields(d)).containsExactly("file", "line", "column", "message", "sourceLine");
                assertThat(d.get("file").isTextual()).isTrue();
                assertThat(d.get("line").isIntegralNumber()).isTrue();
                assertThat(d.get("column").isIntegralNumber()).isTrue();
                assertThat(d.get("message").isTextual()).isTrue();
                assertThat(d.get("sourceLine").isTextual()).isTrue();
            }
        }
        List<String> statuses = new ArrayList<>();
        root.get("exercises").forEach(e -> statuses.add(e.get("status").asText()));
        assertThat(statuses).containsExactly("graded", "compile-error", "missing", "rejected");
    }

    @Test
    void everyTestHasTheDocumentedFieldsAndTheOptionalOnesOnlyWhereTheyApply() throws IOException {
        JsonNode tests = tree(Fixtures.everything()).get("exercises").get(0).get("tests");

        List<String> outcomes = new ArrayList<>();
        for (JsonNode t : tests) {
            outcomes.add(t.get("outcome").asText());
            assertThat(fields(t)).startsWith("name", "points", "maxPoints", "outcome", "message");
            assertThat(t.get("name").isTextual()).isTrue();
            assertThat(t.get("points").isNumber()).isTrue();
            assertThat(t.get("maxPoints").isNumber()).isTrue();
            assertThat(t.get("message").isTextual()).isTrue();
        }
        assertThat(outcomes).containsExactly("passed", "failed", "errored", "timed-out", "not-run");

        JsonNode passed = tests.get(0);
        assertThat(fields(passed)).containsExactly("name", "points", "maxPoints", "outcome", "message",
                "displayName");
        assertThat(passed.get("displayName").asText()).isEqualTo("exact evaluation on a chain");
        assertThat(passed.get("points").asDouble()).isEqualTo(2.0);
        assertThat(passed.get("message").asText()).isEmpty();

        JsonNode property = tests.get(1);
        assertThat(fields(property)).containsExactly("name", "points", "maxPoints", "outcome", "message", "hint",
                "counterexample", "seed", "originalSample", "displayName", "output");
        assertThat(property.get("originalSample").asText()).isEqualTo("mdp: Mdp[states=17]\ngamma: 0.99");
        assertThat(property.get("output").asText()).isEqualTo("debug: v = [1, 2]\n");
        assertThat(property.get("name").asText()).isEqualTo("PolicyEvaluationProperties.iterativeMatchesExact");
        assertThat(property.get("points").asDouble()).isZero();
        assertThat(property.get("maxPoints").asDouble()).isEqualTo(3.0);
        assertThat(property.get("message").asText()).isEqualTo("state 2: expected -1.75 but was 4.0");
        assertThat(property.get("hint").asText()).isEqualTo("Policy evaluation averages over the policy's actions.");
        assertThat(property.get("counterexample").asText()).isEqualTo("mdp: Mdp[states=3]\ngamma: 0.9");
        assertThat(property.get("seed").asText()).isEqualTo("-4048877233920043478");

        assertThat(fields(tests.get(2))).containsExactly("name", "points", "maxPoints", "outcome", "message", "hint",
                "displayName");
        assertThat(tests.get(3).get("message").asText()).contains("2.5 s");
        assertThat(fields(tests.get(3))).containsSubsequence("message", "limitMs");
        assertThat(tests.get(3).get("limitMs").isIntegralNumber()).isTrue();
        assertThat(tests.get(3).get("limitMs").asLong()).isEqualTo(2500); // Fixtures: Duration.ofMillis(2500)
        assertThat(List.of(tests.get(0), tests.get(1), tests.get(2), tests.get(4)))
                .allSatisfy(t -> assertThat(fields(t)).doesNotContain("limitMs"));
        assertThat(tests.get(4).get("message").asText()).isEqualTo("the test did not run");
        assertThat(fields(tests.get(4))).doesNotContain("hint");
    }

    @Test
    void diagnosticsListTheStatusProblemsThenTheNotes() throws IOException {
        JsonNode exercises = tree(Fixtures.everything()).get("exercises");

        JsonNode note = exercises.get(0).get("diagnostics").get(0);
        assertThat(note.get("message").asText()).startsWith("expected `double[] evaluate");
        JsonNode error = exercises.get(1).get("diagnostics").get(0);
        assertThat(error.get("file").asText()).isEqualTo("astar-consistency/src/course/search/AStar.java");
        assertThat(error.get("line").asLong()).isEqualTo(12);
        assertThat(error.get("column").asLong()).isEqualTo(17);
        assertThat(error.get("sourceLine").asText()).isEqualTo("\tint n = frontier.size();");
        JsonNode missing = exercises.get(2).get("diagnostics").get(0);
        assertThat(missing.get("file").asText()).isEmpty();
        assertThat(missing.get("message").asText()).startsWith("no file attention-scaling/");
        assertThat(exercises.get(3).get("diagnostics").get(0).get("message").asText())
                .contains("System.exit");
    }

    @Test
    void isPrettyPrintedInTheReadmeLayout() {
        String json = ResultJson.render(Fixtures.everything());

        assertThat(json).startsWith("{\n  \"submission\": \"ben-max-backup\",\n  \"score\": 2.0,\n");
        assertThat(json).endsWith("}\n");
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void readsBackEveryStatusAndOutcome() throws IOException {
        SubmissionResult back = ResultJson.read(ResultJson.render(Fixtures.everything()));

        assertThat(back.exercises()).extracting(e -> e.status().label())
                .containsExactly("graded", "compile-error", "missing", "rejected");
        assertThat(back.exercises().get(0).tests()).extracting(t -> t.outcome().label())
                .containsExactly("passed", "failed", "errored", "timed-out", "not-run");
        assertThat(back.exercises().get(0).tests().get(3).outcome())
                .isEqualTo(new Outcome.TimedOut(Duration.ofMillis(2500)));
        assertThat(back.exercises().get(2).status()).isEqualTo(new ExerciseStatus.Missing(
                "no file attention-scaling/src/course/attention/Attention.java in the submission"));
        assertThat(back.exercises().get(0).notes()).hasSize(1);
        assertThat(back.score()).isEqualTo(2.0);
        assertThat(back.maxScore()).isEqualTo(24.0);
        assertThat(back).isEqualTo(ResultJsonProperties.asTheSchemaCarriesIt(Fixtures.everything()));
    }

    /** Where a submission came from survives the round trip, non-ASCII names included, and sits in its place. */
    @Test
    void provenanceIsWrittenAfterTheNameAndTheInputsLastAndReadBack() throws IOException {
        SubmissionResult result = Fixtures.everything().with(new Provenance("名字-张三.zip", "名字-张三", "sha256:ab",
                "sha256:cd"));
        JsonNode root = tree(result);

        assertThat(fields(root)).containsExactly("submission", "source", "folder", "score", "maxScore", "exercises",
                "inputs");
        assertThat(root.get("source").asText()).isEqualTo("名字-张三.zip");
        assertThat(root.get("inputs").get("submission").asText()).isEqualTo("sha256:ab");
        assertThat(root.get("inputs").get("course").asText()).isEqualTo("sha256:cd");
        assertThat(ResultJson.read(ResultJson.render(result)).provenance()).isEqualTo(result.provenance());
    }

    @Test
    void readsTheReadmeExample() throws IOException {
        String readme = """
                {
                  "submission": "ben-max-backup",
                  "source": "ben-max-backup",
                  "folder": "ben-max-backup",
                  "score": 31.0,
                  "maxScore": 100.0,
                  "exercises": [
                    {
                      "id": "mdp-evaluation",
                      "title": "MDP policy evaluation",
                      "score": 0.0,
                      "maxScore": 3.0,
                      "status": "graded",
                      "diagnostics": [
                        {"file": "mdp-evaluation/src/course/mdp/PolicyEvaluation.java", "line": 0, "column": 0,
                         "message": "expected `double[] evaluate(Mdp, Policy, double)` in `PolicyEvaluation`",
                         "sourceLine": ""}
                      ],
                      "tests": [
                        {"name": "PolicyEvaluationProperties.iterativeMatchesExact", "points": 0.0, "maxPoints": 3.0,
                         "outcome": "failed", "message": "state 2: expected -1.75 but was 4.0",
                         "hint": "Policy evaluation averages over the policy's actions...",
                         "counterexample": "mdp: ...", "seed": "-4048877233920043478"}
                      ]
                    }
                  ]
                }
                """;

        SubmissionResult r = ResultJson.read(readme);

        assertThat(r.provenance()).isEqualTo(new Provenance("ben-max-backup", "ben-max-backup", "", ""));
        TestResult t = r.exercises().get(0).tests().get(0);
        assertThat(t.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.message()).isEqualTo("state 2: expected -1.75 but was 4.0");
            assertThat(f.counterexample()).hasValueSatisfying(c -> {
                assertThat(c.sample()).isEqualTo("mdp: ...");
                assertThat(c.seed()).isEqualTo("-4048877233920043478");
            });
        });
        assertThat(t.hint()).contains("Policy evaluation averages over the policy's actions...");
        assertThat(r.exercises().get(0).notes()).hasSize(1);
        assertThat(r.maxScore()).isEqualTo(3.0);
    }

    /** The limit comes from {@code limitMs}, whatever the message says: it may be in any language, or edited. */
    @Test
    void readsATimedOutTestsLimitFromLimitMsNotFromItsMessage() throws IOException {
        assertThat(timedOut("\"message\": \"未能在 9 秒内完成\", \"limitMs\": 1500"))
                .isEqualTo(new Outcome.TimedOut(Duration.ofMillis(1500)));
        assertThat(timedOut("\"message\": \"did not finish within 9 s; the test was stopped\", \"limitMs\": 0"))
                .isEqualTo(new Outcome.TimedOut(Duration.ZERO));
    }

    /** A result.json written before {@code limitMs} existed still gives its limit, from the English message. */
    @Test
    void readsTheLimitOfAnOlderFileFromItsMessage() throws IOException {
        assertThat(timedOut("\"message\": \"did not finish within 2.5 s; the test was stopped\""))
                .isEqualTo(new Outcome.TimedOut(Duration.ofMillis(2500)));
        assertThat(timedOut("\"message\": \"stopped\"")).isEqualTo(new Outcome.TimedOut(Duration.ZERO));
    }

    @Test
    void aNegativeLimitIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> timedOut("\"limitMs\": -1")).isInstanceOf(IOException.class)
                .hasMessageContaining("T.t").hasMessageContaining("limitMs must be >= 0");
    }

    /** The outcome of a timed-out test whose JSON also has {@code fields}. */
    private static Outcome timedOut(String fields) throws IOException {
        return ResultJson.read("""
                {"submission": "a", "exercises": [{"id": "x", "status": "graded", "tests": [
                  {"name": "T.t", "maxPoints": 1, "outcome": "timed-out", %s}]}]}""".formatted(fields))
                .exercises().get(0).tests().get(0).outcome();
    }

    @Test
    void toleratesFieldsItDoesNotKnowAndLeavesOptionalOnesOut() throws IOException {
        SubmissionResult r = ResultJson.read("""
                {"submission": "a", "extra": true, "exercises": [
                  {"id": "x", "status": "graded", "tests": [{"name": "T.t", "maxPoints": 2, "outcome": "passed"}]}
                ]}""");

        ExerciseResult e = r.exercises().get(0);
        assertThat(e.exercise().title()).isEqualTo("x");
        assertThat(e.notes()).isEmpty();
        assertThat(r.score()).isEqualTo(2.0);
    }

    @Test
    void rejectsUnknownLabelsAndMissingFieldsWithAClearMessage() {
        assertThatThrownBy(() -> ResultJson.read("""
                {"submission": "a", "exercises": [{"id": "x", "status": "graded",
                  "tests": [{"name": "T.t", "maxPoints": 1, "outcome": "exploded"}]}]}"""))
                .isInstanceOf(IOException.class).hasMessageContaining("T.t").hasMessageContaining("exploded");
        assertThatThrownBy(() -> ResultJson.read("""
                {"submission": "a", "exercises": [{"id": "x", "status": "on-fire", "tests": []}]}"""))
                .isInstanceOf(IOException.class).hasMessageContaining("on-fire");
        assertThatThrownBy(() -> ResultJson.read("{\"exercises\": []}"))
                .isInstanceOf(IOException.class).hasMessageContaining("submission");
        assertThatThrownBy(() -> ResultJson.read("{\"submission\": \"a\", \"exercises\": []} trailing"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ResultJson.read("not json")).isInstanceOf(IOException.class);
    }

    @Test
    void readingAFileNamesItInTheError(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("result.json");
        Files.writeString(good, ResultJson.render(Fixtures.everything()));
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{");

        assertThat(ResultJson.read(good).submission()).isEqualTo("ben-max-backup");
        assertThatThrownBy(() -> ResultJson.read(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void hostileTextStaysDataAndLoneSurrogatesBecomeEncodable() throws IOException {
        SubmissionResult r = new SubmissionResult("a\ud800b", List.of(new ExerciseResult(Fixtures.MDP,
                new ExerciseStatus.Graded(), List.of(new TestResult("T.t", "t", 1, new Outcome.Failed(
                        Fixtures.HOSTILE, Optional.empty()), Optional.empty(), "")), List.of())));

        String json = ResultJson.render(r);

        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("submission").asText()).isEqualTo("a\ufffdb");
        assertThat(root.get("exercises").get(0).get("tests").get(0).get("message").asText())
                .isEqualTo(Fixtures.HOSTILE);
        Set<String> keys = fields(root).stream().collect(Collectors.toSet());
        assertThat(keys).containsExactlyInAnyOrder("submission", "score", "maxScore", "exercises");
    }
}
