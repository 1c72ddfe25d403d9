package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.aibasis.reports.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input caught before any work: one clear line naming the file or option, exit code 2, no stack trace, and
 * nothing written anywhere the user did not ask for.
 */
class BadInputTests {
    @TempDir
    Path tmp;

    private static Cli.Run usageError(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Errors.BAD_INPUT);
        assertThat(run.err()).startsWith("error: ").doesNotContain("Exception", "\tat ");
        return run;
    }

    private Path classFolder() throws IOException {
        Path cls = Files.createDirectories(tmp.resolve("class"));
        Files.createDirectories(cls.resolve("alice"));
        return cls;
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeAnyGrading() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.txt"), "mine");
        Cli.Run run = usageError("batch", classFolder().toString(), "--out", file.toString());
        assertThat(run.err()).contains(file.toString(), "is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aReadOnlyOutIsRefusedBeforeAnyGrading() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as a user who may write anywhere");
            Cli.Run run = usageError("batch", classFolder().toString(), "--out", out.resolve("x").toString());
            assertThat(run.err()).contains("cannot write to --out", "permission denied");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedUnlessForced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "keep me");
        Cli.Run run = usageError("grade", Files.createDirectories(tmp.resolve("s")).toString(), "--out",
                out.toString(), "--exercise", "mdp-evaluation");
        assertThat(run.err()).contains("is not empty and was not written by the grader", "--force");
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(out.resolve(ReportFiles.MARKER)).doesNotExist();
    }

    @Test
    void theRootOfTheFileSystemIsNeitherASubmissionNorAClass() {
        assertThat(usageError("grade", "/", "--out", tmp.resolve("o").toString()).err())
                .contains("root of the file system");
        assertThat(usageError("batch", "/", "--out", tmp.resolve("o").toString()).err())
                .contains("root of the file system");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOutInsideTheSubmissionIsRefused() {
        Cli.Run run = usageError("grade", ".");
        assertThat(run.err()).contains("--out grading-output is inside the submission");
        assertThat(Path.of("grading-output")).doesNotExist();
    }

    @Test
    void anOutEqualToTheClassFolderOrInsideASubmissionIsRefused() throws IOException {
        Path cls = classFolder();
        assertThat(usageError("batch", cls.toString(), "--out", cls.toString()).err())
                .contains("is the class folder");
        assertThat(usageError("batch", cls.toString(), "--out", cls.resolve("alice/reports").toString()).err())
                .contains("inside the submission alice");
        assertThat(cls.resolve("alice/reports")).doesNotExist();
    }

    @Test
    void reportsTheGraderWroteAreNotGradedAsASubmission() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("old-output"));
        ReportFiles.markAsOutput(old);
        assertThat(usageError("grade", old.toString(), "--out", tmp.resolve("o").toString()).err())
                .contains("holds reports the grader wrote");
    }

    @Test
    void aMistypedHomeIsAUsageErrorNotABrokenCourse() {
        Cli.Run run = usageError("list", "--home", tmp.resolve("no-such-course").toString());
        assertThat(run.err()).contains("--home", "is not the course repository", "does not exist");
        assertThat(usageError("quiz", "validate", "--home", tmp.toString()).err())
                .contains("is not the course repository");
    }

    @Test
    void jobsOutOfRangeSayTheRange() throws IOException {
        assertThat(usageError("batch", classFolder().toString(), "--jobs", "65", "--out",
                tmp.resolve("o").toString()).err()).contains("--jobs must be between 1 and 64, was 65");
    }

    @Test
    void aMistypedOptionValueNamesTheOption() {
        Cli.Run run = Cli.run("batch", tmp.toString(), "--jobs", "many");
        assertThat(run.exitCode()).isEqualTo(Errors.BAD_INPUT);
        assertThat(run.err()).contains("--jobs", "many").doesNotContain("Exception", "\tat ");
    }

    /** Each command's help lists only what applies to it, the ranges, and the exit codes. */
    @Test
    void helpListsOnlyTheOptionsThatApplyWithRangesAndExitCodes() {
        String grade = Cli.run("grade", "--help").out();
        assertThat(grade).contains("--seed", "--exercise", "--force", "Exit codes:", "2   bad usage or input");
        String batch = Cli.run("batch", "--help").out();
        assertThat(batch).contains("--jobs=1..64", "--resume", "--seed", "Exit codes:", "130");
        for (String[] command : new String[][] {{"list", "--help"}, {"quiz", "grade", "--help"},
                {"quiz", "validate", "--help"}, {"quiz", "import", "--help"}, {"quiz", "practice", "--help"}}) {
            String help = Cli.run(command).out();
            assertThat(help).as(String.join(" ", command)).doesNotContain("--seed", "--no-color")
                    .contains("--home", "Exit codes:");
        }
        assertThat(Cli.run("check", "--help").out()).contains("--seed", "--dir", "Exit codes:",
                "1   a public test fails");
    }
}
