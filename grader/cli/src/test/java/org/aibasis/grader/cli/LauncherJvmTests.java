package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The command line's own JVM flags (bin/grader, docker/grader). Finalization must be off: javac opens ct.sym as a
 * zip file system on every compilation, and that class's finalizer kept each closed one (with its 2 MB directory)
 * on the heap until the finalizer thread ran, so a batch's heap grew with the class.
 */
class LauncherJvmTests {
    private static final Pattern JVM_FLAGS = Pattern.compile("(?m)^jvm=\\(([^)]*)\\)$");

    private static List<String> launcherFlags() throws IOException {
        String launcher = Files.readString(Cli.home().resolve("bin/grader"), StandardCharsets.UTF_8);
        Matcher m = JVM_FLAGS.matcher(launcher);
        assertThat(m.find()).as("bin/grader sets its JVM flags in one jvm=(...) line").isTrue();
        List<String> flags = Arrays.asList(m.group(1).trim().split("\\s+"));
        assertThat(launcher).as("the start-up archive's training run uses the same flags")
                .contains("-Xlog:cds=off \"${jvm[@]}\"")
                .contains("\"${archive[@]}\" \"${jvm[@]}\"");
        return flags;
    }

    @Test
    void bothLaunchersStartTheCommandLineWithTheSameFlags() throws IOException {
        List<String> flags = launcherFlags();
        assertThat(flags).contains("--finalization=disabled", "-XX:TieredStopAtLevel=1");
        String docker = Files.readString(Cli.home().resolve("docker/grader"), StandardCharsets.UTF_8);
        assertThat(docker).contains("exec java " + String.join(" ", flags) + " ");
    }

    @Test
    void withTheLauncherFlagsNoFinalizerRuns() throws Exception {
        List<String> flags = launcherFlags();
        // the probe tells the two cases apart: without the flags, finalizers do run
        assertThat(finalized(List.of())).isPositive();
        assertThat(finalized(flags)).isZero();
    }

    /** How many of a few thousand dropped objects with a finalizer a JVM with these flags finalized. */
    private static int finalized(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FinalizerProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Integer.parseInt(out.lines().reduce((a, b) -> b).orElse(""));
    }
}
