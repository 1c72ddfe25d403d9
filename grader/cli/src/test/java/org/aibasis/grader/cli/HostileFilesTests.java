package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file-level attacks of {@link FileAttacks}, graded in one batch, each next to a companion exercise (KNN from
 * the reference solution). Every attacked exercise is graded as missing with the reason named, and the companion
 * keeps full marks. Beyond what the corpus's expected files can say, this checks that nothing was unpacked outside
 * the scratch folder, that the left-out zip entries were named, and that no output file holds a line of
 * {@code /etc/passwd}.
 */
class HostileFilesTests {
    private static final String MDP = FileAttacks.MDP;
    private static final String KNN = "knn-hyperparameters";
    private static final String ATTENTION = "attention-scaling";

    @TempDir
    static Path tmp;
    static Path out;
    static Cli.Run batch;

    interface Attack {
        void apply(Path submission) throws IOException;
    }

    @BeforeAll
    static void gradeAHostileClass() throws IOException {
        Files.deleteIfExists(FileAttacks.ESCAPED);
        Path cls = Files.createDirectories(tmp.resolve("class"));
        attack(cls, "link-to-solution", FileAttacks::linkToSolution);
        attack(cls, "link-to-passwd", FileAttacks::linkToPasswd);
        attack(cls, "linked-folder", FileAttacks::linkedFolder);
        attack(cls, "zip-slip", FileAttacks::zipSlip);
        attack(cls, "zip-bomb", FileAttacks::zipBomb);
        attack(cls, "empty", FileAttacks::empty);
        attack(cls, "huge-files", FileAttacks::hugeFiles);
        attack(cls, "unknown-files", HostileFilesTests::unknownFiles);
        out = tmp.resolve("out");
        batch = Cli.run("batch", cls.toString(), "--out", out.toString(), "--jobs", "1", "--no-color");
    }

    private static void attack(Path cls, String name, Attack attack) throws IOException {
        Path submission = Files.createDirectories(cls.resolve(name));
        FileAttacks.fill(submission, KNN);
        attack.apply(submission);
    }

    /** Files the grader does not read: a broken unlisted source, a class file, a node_modules folder, notes. */
    private static void unknownFiles(Path submission) throws IOException {
        Path src = submission.resolve(KNN).resolve("src/course/knn");
        Files.writeString(src.resolve("Scratch.java"), "this is not Java {");
        Files.write(src.resolve("Knn.class"), new byte[] {(byte) 0xca, 1});
        Path modules = Files.createDirectories(submission.resolve(KNN).resolve("node_modules/left-pad"));
        for (int i = 0; i < 2_000; i++) {
            Files.writeString(modules.resolve("f" + i + ".js"), "module.exports = " + i + ";");
        }
        Files.writeString(submission.resolve("README.txt"), "my notes");
    }

    private static JsonNode result(String name) {
        return Classes.result(out.resolve(name));
    }

    /** The companion and every exercise in {@code full} have full marks. */
    private static void full(JsonNode result, String... full) {
        for (String id : Stream.concat(Stream.of(KNN), Stream.of(full)).toList()) {
            JsonNode e = Classes.exercise(result, id);
            assertThat(e.get("status").asText()).as(id).isEqualTo("graded");
            assertThat(e.get("score").asDouble()).as(id).isEqualTo(e.get("maxScore").asDouble());
        }
    }

    private static String missingReason(JsonNode result, String id) {
        JsonNode e = Classes.exercise(result, id);
        assertThat(e.get("status").asText()).isEqualTo("missing");
        assertThat(e.get("score").asDouble()).isZero();
        return e.get("diagnostics").get(0).get("message").asText();
    }

    @Test
    void theBatchGradesEveryAttackAndSaysNothingOfAStackTrace() {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.err()).doesNotContain("Exception", "\tat ");
        assertThat(out.resolve("gradebook.csv")).content().contains("link-to-solution", "zip-slip", "empty");
    }

    @Test
    void aFileLinkedToTheReferenceSolutionEarnsNothingAndIsNamed() {
        JsonNode result = result("link-to-solution");
        assertThat(missingReason(result, MDP)).contains(FileAttacks.MDP_FILE + ": this file is a symbolic link, "
                + "which the grader does not follow; submit the file itself");
        full(result);
    }

    @Test
    void aFileLinkedToEtcPasswdIsNotReadAndNothingOfItLeaks() throws IOException {
        JsonNode result = result("link-to-passwd");
        assertThat(missingReason(result, MDP)).contains(FileAttacks.MDP_FILE + ": this file is a symbolic link");
        full(result);
        try (Stream<Path> files = Files.list(out.resolve("link-to-passwd"))) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("root:x:0:0");
            }
        }
    }

    @Test
    void aLinkedExerciseFolderIsNotEntered() {
        JsonNode result = result("linked-folder");
        assertThat(missingReason(result, ATTENTION)).contains(ATTENTION + ": this folder is a symbolic link");
        full(result);
    }

    @Test
    void zipSlipEntriesAreLeftOutNamedAndNothingLandsOutside() {
        assertThat(batch.err()).contains("zip-slip.zip: entry '" + FileAttacks.ESCAPED + "' points outside the "
                + "archive and was left out");
        assertThat(FileAttacks.ESCAPED).doesNotExist();
        full(result("zip-slip"), MDP);
    }

    @Test
    void aZipBombEntryIsLeftOutAndEverythingElseGraded() {
        assertThat(batch.err()).contains("zip-bomb.zip: entry 'mdp-evaluation/zeros.bin' unpacks to more than 8 MiB");
        full(result("zip-bomb"), MDP);
    }

    @Test
    void anEmptySubmissionScoresZeroAndSaysWhatWasExpected() {
        JsonNode result = result("empty");
        for (JsonNode e : result.get("exercises")) {
            assertThat(missingReason(result, e.get("id").asText())).startsWith("no files for this exercise: expected "
                    + e.get("id").asText() + "/");
        }
    }

    @Test
    void aFileOverTheSizeLimitIsNamedAndAHugeDataFileIgnored() {
        JsonNode result = result("huge-files");
        assertThat(missingReason(result, MDP)).contains(FileAttacks.MDP_FILE + ": this file is larger than 512 KiB");
        full(result);
    }

    @Test
    void filesTheExerciseDoesNotListAreIgnored() {
        full(result("unknown-files"));
    }
}
