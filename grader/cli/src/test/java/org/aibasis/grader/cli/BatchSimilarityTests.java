package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --similarity} on a class of three for {@code bandits}: the reference solution, a copy of it with
 * renamed locals and a planted HTML comment, and an untouched skeleton. The class report lists the copied pair with
 * its regions escaped, and not the skeleton, which is base code.
 */
class BatchSimilarityTests {
    private static final String EXERCISE = "bandits";
    private static final Pattern LOCAL = Pattern.compile("\\b(double|int|long)\\s+([a-z][A-Za-z0-9]*)\\s*=");
    private static final String PLANTED = " // <script>alert('copied')</script>";

    @TempDir
    Path scratch;

    @Test
    void theClassReportListsTheCopiedPairEscaped() throws IOException {
        Path home = Cli.home();
        Path classFolder = scratch.resolve("class");
        Path skeleton = home.resolve("exercises").resolve(EXERCISE);
        Path solution = home.resolve("solutions").resolve(EXERCISE).resolve("src");
        Cli.copyTree(skeleton.resolve("src"), classFolder.resolve("erin").resolve(EXERCISE).resolve("src"));
        Cli.copyTree(solution, classFolder.resolve("ada").resolve(EXERCISE).resolve("src"));
        Path copy = classFolder.resolve("ben").resolve(EXERCISE).resolve("src");
        Cli.copyTree(solution, copy);
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, renameLocals(Files.readString(f)).replaceFirst("(return [^\\n]*;)",
                        "$1" + Matcher.quoteReplacement(PLANTED)));
            }
        }
        Path out = scratch.resolve("out");

        Cli.Run run = Cli.run("batch", classFolder.toString(), "--out", out.toString(), "--jobs", "1",
                "--similarity", "--no-color");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("class-report.html"));
        assertThat(html).contains("Similar submissions", "<strong>ada</strong> and <strong>ben</strong>",
                "never evidence or a penalty", "&lt;script&gt;alert(").doesNotContain(PLANTED.strip());
        assertThat(html.substring(html.indexOf("Similar submissions"))).doesNotContain("<strong>erin</strong>");
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedBeforeGrading() {
        Cli.Run run = Cli.run("batch", scratch.toString(), "--out", scratch.resolve("out").toString(),
                "--similarity", "--similarity-threshold", "60");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--similarity-threshold must be between 0 and 1, was 60");
        assertThat(scratch.resolve("out")).doesNotExist();
    }

    /** Every local declared {@code double x =} (and int, long) gets a new name throughout the file. */
    private static String renameLocals(String code) {
        Matcher m = LOCAL.matcher(code);
        String renamed = code;
        while (m.find()) {
            renamed = renamed.replaceAll("\\b" + m.group(2) + "\\b", m.group(2) + "Renamed");
        }
        return renamed;
    }
}
