package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish}: the student bundle is scanned for anything secret, then built with Maven (offline, from the
 * local repository) and checked with its own launcher. The Maven build runs two exercises, one plain and one on a
 * shared library, with their reference solutions copied in: the whole course would take minutes.
 */
class PublishTests {
    @TempDir
    static Path scratch;
    static Path bundle;

    @BeforeAll
    static void publish() {
        bundle = scratch.resolve("bundle");
        Cli.Run run = Cli.run("publish", "--out", bundle.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void holdsNoSolutionNoHiddenTestAndNoQuizKeys() throws IOException {
        assertThat(new BundleLeaks(Cli.home()).scan(bundle)).isEmpty();
    }

    @Test
    void theLeakScanFindsARenamedSolutionAndAHiddenTestInsideAJar() throws IOException {
        Path planted = scratch.resolve("planted");
        Path solution = Cli.home().resolve("solutions/bandits/src/course/bandit/Ucb.java");
        Files.createDirectories(planted.resolve("notes"));
        Files.writeString(planted.resolve("notes/ideas.txt"), Files.readString(solution));
        try (OutputStream out = Files.newOutputStream(planted.resolve("lib.jar"));
             JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("course/bandit/UcbTests.class"));
            jar.write(new byte[] {(byte) 0xca, (byte) 0xfe});
            jar.closeEntry();
        }
        Files.writeString(planted.resolve("rl-bandits.yaml"), "bank: rl-bandits\n");

        List<String> leaks = new BundleLeaks(Cli.home()).scan(planted);

        assertThat(leaks).anySatisfy(l -> assertThat(l).startsWith("notes/ideas.txt: ").endsWith(solution.toString()))
                .anySatisfy(l -> assertThat(l).startsWith("lib.jar!/course/bandit/UcbTests.class: the hidden test"))
                .anySatisfy(l -> assertThat(l).startsWith("lib.jar!/course/bandit/UcbTests.class: a compiled"))
                .anySatisfy(l -> assertThat(l).startsWith("rl-bandits.yaml: a quiz bank"));
    }

    @Test
    void shipsTheStudentSideOnly() throws IOException {
        Path home = Cli.home();
        try (Stream<Path> exercises = Files.list(home.resolve("exercises"))) {
            for (Path e : exercises.filter(d -> Files.isRegularFile(d.resolve("exercise.yaml"))).toList()) {
                Path module = bundle.resolve("exercises").resolve(e.getFileName());
                assertThat(module.resolve("pom.xml")).exists();
                assertThat(module.resolve("exercise.yaml")).hasSameTextualContentAs(e.resolve("exercise.yaml"));
            }
        }
        assertThat(bundle.resolve("solutions")).doesNotExist();
        assertThat(bundle.resolve(".github/workflows/classroom.yml")).hasSameTextualContentAs(
                home.resolve("examples/github-classroom/.github/workflows/classroom.yml"));
        try (Stream<Path> quizzes = Files.list(bundle.resolve("quizzes"))) {
            assertThat(quizzes.map(q -> q.getFileName().toString())).containsExactly("exam-practice");
        }
        assertThat(bundle.resolve("quizzes/exam-practice/index.html")).isNotEmptyFile();
        assertThat(bundle.resolve("quizzes/exam-practice/index.zh.html")).isNotEmptyFile();
        assertThat(Files.readString(bundle.resolve("README.md"))).contains("`bandits`", "`exam-practice`")
                .doesNotContain("@");
        assertThat(bundle.resolve("bin/grader")).isExecutable();
    }

    @Test
    void mavenRunsThePublicTestsAndTheBundledGraderChecks() throws IOException, InterruptedException {
        Path exercises = bundle.resolve("exercises");
        for (String id : List.of("bandits", "astar-consistency")) {
            Path solution = Cli.home().resolve("solutions").resolve(id).resolve("src");
            try (Stream<Path> files = Files.walk(solution)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, exercises.resolve(id).resolve("src").resolve(solution.relativize(f).toString()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> mvn = new ArrayList<>(List.of(maven(), "-o", "-B", "-q", "-Daether.offline.protocols=file",
                "test", "-pl", "bandits,astar-consistency", "-am"));
        Process build = start(mvn, exercises);
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as(log).isZero();
        for (String report : List.of("bandits/target/surefire-reports/TEST-course.bandit.BanditsPublicTests.xml",
                "astar-consistency/target/surefire-reports/TEST-course.astar.AStarPublicTests.xml")) {
            assertThat(Files.readString(exercises.resolve(report))).contains("failures=\"0\"", "errors=\"0\"")
                    .containsPattern("tests=\"[1-9]");
        }

        Process check = start(List.of("bash", bundle.resolve("bin/grader").toString(), "check", "bandits",
                "--no-color"), bundle);
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(out).isZero();
        assertThat(out).contains("5 / 5 points", "Checked: " + exercises.toRealPath());
    }

    @Test
    void refusesAFolderInsideTheCourseOrNotEmpty() throws IOException {
        Cli.Run inside = Cli.run("publish", "--out", Cli.home().resolve("bundle-out").toString());
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("inside the course");
        assertThat(Cli.home().resolve("bundle-out")).doesNotExist();

        Path full = Files.createDirectories(scratch.resolve("full"));
        Files.writeString(full.resolve("mine.txt"), "mine");
        Cli.Run notEmpty = Cli.run("publish", "--out", full.toString());
        assertThat(notEmpty.exitCode()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("not an empty folder");
        assertThat(full.resolve("mine.txt")).hasContent("mine");
    }

    private static Process start(List<String> command, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (Runtime.version().feature() >= 24) {
            pb.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow");
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return pb.start();
    }

    /** Maven on the PATH, else the course's Maven Wrapper (as bin/grader does). */
    private static String maven() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "mvn"))) {
                return Path.of(dir, "mvn").toString();
            }
        }
        return Cli.home().resolve("mvnw").toString();
    }
}
