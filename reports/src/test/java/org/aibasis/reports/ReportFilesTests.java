package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files land complete, under their documented names, with no temporary files left behind. */
class ReportFilesTests {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEverySubmissionOutput(@TempDir Path out) throws IOException {
        SubmissionResult r = Fixtures.everything();
        Path dir = out.resolve("ben-max-backup");

        List<Path> written = ReportFiles.writeSubmission(r, dir);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("report.html",
                "report.md", "gradescope.json", "junit.xml", "TEST-mdp-evaluation.xml", "TEST-astar-consistency.xml",
                "TEST-attention-scaling.xml", "TEST-knn-hyperparameters.xml", "result.json");
        assertThat(names(dir)).containsExactly(ReportFiles.MARKER, "TEST-astar-consistency.xml",
                "TEST-attention-scaling.xml", "TEST-knn-hyperparameters.xml", "TEST-mdp-evaluation.xml",
                "gradescope.json", "junit.xml", "report.html", "report.md", "result.json");
        assertThat(ReportFiles.isOutput(dir)).isTrue();
        assertThat(Files.readString(dir.resolve("result.json"))).isEqualTo(ResultJson.render(r));
        assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(StudentReportHtml.render(r));
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(StudentReportMarkdown.render(r));
        assertThat(Files.readString(dir.resolve("gradescope.json"))).isEqualTo(GradescopeJson.render(r));
        assertThat(Files.readString(dir.resolve("junit.xml"))).isEqualTo(JUnitXml.render(r));
    }

    @Test
    void replacesEarlierReports(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("report.html"), "old and longer than nothing ".repeat(1000));

        ReportFiles.writeSubmission(Fixtures.everything(), out);
        ReportFiles.writeSubmission(Fixtures.hostile(), out);

        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(StudentReportHtml.render(
                Fixtures.hostile()));
        // the second result has two of the first one's four exercises: the other two suites are gone
        assertThat(names(out)).containsExactly(ReportFiles.MARKER, "TEST-astar-consistency.xml",
                "TEST-mdp-evaluation.xml", "gradescope.json", "junit.xml", "report.html", "report.md", "result.json");
        assertThat(Files.readString(out.resolve("TEST-mdp-evaluation.xml"))).isEqualTo(JUnitXml.render(
                Fixtures.hostile().exercises().get(0)));
    }

    @Test
    void buildsTheClassOutputsFromResultFiles(@TempDir Path out) throws IOException {
        List<SubmissionResult> results = ClassFixtures.fourStudents();
        for (SubmissionResult r : results) {
            ReportFiles.writeSubmission(r, out.resolve(r.submission()));
        }
        List<SubmissionResult> read = new ArrayList<>();
        for (SubmissionResult r : results) {
            read.add(ResultJson.read(out.resolve(r.submission()).resolve("result.json")));
        }

        List<Path> written = ReportFiles.writeClass(read, out, Language.EN);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("gradebook.csv",
                "class-report.html");
        assertThat(Files.readString(out.resolve("gradebook.csv"))).isEqualTo(GradebookCsv.render(results));
        assertThat(Files.readString(out.resolve("class-report.html"))).contains("./s1/report.html");
        assertThat(names(out)).containsExactly(ReportFiles.MARKER, "class-report.html", "gradebook.csv", "s1", "s2",
                "s3", "s4");
    }

    @Test
    void reportsGetTheSamePermissionsAsAnyNewFile(@TempDir Path out) throws IOException {
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(out.resolve("plain.txt"));

        ReportFiles.writeAtomically(out.resolve("report.html"), "x");

        assertThat(Files.getPosixFilePermissions(out.resolve("report.html")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writesValidUtf8EvenForUnencodableText(@TempDir Path out) throws IOException {
        Path file = out.resolve("nested/dir/x.txt");

        ReportFiles.writeAtomically(file, "ok \ud800 中");

        byte[] bytes = Files.readAllBytes(file);
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString())
                .isEqualTo("ok \ufffd 中");
        assertThat(names(file.getParent())).containsExactly("x.txt");
    }
}
