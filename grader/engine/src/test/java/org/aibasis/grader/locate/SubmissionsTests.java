package org.aibasis.grader.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsTests {
    @TempDir
    Path tmp;

    private Path zip(String name, String... entries) throws IOException {
        Path z = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream zos = new ZipOutputStream(os)) {
            for (String e : entries) {
                zos.putNextEntry(new ZipEntry(e));
                zos.write("class X {}".getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return z;
    }

    /** A zip with {@code mib} MiB of zeros in {@code entry} (a few KiB packed), then {@code others} like zip(). */
    private Path zeros(String name, String entry, int mib, String... others) throws IOException {
        Path z = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream zos = new ZipOutputStream(os)) {
            zos.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < mib; i++) {
                zos.write(zeros);
            }
            zos.closeEntry();
            for (String e : others) {
                zos.putNextEntry(new ZipEntry(e));
                zos.write("class X {}".getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return z;
    }

    @Test
    void zipIsUnpackedAndALoneWrapperFolderIsLookedThrough() throws Exception {
        Path z = zip("alice.zip", "exercises/demo/src/course/demo/Arith.java");
        Submission s = Submissions.open(z, tmp.resolve("scratch"));
        assertThat(s.name()).isEqualTo("alice");
        assertThat(s.root().resolve("demo/src/course/demo/Arith.java")).exists();
    }

    @Test
    void zipSlipEntriesAreLeftOutWithTheEntryNamedAndTheRestIsUnpacked() throws Exception {
        Path z = zip("mallory.zip", "../../evil.txt", "/tmp/evil-absolute.txt", "demo/src/course/demo/Arith.java");
        Submission s = Submissions.open(z, tmp.resolve("scratch"));
        assertThat(s.warnings()).containsExactly(
                "mallory.zip: entry '../../evil.txt' points outside the archive and was left out",
                "mallory.zip: entry '/tmp/evil-absolute.txt' points outside the archive and was left out");
        assertThat(tmp.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(Path.of("/tmp/evil-absolute.txt")).doesNotExist();
        assertThat(s.root().resolve("demo/src/course/demo/Arith.java")).exists();
    }

    @Test
    void thousandsOfLeftOutEntriesGiveABoundedListOfWarnings() throws Exception {
        String[] names = new String[1_000];
        for (int i = 0; i < names.length; i++) {
            names[i] = "../escape-" + i + ".txt";
        }
        Submission s = Submissions.open(zip("many-slips.zip", names), tmp.resolve("scratch"));
        assertThat(s.warnings()).hasSize(21);
        assertThat(s.warnings().get(20)).isEqualTo("many-slips.zip: 980 more entries were left out");
    }

    @Test
    void anEntryThatExplodesIsLeftOutAndTheRestIsUnpacked() throws Exception {
        Path z = zeros("bomb-entry.zip", "demo/zeros.bin", 64, "demo/src/course/demo/Arith.java");
        Submission s = Submissions.open(z, tmp.resolve("scratch"));
        assertThat(s.warnings()).containsExactly("bomb-entry.zip: entry 'demo/zeros.bin' unpacks to more than 8 MiB"
                + " and was left out");
        assertThat(s.root().resolve("demo/zeros.bin")).doesNotExist();
        assertThat(s.root().resolve("demo/src/course/demo/Arith.java")).hasContent("class X {}");
    }

    @Test
    void brokenZipGetsAClearMessage() throws Exception {
        Path z = tmp.resolve("broken.zip");
        Files.writeString(z, "this is not a zip");
        assertThatThrownBy(() -> Submissions.open(z, tmp.resolve("scratch")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("broken.zip").hasMessageContaining("not a readable zip");
    }

    @Test
    void zipBombIsRefusedByItsRatio() throws Exception {
        Path z = zeros("bomb.zip", "demo/zeros.txt", 8);
        assertThat(Files.size(z)).isLessThan(8L * 1024 * 1024 / Submissions.MAX_RATIO);
        assertThatThrownBy(() -> Submissions.open(z, tmp.resolve("scratch")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("bomb.zip").hasMessageContaining("times its size");
    }

    @Test
    void zipWithTooManyEntriesIsRefused() throws Exception {
        String[] names = new String[Submissions.MAX_ENTRIES + 1];
        for (int i = 0; i < names.length; i++) {
            names[i] = "demo/f" + i + ".txt";
        }
        Path z = zip("many.zip", names);
        assertThatThrownBy(() -> Submissions.open(z, tmp.resolve("scratch")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("more than 5000 entries");
    }

    @Test
    void theRootOfTheFileSystemIsNotASubmission() {
        assertThatThrownBy(() -> Submissions.open(Path.of("/"), tmp.resolve("scratch")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("root of the file system");
    }

    @Test
    void aLinkedSubmissionIsNotFollowed() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("alice"), real);
        assertThatThrownBy(() -> Submissions.open(link, tmp.resolve("scratch")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("alice")
                .hasMessageContaining("symbolic link");
    }

    @Test
    void dotIsNamedAfterTheFolderItStandsFor() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bob"));
        assertThat(Submissions.open(dir.resolve("."), tmp.resolve("scratch")).name()).isEqualTo("bob");
    }

    @Test
    void classFolderListsFoldersAndZipsOnly() throws Exception {
        Files.createDirectories(tmp.resolve("class/bob"));
        Files.createDirectories(tmp.resolve("class/.git"));
        Files.writeString(tmp.resolve("class/notes.txt"), "x");
        Files.writeString(tmp.resolve("class/carol.zip"), "x");
        assertThat(Submissions.list(tmp.resolve("class"))).extracting(p -> p.getFileName().toString())
                .containsExactly("bob", "carol.zip");
    }
}
