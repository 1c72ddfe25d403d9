package org.aibasis.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.GradedBatch;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptJsonTests {
    private static final QuizLibrary LIBRARY = QuizLibrary.of(List.of(Fixtures.demo()), List.of());
    private static final Path FILE = Path.of("answers", "s001.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AttemptFile.Loaded loaded(String json) {
        AttemptFile read = AttemptJson.parse(FILE, json, LIBRARY);
        assertThat(read).as(read.problems().toString()).isInstanceOf(AttemptFile.Loaded.class);
        return (AttemptFile.Loaded) read;
    }

    private static Problem unreadable(String json) {
        AttemptFile read = AttemptJson.parse(FILE, json, LIBRARY);
        assertThat(read).isInstanceOf(AttemptFile.Unreadable.class);
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).file()).isEqualTo(FILE);
        return read.problems().get(0);
    }

    @Test
    void theWrittenFileHasTheDocumentedShape() {
        Attempt a = LIBRARY.instantiate("demo", "s001", 1);
        PosedQuestion single = a.questions().get(0);
        String json = AttemptJson.write(a, new Responses(Map.of(single.qualifiedId(),
                new Response.Ticked(Set.of(single.optionOrder().get(1))))));
        assertThat(json).contains("\"format\" : \"aibasis-quiz-attempt/1\"", "\"student\" : \"s001\"",
                "\"seed\" : \"" + a.seed() + "\"", "\"letters\" : [ \"B\" ]",
                "\"options\" : [ \"" + single.optionOrder().get(1) + "\" ]", "\"scheme\" : \"net-correct\"",
                "\"abs\" : 0.005");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        Problem p = unreadable("{\n  \"quiz\": \"demo\",\n  \"student\": \"s001\"\n  \"attempt\": 1\n}\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.toString()).startsWith("answers/s001.json:4: not valid JSON").contains("fix the JSON syntax");
    }

    @Test
    void missingFieldsAreNamed() {
        assertThat(unreadable("{\"quiz\": \"demo\", \"attempt\": 1, \"responses\": {}}").message())
                .contains("'student' is missing");
        assertThat(unreadable("{\"quiz\": \"demo\", \"student\": \"s\", \"attempt\": 0, \"responses\": {}}")
                .message()).contains("'attempt' must be a whole number >= 1");
        assertThat(unreadable("{\"quiz\": \"demo\", \"student\": \"s\", \"attempt\": 1}").message())
                .contains("neither 'questions'");
        assertThat(unreadable("[1, 2]").message()).contains("one JSON object");
        assertThat(unreadable("{\"quiz\": \"nope\", \"student\": \"s\", \"attempt\": 1, \"responses\": {}}")
                .message()).contains("unknown quiz 'nope'");
    }

    @Test
    void aShortAnswersFileIsGradedAgainstTheReinstantiatedVariant() {
        Attempt a = LIBRARY.instantiate("demo", "s001", 2);
        String letterOfKey = a.questions().get(0).letterOf("o1");
        AttemptFile.Loaded read = loaded("""
                {"quiz": "demo", "student": "s001", "attempt": 2,
                 "responses": {
                   "demo/greedy": {"letters": ["%s"]},
                   "demo/bandit-facts": {"options": ["untried", "bonus"]},
                   "demo/explore-forever": {"answer": false},
                   "demo/ucb-score": {"answer": "%s"},
                   "demo/nope": {"answer": 1}
                 }}
                """.formatted(letterOfKey, ((org.aibasis.quiz.variant.Key.Number) a.questions().get(3).key()).value()));
        assertThat(read.attempt()).isEqualTo(a);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("'demo/nope'"));
        assertThat(LIBRARY.grade(read.attempt(), read.responses()).points()).isEqualTo(5);
    }

    @Test
    void theGraderTrustsOptionIdsOverLetters() {
        Attempt a = LIBRARY.instantiate("demo", "s002", 1);
        PosedQuestion single = a.questions().get(0);
        String wrongLetter = single.letterOf("o2");
        AttemptFile.Loaded read = loaded("""
                {"quiz": "demo", "student": "s002", "attempt": 1,
                 "responses": {"demo/greedy": {"options": ["o1"], "letters": ["%s"]}}}
                """.formatted(wrongLetter));
        assertThat(read.responses().to("demo/greedy")).isEqualTo(new Response.Ticked(Set.of("o1")));
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("letters and options disagree").contains("uses the option ids"));
    }

    @Test
    void aMalformedResponseIsGradedBlankAndReported() {
        AttemptFile.Loaded read = loaded("""
                {"quiz": "demo", "student": "s003", "attempt": 1,
                 "responses": {"demo/greedy": {"letters": ["Z"]}, "demo/ucb-score": {"answer": "about 3"},
                               "demo/explore-forever": {"answer": "no"}}}
                """);
        assertThat(read.responses().byQuestion()).isEmpty();
        assertThat(read.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message())
                .contains("graded as blank"));
    }

    /** Wrong responses to every question of {@code a}: a wrong option, the wrong truth value, a far number. */
    private static Responses wrong(Attempt a) {
        Map<String, Response> responses = new java.util.LinkedHashMap<>();
        for (PosedQuestion q : a.questions()) {
            responses.put(q.qualifiedId(), switch (q.key()) {
                case Key.OneOption one -> new Response.Ticked(Set.of(q.optionOrder().stream()
                        .filter(o -> !o.equals(one.optionId())).findFirst().orElseThrow()));
                case Key.Options many -> new Response.Ticked(Set.copyOf(q.optionOrder().stream()
                        .filter(o -> !many.optionIds().contains(o)).toList()));
                case Key.Truth t -> new Response.Truth(!t.value());
                case Key.Number n -> new Response.Number(n.value() + 1000);
            });
        }
        return new Responses(responses);
    }

    private static ObjectNode tree(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json);
    }

    /** The attack: keys edited to match the responses raised 7/15 to 15/15. Now it gains nothing. */
    @Test
    void editedKeysGainNothingAndAreReported() throws IOException {
        Attempt a = LIBRARY.instantiate("demo", "s004", 1);
        Responses responses = wrong(a);
        double honest = LIBRARY.grade(a, responses).points();
        ObjectNode root = tree(AttemptJson.write(a, responses));
        for (JsonNode q : root.path("questions")) {
            ObjectNode key = (ObjectNode) q.path("key");
            JsonNode response = q.path("response");
            if (response.has("options")) {
                key.set("options", response.path("options"));
            } else {
                key.set("answer", response.path("answer"));
            }
        }
        assertThat(honest).isLessThan(a.maxPoints());

        AttemptFile.Loaded read = loaded(root.toString());

        assertThat(read.attempt()).isEqualTo(a);
        assertThat(LIBRARY.grade(read.attempt(), read.responses()).points()).isEqualTo(honest);
        assertThat(read.discrepancies()).hasSize(a.questions().size()).allSatisfy(p -> assertThat(p.message())
                .contains("the stored key", "is not the bank's", "graded with the bank's key"));
        assertThat(read.problems()).isEmpty();
    }

    /** Dropping the questions one got wrong used to shrink the maximum; now they are unanswered. */
    @Test
    void droppedQuestionsKeepTheMaximumAndAreReported() throws IOException {
        Attempt a = LIBRARY.instantiate("demo", "s005", 1);
        ObjectNode root = tree(AttemptJson.write(a, wrong(a)));
        ArrayNode questions = (ArrayNode) root.path("questions");
        questions.remove(3);
        questions.remove(0);

        AttemptFile.Loaded read = loaded(root.toString());

        assertThat(LIBRARY.grade(read.attempt(), read.responses()).maxPoints()).isEqualTo(a.maxPoints());
        assertThat(read.discrepancies()).extracting(Problem::message).containsExactly(
                "question " + a.questions().get(0).qualifiedId() + " of this attempt is not in the file; it was "
                        + "graded as unanswered",
                "question " + a.questions().get(3).qualifiedId() + " of this attempt is not in the file; it was "
                        + "graded as unanswered");
    }

    /** A stored option order does not change what the letters mean: the student saw the bank's order. */
    @Test
    void anEditedOptionOrderDoesNotRemapTheLetters() throws IOException {
        Attempt a = LIBRARY.instantiate("demo", "s006", 1);
        PosedQuestion single = a.questions().get(0);
        String wrongOption = single.optionOrder().stream().filter(o -> !o.equals("o1")).findFirst().orElseThrow();
        String wrongLetter = single.letterOf(wrongOption);
        ObjectNode root = tree(AttemptJson.write(a, Responses.none()));
        ObjectNode q = (ObjectNode) root.path("questions").get(0);
        ArrayNode order = q.putArray("options");
        List<String> forged = new java.util.ArrayList<>(single.optionOrder());
        java.util.Collections.swap(forged, forged.indexOf("o1"), forged.indexOf(wrongOption));
        forged.forEach(order::add);
        q.putObject("response").putArray("letters").add(wrongLetter);

        AttemptFile.Loaded read = loaded(root.toString());

        assertThat(read.responses().to(single.qualifiedId())).isEqualTo(new Response.Ticked(Set.of(wrongOption)));
        assertThat(read.discrepancies()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("option order", "is not the attempt's"));
    }

    /** A question, seed or parameter the attempt does not have is named, never used. */
    @Test
    void storedQuestionsSeedsAndParametersThatDisagreeAreReportedAndIgnored() throws IOException {
        Attempt a = LIBRARY.instantiate("demo", "s007", 1);
        String json = AttemptJson.write(a, Responses.none());
        AttemptFile.Loaded renamed = loaded(json.replace("\"id\" : \"greedy\"", "\"id\" : \"gone\""));
        assertThat(renamed.discrepancies()).extracting(Problem::message).anyMatch(m -> m.contains("(demo/gone) is "
                + "not a question of this attempt")).anyMatch(m -> m.contains("demo/greedy of this attempt is not in"
                + " the file"));
        AttemptFile.Loaded reseeded = loaded(json.replace("\"seed\" : \"" + a.seed() + "\"", "\"seed\" : \"42\""));
        assertThat(reseeded.attempt()).isEqualTo(a);
        assertThat(reseeded.discrepancies()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("'seed' is \"42\""));
        ObjectNode root = tree(json);
        ObjectNode numeric = (ObjectNode) root.path("questions").get(3);
        numeric.putObject("parameters").put("q", 99.0);
        numeric.put("points", 100.0);
        AttemptFile.Loaded edited = loaded(root.toString());
        assertThat(edited.attempt()).isEqualTo(a);
        assertThat(edited.discrepancies()).extracting(Problem::message).anyMatch(m -> m.contains("parameters"))
                .anyMatch(m -> m.contains("points 100.0 are not the bank's"));
    }

    @Test
    void aHugeAnswersFileIsNotRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"pad\": \"" + "x".repeat((int) AttemptJson.MAX_FILE_BYTES) + "\"}");
        AttemptFile read = AttemptJson.read(huge, LIBRARY);
        assertThat(read).isInstanceOf(AttemptFile.Unreadable.class);
        assertThat(read.problems().get(0).message()).contains("larger than 1024 KiB", "was not read");
    }

    /** 300,000 unknown entries printed 300,000 warnings; a file now yields a bounded list. */
    @Test
    void thousandsOfUnknownEntriesGiveABoundedListOfProblems() {
        StringBuilder json = new StringBuilder("{\"quiz\": \"demo\", \"student\": \"s\", \"attempt\": 1, "
                + "\"responses\": {");
        for (int i = 0; i < 30_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"x").append(i).append("\":{}");
        }
        json.append("}}");
        AttemptFile.Loaded read = loaded(json.toString());
        assertThat(read.problems()).hasSize(AttemptJson.MAX_PROBLEMS + 1);
        assertThat(read.problems().get(AttemptJson.MAX_PROBLEMS).message()).startsWith("... and 951 more problems");
    }

    @Test
    void gradingManyFilesGoesOnPastABrokenOne(@TempDir Path dir) throws IOException {
        Path good1 = dir.resolve("s1.json");
        Path broken = dir.resolve("s2.json");
        Path good2 = dir.resolve("s3.json");
        AttemptJson.write(good1, LIBRARY.instantiate("demo", "s1", 1), Responses.none());
        Files.writeString(broken, "{\"quiz\": \"demo\",\n\"student\": \"s2\", \"attempt\": 1,\n\"responses\": {\n");
        AttemptJson.write(good2, LIBRARY.instantiate("demo", "s3", 1), Responses.none());
        GradedBatch batch = LIBRARY.gradeFiles(List.of(good1, broken, good2, dir.resolve("missing.json")));
        assertThat(batch.graded()).extracting(g -> g.attempt().student()).containsExactly("s1", "s3");
        assertThat(batch.problems()).hasSize(2);
        assertThat(batch.problems().get(0).toString()).startsWith(broken + ":4: not valid JSON");
        assertThat(batch.problems().get(1).toString()).startsWith(dir.resolve("missing.json") + ":0: cannot read");
    }
}
