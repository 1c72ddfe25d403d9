package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class graded in three parts and merged writes exactly what one batch of the whole class writes. */
class ShardMergeTests {
    @TempDir
    static Path tmp;
    static Path cls;

    /** Four submissions holding one quick exercise each (two right, one wrong, one not compiling) and one empty. */
    @BeforeAll
    static void aSmallClass() throws IOException {
        cls = Files.createDirectories(tmp.resolve("class"));
        Map<String, String> copies = Map.of("ada", "ada-full-marks", "chen", "chen-unscaled-unstable",
                "fay", "fay-missing-method", "dana", "dana-compile-error");
        for (Map.Entry<String, String> c : copies.entrySet()) {
            String exercise = c.getKey().equals("dana") ? "mdp-evaluation" : "knn-hyperparameters";
            Classes.copy(Classes.sample(c.getValue()).resolve(exercise), cls.resolve(c.getKey()).resolve(exercise));
        }
        Files.createDirectories(cls.resolve("empty"));
    }

    @Test
    void mergedPartsEqualOneBatch() throws IOException {
        Path whole = tmp.resolve("whole");
        assertThat(batch(whole).exitCode()).isZero();
        for (int i = 0; i < 3; i++) {
            Cli.Run part = batch(tmp.resolve("part" + i), "--shard", i + "/3");
            assertThat(part.exitCode()).as(part.err()).isZero();
        }
        assertThat(files(tmp.resolve("part1")).keySet()).as("part 1 of 3 is the second submission").anyMatch(
                f -> f.startsWith("chen/"));
        Path merged = tmp.resolve("merged");
        Cli.Run merge = Cli.run("merge", tmp.resolve("part0").toString(), tmp.resolve("part2").toString(),
                tmp.resolve("part1").toString(), "--out", merged.toString());
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        Map<String, String> expected = files(whole);
        assertThat(expected).containsKeys("gradebook.csv", "class-report.html", "ada/result.json");
        assertThat(files(merged)).isEqualTo(expected);
    }

    @Test
    void aMissingOrRepeatedPartIsRefused() {
        Path p0 = tmp.resolve("only0");
        Path p1 = tmp.resolve("only1");
        assertThat(batch(p0, "--shard", "0/4").exitCode()).isZero();
        assertThat(batch(p1, "--shard", "1/4").exitCode()).isZero();
        Cli.Run missing = Cli.run("merge", p0.toString(), p1.toString(), "--out", tmp.resolve("m1").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("parts missing: 2/4, 3/4");
        Cli.Run twice = Cli.run("merge", p0.toString(), p0.toString(), "--out", tmp.resolve("m2").toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("is in both");
        assertThat(tmp.resolve("m1")).doesNotExist();
        Cli.Run bad = Cli.run("batch", cls.toString(), "--out", tmp.resolve("m3").toString(), "--shard", "4/4");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("0 <= INDEX < COUNT");
    }

    private static Cli.Run batch(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", cls.toString(), "--out", out.toString(),
                "--jobs", "1", "--no-color"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /**
     * The text with every measured running time set to 0: two runs of the same tests never take the same
     * milliseconds, and everything else must be identical.
     */
    private static String withoutMeasuredTimes(String text) {
        return text.replaceAll("\"durationMs\" ?: ?\\d+", "\"durationMs\": 0")
                .replaceAll(" time=\"[0-9.]+\"", " time=\"0\"")
                .replaceAll("\"(duration|execution_time)\" ?: ?\\d+", "\"$1\": 0");
    }

    /** Every file below {@code dir} but the shard manifest, by relative path, with its text. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (!name.equals(Shard.MANIFEST)) {
                    out.put(name, withoutMeasuredTimes(Files.readString(p)));
                }
            }
        }
        return out;
    }
}
