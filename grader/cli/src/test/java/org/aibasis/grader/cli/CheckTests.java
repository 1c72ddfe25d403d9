package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} says which folder it checked, finds the working copy upward, and names near misses. */
class CheckTests {
    private static final String MDP = "mdp-evaluation";

    @TempDir
    Path tmp;

    /** A student's working copy of the MDP exercise, laid out as {@code <root>/<folder>/...}. */
    private Path workingCopy(Path root, String folder) throws IOException {
        return Classes.copy(Cli.home().resolve("exercises").resolve(MDP), root.resolve(folder));
    }

    @Test
    void insideTheCourseWithoutAWorkingCopyItSaysItChecksTheCourseOwnFolder() throws IOException {
        Cli.Run run = Cli.run("check", MDP, "--no-color");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("note: checking the course's own exercises/ folder");
        assertThat(run.out()).contains("Checked: " + Cli.home().resolve("exercises").toRealPath());
    }

    @Test
    void theWorkingCopyIsFoundUpwardFromInsideIt() throws Exception {
        Path work = workingCopy(tmp.resolve("work/exercises"), MDP);
        Path inside = work.resolve("src/course/mdp");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgrader.home=" + Cli.home(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", MDP, "--no-color").directory(inside.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("Checked: " + tmp.resolve("work/exercises").toRealPath())
                .doesNotContain("course's own");
    }

    @Test
    void aFolderInTheWrongCaseIsNamedNotJustMissing() throws IOException {
        workingCopy(tmp.resolve("copy"), "MDP-Evaluation");
        Files.createDirectories(tmp.resolve("copy/knn-hyperparameters"));
        Cli.Run run = Cli.run("check", MDP, "--dir", tmp.resolve("copy").toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("MDP-Evaluation/: this folder has the exercise's "
                + "name in other letter case").contains("Checked: " + tmp.resolve("copy").toRealPath());
    }

    @Test
    void theExerciseFolderGivenInsteadOfItsParentIsNamed() throws IOException {
        Path exercise = workingCopy(tmp, MDP);
        Cli.Run run = Cli.run("check", MDP, "--dir", exercise.toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().replaceAll("\\s+", " ")).contains("the folder given is the exercise folder itself");
    }

    @Test
    void aMissingDirIsAUsageError() {
        Cli.Run run = Cli.run("check", "--dir", tmp.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(Errors.BAD_INPUT);
        assertThat(run.err()).contains("--dir", "does not exist");
    }
}
