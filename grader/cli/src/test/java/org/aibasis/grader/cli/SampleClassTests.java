package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: {@code batch examples/class}. Every sample submission must get exactly the score, status
 * and failing tests written down in {@code examples/expected/<exercise>.yaml}, read back from the result JSON as
 * any consumer would read it; the class outputs must exist and be well-formed.
 */
class SampleClassTests {
    @TempDir
    static Path out;
    private static Cli.Run batch;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void gradeTheSampleClass() {
        batch = Cli.run("batch", Cli.home().resolve("examples/class").toString(), "--out", out.toString(),
                "--jobs", "2", "--no-color");
    }

    /** One entry of {@code examples/expected/<exercise>.yaml}. */
    record Expected(String status, double score, List<String> notPassing, List<String> timedOut) {
    }

    @Test
    void batchSucceedsAndNamesItsOutputs() {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).contains("class-report.html", "gradebook.csv");
        assertThat(batch.err()).contains("submissions");
    }

    @TestFactory
    Stream<DynamicTest> everySampleSubmissionGetsItsExpectedResult() throws IOException {
        Map<String, Map<String, Expected>> expected = expectations();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Cli.home().resolve("examples/class"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String student = dir.getFileName().toString();
                JsonNode result = JSON.readTree(out.resolve(student).resolve("result.json").toFile());
                for (JsonNode exercise : result.get("exercises")) {
                    String id = exercise.get("id").asText();
                    Expected want = expected.getOrDefault(id, Map.of()).get(student);
                    tests.add(DynamicTest.dynamicTest(student + " / " + id, () -> check(exercise, want)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(6 * 4);
        return tests.stream();
    }

    private static void check(JsonNode exercise, Expected want) {
        if (want == null) {
            assertThat(exercise.get("status").asText()).as("no expectation: the exercise must be missing")
                    .isEqualTo("missing");
            return;
        }
        assertThat(exercise.get("status").asText()).isEqualTo(want.status() == null ? "graded" : want.status());
        List<String> notPassing = new ArrayList<>();
        List<String> timedOut = new ArrayList<>();
        for (JsonNode t : exercise.get("tests")) {
            String outcome = t.get("outcome").asText();
            if (!outcome.equals("passed")) {
                notPassing.add(t.get("name").asText());
                assertThat(t.get("points").asDouble()).isZero();
            }
            if (outcome.equals("timed-out")) {
                timedOut.add(t.get("name").asText());
            }
        }
        assertThat(notPassing).containsExactlyInAnyOrderElementsOf(want.notPassing());
        if (want.timedOut() != null) {
            assertThat(timedOut).containsExactlyInAnyOrderElementsOf(want.timedOut());
        }
        assertThat(exercise.get("score").asDouble()).isEqualTo(want.score());
    }

    @Test
    void gradebookHasOneRowPerSubmissionAndOneColumnPerExercise() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("gradebook.csv"));
        long submissions;
        try (Stream<Path> s = Files.list(Cli.home().resolve("examples/class"))) {
            submissions = s.filter(Files::isDirectory).count();
        }
        assertThat(lines).hasSize((int) submissions + 1);
        assertThat(lines.get(0)).startsWith("submission,").contains("mdp-evaluation", "astar-consistency",
                "attention-scaling", "knn-hyperparameters", "total");
    }

    @Test
    void classReportLinksEverySubmissionAndDrawsTheDistribution() throws IOException {
        Document doc = Jsoup.parse(out.resolve("class-report.html").toFile());
        assertThat(doc.select("svg")).isNotEmpty();
        assertThat(doc.select("a[href$=report.html]")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(doc.select("script[src], link[href^=http]")).as("works offline").isEmpty();
    }

    private static Map<String, Map<String, Expected>> expectations() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Map<String, Expected>> all = new HashMap<>();
        try (Stream<Path> files = Files.list(Cli.home().resolve("examples/expected"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                all.put(f.getFileName().toString().replace(".yaml", ""),
                        yaml.readValue(f.toFile(), new TypeReference<Map<String, Expected>>() {
                        }));
            }
        }
        return all;
    }
}
