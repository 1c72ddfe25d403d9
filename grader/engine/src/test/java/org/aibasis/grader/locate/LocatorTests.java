package org.aibasis.grader.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the Locator looks, what it refuses to follow, and what it says when it finds nothing. */
class LocatorTests {
    private static final String FILE = "demo/src/course/demo/Arith.java";
    private static final Exercise DEMO = course().find("demo").orElseThrow();

    @TempDir
    Path tmp;

    private static Course course() {
        try {
            return Course.load(Path.of(LocatorTests.class.getResource("/fixture-course/exercises/demo/exercise.yaml")
                    .toURI()).getParent().getParent().getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path solution() {
        return DEMO.solutionDir().resolve("src/course/demo/Arith.java");
    }

    private Located locate(Path root) {
        return Locator.locate(new Submission("s", root), DEMO);
    }

    private String reason(Path root) {
        Located located = locate(root);
        assertThat(located).isInstanceOf(Located.Missing.class);
        return ((Located.Missing) located).reason();
    }

    private Path write(Path root, String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void aFileAtItsPlaceIsRead() throws IOException {
        Path root = tmp.resolve("s");
        write(root, FILE, "package course.demo; class Arith {}");
        Located.Found found = (Located.Found) locate(root);
        assertThat(found.studentFiles()).extracting(SourceFile::content).containsExactly(
                "package course.demo; class Arith {}");
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void aLinkedFileIsNotFollowedAndIsNamedInTheReason() throws IOException {
        Path root = tmp.resolve("s");
        Files.createDirectories(root.resolve(FILE).getParent());
        Files.createSymbolicLink(root.resolve(FILE), solution());
        assertThat(reason(root)).contains(FILE + ": this file is a symbolic link",
                "submit the file itself");
    }

    @Test
    void aLinkedExerciseFolderIsNotEntered() throws IOException {
        Path root = tmp.resolve("s");
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("demo"), DEMO.solutionDir());
        assertThat(reason(root)).contains("demo: this folder is a symbolic link",
                "submit the folder itself");
    }

    @Test
    void aLinkedFolderOnTheWayIsNotEnteredAndAPlainCopyElsewhereIsUsed() throws IOException {
        Path root = tmp.resolve("s");
        Files.createDirectories(root.resolve("demo/src/course"));
        Files.createSymbolicLink(root.resolve("demo/src/course/demo"), solution().getParent());
        write(root, "demo/elsewhere/Arith.java", "package course.demo; class Arith { /* mine */ }");
        Located.Found found = (Located.Found) locate(root);
        assertThat(found.studentFiles()).extracting(SourceFile::content).containsExactly(
                "package course.demo; class Arith { /* mine */ }");
        assertThat(found.notes()).extracting(Diagnostic::file).contains("demo/src/course/demo",
                "demo/elsewhere/Arith.java");
        assertThat(found.notes()).extracting(Diagnostic::message).anyMatch(m -> m.contains("symbolic link"));
    }

    @Test
    void aLinkFoundBySearchingIsReportedAndSkipped() throws IOException {
        Path root = tmp.resolve("s");
        Files.createDirectories(root.resolve("demo/other"));
        Files.createSymbolicLink(root.resolve("demo/other/Arith.java"), Path.of("/etc/passwd"));
        assertThat(reason(root)).contains("demo/other/Arith.java: this file is a symbolic"
                + " link").doesNotContain("root:");
    }

    @Test
    void manyLinksOfOneNameAreCountedNotListed() throws IOException {
        Path root = tmp.resolve("s");
        for (int i = 0; i < 10; i++) {
            Path dir = Files.createDirectories(root.resolve("demo/d" + i));
            Files.createSymbolicLink(dir.resolve("Arith.java"), solution());
        }
        String reason = reason(root);
        assertThat(reason.split("symbolic link, which", -1)).hasSize(4);
        assertThat(reason).contains("demo/: this folder holds 7 more symbolic links named Arith.java");
    }

    @Test
    void aFileOverTheSizeLimitIsNamedWithItsSize() throws IOException {
        Path root = tmp.resolve("s");
        write(root, FILE, "x".repeat((int) Locator.MAX_FILE_BYTES + 1));
        assertThat(reason(root)).contains(FILE + ": this file is larger than 512 KiB");
    }

    /** Near misses: a folder in the wrong case or at the wrong level, the exercise folder itself, a loose file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            s    | DEMO/src/course/demo/Arith.java           | DEMO/: this folder has the exercise's name in other letter case; folder names are case-sensitive: rename it to demo
            s    | exercises/demo/src/course/demo/Arith.java | exercises/demo/: this folder is too deep
            demo | src/course/demo/Arith.java                | the folder given is the exercise folder itself
            s    | Arith.java                                | Arith.java: this looks like a file of demo
            """)
    void aNearMissIsNamed(String folder, String file, String said) throws IOException {
        Path root = tmp.resolve(folder);
        write(root, file, "class Arith {}");
        assertThat(reason(root)).startsWith("no files for this exercise: expected " + FILE).contains(said);
    }

    @Test
    void anEmptySubmissionSaysWhatWasExpected() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("s"));
        assertThat(reason(root)).isEqualTo("no files for this exercise: expected " + FILE);
    }

    @Test
    void theSearchOfAHugeFolderStopsAndSaysSo() throws IOException {
        Path root = tmp.resolve("s");
        Path many = Files.createDirectories(root.resolve("demo/many"));
        for (int i = 0; i <= SubmissionTree.MAX_VISITED; i++) {
            Files.createFile(many.resolve("f" + i));
        }
        assertThat(reason(root)).contains("demo/: this folder holds more than 20000 entries");
    }
}
