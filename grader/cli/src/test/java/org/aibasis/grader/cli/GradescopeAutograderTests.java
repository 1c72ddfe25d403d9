package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package gradescope}'s zip unpacked into a scratch root laid out like Gradescope's {@code /autograder}, its
 * {@code run_autograder} run there as Gradescope runs it, and the results checked against Gradescope's autograder
 * specification.
 */
class GradescopeAutograderTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXERCISE = "mdp-evaluation";
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    @TempDir
    static Path packaged;

    static Path zip;

    @BeforeAll
    static void packageTheAutograder() {
        zip = packaged.resolve("autograder.zip");
        Cli.Run run = Cli.run("package", "gradescope", "--exercise", EXERCISE, "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static FileSystem open(Path zipFile) throws IOException {
        return FileSystems.newFileSystem(URI.create("jar:" + zipFile.toUri()), Map.of("enablePosixFileAttributes",
                "true"));
    }

    /** A scratch {@code /autograder}: source/ is the unpacked zip, run_autograder copied next to it. */
    private static Path autograderRoot(Path scratch) throws IOException {
        try (FileSystem fs = open(zip); Stream<Path> files = Files.walk(fs.getPath("/"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = scratch.resolve("source").resolve(f.toString().substring(1));
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Files.copy(scratch.resolve("source/run_autograder"), scratch.resolve("run_autograder"));
        return scratch;
    }

    private static JsonNode runAutograder(Path root) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("log.txt").toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(root.resolve("log.txt"));
        assertThat(p.exitValue()).as(log).isZero();
        Path results = root.resolve("results/results.json");
        assertThat(results).as(log).isNotEmptyFile();
        assertThat(Files.readString(results)).as("the grader ran: %s", log).doesNotContain("could not grade this "
                + "submission");
        return JSON.readTree(results.toFile());
    }

    /** Every field the specification defines has its type; visibilities and statuses are Gradescope's. */
    private static void assertFollowsTheSpecification(JsonNode r) {
        assertThat(r.get("score").isNumber()).isTrue();
        assertThat(r.get("execution_time").isIntegralNumber()).isTrue();
        assertThat(r.get("output").isTextual()).isTrue();
        assertThat(r.get("output_format").asText()).isIn("text", "html", "simple_format", "md", "ansi");
        assertThat(r.get("visibility").asText()).isIn(VISIBILITIES);
        assertThat(r.get("stdout_visibility").asText()).isIn(VISIBILITIES);
        assertThat(r.get("tests").isArray()).isTrue();
        for (JsonNode t : r.get("tests")) {
            assertThat(t.get("score").isNumber()).as(t.toString()).isTrue();
            assertThat(t.get("max_score").isNumber()).as(t.toString()).isTrue();
            assertThat(t.get("status").asText()).isIn("passed", "failed");
            assertThat(t.get("name").isTextual()).isTrue();
            assertThat(t.get("number").isTextual()).as("number is a string").isTrue();
            assertThat(t.get("output").isTextual()).isTrue();
            assertThat(t.get("output_format").asText()).isIn("text", "html", "simple_format", "md", "ansi");
            assertThat(t.get("tags").isArray()).isTrue();
            assertThat(t.get("visibility").asText()).isIn(VISIBILITIES);
        }
    }

    @Test
    void theZipHoldsExecutableScriptsAtItsRoot() throws IOException {
        try (FileSystem fs = open(zip)) {
            for (String script : List.of("setup.sh", "run_autograder")) {
                Path p = fs.getPath("/", script);
                assertThat(Files.readString(p, StandardCharsets.UTF_8)).startsWith("#!/usr/bin/env bash\n");
                assertThat(Files.getPosixFilePermissions(p)).contains(PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE);
            }
            assertThat(fs.getPath("/course/exercises", EXERCISE, "exercise.yaml")).isRegularFile();
            assertThat(fs.getPath("/course/solutions", EXERCISE, "test")).isDirectory();
            try (Stream<Path> lib = Files.list(fs.getPath("/grader/lib"))) {
                assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("cli"))
                        .allMatch(n -> n.endsWith(".jar"));
            }
        }
    }

    @Test
    void anExistingZipIsReplacedOnlyWithForceAndABadVisibilityIsRefused() throws IOException {
        Path copy = packaged.resolve("again.zip");
        Files.writeString(copy, "not a zip");

        Cli.Run refused = Cli.run("package", "gradescope", "--out", copy.toString());
        Cli.Run badVisibility = Cli.run("package", "gradescope", "--out", packaged.resolve("other.zip").toString(),
                "--hidden-visibility", "later");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("exists", "--force");
        assertThat(Files.readString(copy)).isEqualTo("not a zip");
        assertThat(badVisibility.exitCode()).isEqualTo(2);
        assertThat(badVisibility.err()).contains("later", "after_published");
        assertThat(packaged.resolve("other.zip")).doesNotExist();
    }

    @Test
    void theReferenceSolutionGetsFullMarksWithHiddenTestsAfterPublishing(@TempDir Path scratch) throws Exception {
        Path root = autograderRoot(scratch);
        Cli.copyTree(Cli.home().resolve("solutions").resolve(EXERCISE).resolve("src"),
                root.resolve("submission").resolve(EXERCISE).resolve("src"));

        JsonNode r = runAutograder(root);

        assertFollowsTheSpecification(r);
        List<JsonNode> hidden = new ArrayList<>();
        List<JsonNode> shown = new ArrayList<>();
        r.get("tests").forEach(t -> (t.get("tags").toString().contains("\"hidden\"") ? hidden : shown).add(t));
        assertThat(hidden).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("visibility").asText()).isEqualTo("after_published");
            assertThat(t.get("status").asText()).isEqualTo("passed");
            assertThat(t.get("score").asDouble()).isEqualTo(t.get("max_score").asDouble());
        });
        assertThat(shown).as("the public tests, as feedback").isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("visibility").asText()).isEqualTo("visible");
            assertThat(t.get("max_score").asDouble()).isZero();
        });
        double max = hidden.stream().mapToDouble(t -> t.get("max_score").asDouble()).sum();
        assertThat(max).isPositive();
        assertThat(r.get("score").asDouble()).isEqualTo(max);
        assertThat(r.get("visibility").asText()).isEqualTo("after_published");
    }

    @Test
    void aCompileErrorIsAnInformativeEntryNotAFailedAutograder(@TempDir Path scratch) throws Exception {
        Path root = autograderRoot(scratch);
        Path src = root.resolve("submission").resolve(EXERCISE).resolve("src");
        Cli.copyTree(Cli.home().resolve("exercises").resolve(EXERCISE).resolve("src"), src);
        Path edited;
        try (Stream<Path> files = Files.walk(src)) {
            edited = files.filter(f -> f.getFileName().toString().equals("PolicyEvaluation.java")).findFirst()
                    .orElseThrow();
        }
        Files.writeString(edited, Files.readString(edited) + "\nthis is not Java\n");

        JsonNode r = runAutograder(root);

        assertFollowsTheSpecification(r);
        assertThat(r.get("score").asDouble()).isZero();
        JsonNode first = r.get("tests").get(0);
        assertThat(first.get("name").asText()).contains(EXERCISE, "could not be graded");
        assertThat(first.get("visibility").asText()).isEqualTo("visible");
        assertThat(first.get("output").asText()).contains("PolicyEvaluation.java");
    }
}
