package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user types them, on the real course. */
class CommandLineTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The acceptance check: {@code grade solutions} gives full marks on every exercise, every test passed. */
    @Test
    void gradeWritesEveryOutputAndEveryReferenceSolutionGetsFullMarks(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("grade", Cli.home().resolve("solutions").toString(), "--out", out.toString(),
                "--no-color");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(out.resolve("result.json").toFile());
        assertThat(result.get("submission").asText()).isEqualTo("solutions");
        assertThat(result.get("maxScore").asDouble()).isPositive();
        assertThat(result.get("score").asDouble()).isEqualTo(result.get("maxScore").asDouble());
        List<String> ids = new ArrayList<>();
        for (JsonNode e : result.get("exercises")) {
            ids.add(e.get("id").asText());
            assertThat(e.get("status").asText()).as(e.get("id").asText()).isEqualTo("graded");
            assertThat(e.get("diagnostics")).as("no structural notes on the reference of %s", e.get("id")).isEmpty();
            for (JsonNode t : e.get("tests")) {
                assertThat(t.get("outcome").asText()).as("%s %s: %s", e.get("id"), t.get("name"), t.get("message"))
                        .isEqualTo("passed");
            }
        }
        assertThat(ids).contains("mdp-evaluation", "astar-consistency", "attention-scaling", "knn-hyperparameters");
        Document html = Jsoup.parse(out.resolve("report.html").toFile());
        assertThat(html.text()).contains("knn-hyperparameters", "mdp-evaluation");
        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(out.resolve("junit.xml")).isNotEmptyFile();
        assertThat(out.resolve("gradescope.json")).isNotEmptyFile();
        assertThat(run.out()).contains("knn-hyperparameters").contains("report.html");
    }

    /** Every skeleton compiles, keeps its own signatures, and scores 0: no test passes by accident. */
    @Test
    void everySkeletonCompilesAndScoresZero(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("grade", Cli.home().resolve("exercises").toString(), "--out", out.toString(),
                "--no-color");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(out.resolve("result.json").toFile());
        assertThat(result.get("score").asDouble()).isZero();
        assertThat(result.get("maxScore").asDouble()).isPositive();
        for (JsonNode e : result.get("exercises")) {
            assertThat(e.get("status").asText()).as(e.get("id").asText()).isEqualTo("graded");
            assertThat(e.get("diagnostics")).as(e.get("id").asText()).isEmpty();
        }
    }

    @Test
    void selfCheckOfTheSkeletonFailsWithExitCodeOne() {
        Cli.Run run = Cli.run("check", "knn-hyperparameters", "--dir", Cli.home().resolve("exercises").toString(),
                "--no-color");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("knn-hyperparameters");
    }

    @Test
    void listShowsTheExercisesWithPoints() {
        Cli.Run run = Cli.run("list", "--home", Cli.home().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("mdp-evaluation", "astar-consistency", "attention-scaling",
                "knn-hyperparameters", "total");
    }

    @Test
    void badInputGetsOneClearLineAndExitCodeTwo(@TempDir Path out) {
        Cli.Run unknown = Cli.run("grade", Cli.home().resolve("solutions").toString(), "--exercise", "nope",
                "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown exercise 'nope'", "mdp-evaluation");
        Cli.Run missing = Cli.run("grade", out.resolve("no-such-folder").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-folder", "does not exist");
        Cli.Run jobs = Cli.run("batch", out.toString(), "--jobs", "0");
        assertThat(jobs.exitCode()).isEqualTo(2);
    }

    @Test
    void brokenZipInAClassScoresZeroAndTheOthersCarryOn(@TempDir Path tmp) throws IOException {
        Path cls = tmp.resolve("class");
        Files.createDirectories(cls);
        Files.writeString(cls.resolve("broken.zip"), "not a zip at all");
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("batch", cls.toString(), "--out", out.toString(), "--jobs", "1", "--no-color");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(out.resolve("broken/result.json").toFile());
        assertThat(result.get("score").asDouble()).isZero();
        assertThat(result.get("exercises").get(0).get("status").asText()).isEqualTo("missing");
        assertThat(out.resolve("gradebook.csv")).content().contains("broken");
    }
}
