package org.aibasis.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptJsonTests {
    private static final QuizLibrary LIBRARY = QuizLibrary.of(List.of(Fixtures.demo()), List.of());
    private static final Path FILE = Path.of("answers", "s001.json");

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

    @Test
    void aStoredAttemptWhoseBankChangedIsReported() {
        Attempt a = LIBRARY.instantiate("demo", "s004", 1);
        String json = AttemptJson.write(a, Responses.none());
        assertThat(unreadable(json.replace("\"id\" : \"greedy\"", "\"id\" : \"gone\"")).message())
                .contains("has no question 'gone'");
        assertThat(unreadable(json.replace("\"o1\"", "\"o9\"")).message()).contains("are not the options of");
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
