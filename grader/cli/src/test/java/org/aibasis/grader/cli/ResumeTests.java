package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --resume}: what is unchanged is kept, what changed is graded again, and an interrupted run goes on. */
class ResumeTests {
    private static final String KNN = "knn-hyperparameters/src/course/knn/Knn.java";

    @TempDir
    Path tmp;

    /** A small class: ada's KNN, ben's MDP as a zip, and nothing else, so a batch takes seconds. */
    private Path smallClass() throws IOException {
        Path cls = Files.createDirectories(tmp.resolve("class"));
        Classes.copy(Classes.sample("ada-full-marks").resolve("knn-hyperparameters"),
                cls.resolve("one/knn-hyperparameters"));
        Path ben = Classes.copy(Classes.sample("ben-max-backup").resolve("mdp-evaluation"),
                tmp.resolve("ben/mdp-evaluation"));
        Classes.zip(ben.getParent(), cls.resolve("two.zip"), Map.of());
        return cls;
    }

    private static Cli.Run batch(Path cls, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", cls.toString(), "--out", out.toString(), "--jobs", "1",
                "--no-color"));
        args.addAll(List.of(more));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static FileTime stamp(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    @Test
    void unchangedSubmissionsAreKeptAndChangedOnesGradedAgain() throws IOException {
        Path cls = smallClass();
        Path out = cls.resolve("out");
        batch(cls, out);
        Path one = out.resolve("one/result.json");
        String first = Files.readString(one);
        JsonNode inputs = Classes.result(out.resolve("one")).get("inputs");
        assertThat(inputs.get("submission").asText()).startsWith("sha256:");
        assertThat(inputs.get("course").asText()).startsWith("sha256:");
        Files.setLastModifiedTime(one, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        Cli.Run kept = batch(cls, out, "--resume");
        assertThat(kept.out()).contains("2 of 2 unchanged since they were graded");
        assertThat(kept.err()).contains("skipped class/out: it is the output folder");
        assertThat(stamp(one)).isEqualTo(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(out.resolve("gradebook.csv")).content().contains("one,one,one,", "two,two.zip,two,");

        Files.writeString(cls.resolve("one").resolve(KNN), "\n// one more comment\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Cli.Run changed = batch(cls, out, "--resume");
        assertThat(changed.out()).contains("1 of 2 unchanged");
        assertThat(stamp(one)).isNotEqualTo(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(Files.readString(one)).isNotEqualTo(first).contains("\"score\": 30.0");

        Cli.Run reseeded = batch(cls, out, "--resume", "--seed", "another");
        assertThat(reseeded.out()).doesNotContain("unchanged");
    }

    /**
     * The check: a batch killed half-way keeps what it finished, removes its temporary folders, says how to
     * go on, and {@code --resume} grades only the rest.
     */
    @Test
    void aBatchKilledHalfWayKeepsItsResultsCleansUpAndResumes() throws Exception {
        Path cls = Files.createDirectories(tmp.resolve("class"));
        Files.createDirectories(cls.resolve("a-empty"));
        for (String name : List.of("b-knn", "c-knn")) {
            Classes.copy(Classes.sample("ada-full-marks").resolve("knn-hyperparameters"),
                    cls.resolve(name).resolve("knn-hyperparameters"));
        }
        Path out = tmp.resolve("out");
        Path scratch = Files.createDirectories(tmp.resolve("java-tmp"));
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + scratch, "-Dgrader.home=" + Cli.home(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "batch", cls.toString(), "--out",
                out.toString(), "--jobs", "1").redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try {
            // a guard against a hung grader, not a timing check: planning compiles every hidden suite, slow on a loaded machine
            Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
            while (!Files.exists(out.resolve("a-empty/result.json")) && Instant.now().isBefore(deadline)
                    && grader.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(out.resolve("a-empty/result.json")).as(Files.readString(tmp.resolve("stderr.txt"))).exists();
            grader.destroy(); // SIGTERM
            assertThat(grader.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            grader.destroyForcibly();
        }

        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertThat(grader.exitValue()).as(err).isNotZero();
        assertThat(err).contains("Interrupted: ", " of 3 submissions finished", "--resume");
        assertThat(out.resolve("gradebook.csv")).doesNotExist();
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("temporary folders left").noneMatch(n ->
                    n.startsWith("grader-"));
        }

        Cli.Run resumed = batch(cls, out, "--resume");
        assertThat(resumed.out()).containsPattern("[1-3] of 3 unchanged since they were graded");
        assertThat(Files.readAllLines(out.resolve("gradebook.csv"))).hasSize(4);
    }
}
