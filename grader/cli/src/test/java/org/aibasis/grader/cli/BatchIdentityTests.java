package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.aibasis.reports.ReportFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who a result belongs to survives a batch: names in any script, two submissions that would share a folder, and
 * folders the grader wrote itself, which are never graded as students.
 */
class BatchIdentityTests {
    private static final List<String> NAMES = List.of("carol", "carol.zip", "张三", "名字-张三", "Dave Ü",
            "a:b?c", "CON");

    @TempDir
    static Path tmp;
    static Path out;
    static Cli.Run batch;

    @BeforeAll
    static void gradeAClassOfAwkwardNames() throws IOException {
        Path cls = Files.createDirectories(tmp.resolve("class"));
        for (String name : NAMES) {
            if (name.endsWith(".zip")) {
                Classes.zip(Files.createDirectories(tmp.resolve("empty")), cls.resolve(name), Map.of());
            } else {
                Files.createDirectories(cls.resolve(name));
            }
        }
        Path previous = Files.createDirectories(cls.resolve("last-year-output/s1"));
        ReportFiles.markAsOutput(previous.getParent());
        Files.writeString(cls.resolve("notes.txt"), "not a submission");
        out = tmp.resolve("out");
        batch = Cli.run("batch", cls.toString(), "--out", out.toString(), "--jobs", "1", "--no-color");
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void everySubmissionGetsItsOwnFolderAndKeepsItsOriginalName() throws IOException {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        List<Path> folders = folders();
        assertThat(folders).hasSize(NAMES.size());
        List<String> sources = new ArrayList<>();
        for (Path f : folders) {
            JsonNode result = Classes.result(f);
            String source = result.get("source").asText();
            sources.add(source);
            assertThat(result.get("folder").asText()).isEqualTo(f.getFileName().toString());
            assertThat(result.get("submission").asText()).isEqualTo(source.replaceFirst("\\.zip$", ""));
            assertThat(FolderNames.decode(f.getFileName().toString())).isEqualTo(result.get("submission").asText());
        }
        assertThat(sources).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(out.resolve("张三")).isDirectory();
        assertThat(out.resolve("Dave Ü")).isDirectory();
    }

    @Test
    void twoSubmissionsThatWouldShareAFolderAreReported() {
        assertThat(batch.err()).contains("warning: carol and carol.zip would be written to the same folder; the "
                + "reports of carol.zip go to carol~2/");
        assertThat(Classes.result(out.resolve("carol~2")).get("source").asText()).isEqualTo("carol.zip");
    }

    @Test
    void theGradebookAndTheClassReportNameEverySubmissionAsItWas() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(rows.get(0)).startsWith("submission,source,folder,");
        assertThat(rows).anyMatch(r -> r.startsWith("张三,张三,张三,"))
                .anyMatch(r -> r.startsWith("carol,carol.zip,carol~2,"))
                .anyMatch(r -> r.startsWith("Dave Ü,Dave Ü,Dave Ü,")).anyMatch(r -> r.startsWith("名字-张三,"))
                .noneMatch(r -> r.startsWith("_"));
        Document report = Jsoup.parse(out.resolve("class-report.html").toFile());
        assertThat(report.select("table.submissions tbody th").eachText()).contains("张三", "名字-张三", "Dave Ü",
                "carol", "carol (carol.zip)", "a:b?c", "CON");
        for (String href : report.select("table.submissions tbody th a").eachAttr("href")) {
            String folder = java.net.URLDecoder.decode(href.substring(2, href.length() - "/report.html".length()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(out.resolve(folder).resolve("report.html")).as(href).isRegularFile();
        }
    }

    @Test
    void foldersTheGraderWroteAreSkippedAndSaidAndOtherFilesAreNamed() throws IOException {
        assertThat(batch.err()).contains("skipped class/last-year-output: the grader wrote it",
                "ignored 1 file of class/ that is neither a folder nor a .zip: notes.txt");
        assertThat(folders()).extracting(p -> p.getFileName().toString()).doesNotContain("last-year-output");
        assertThat(out.resolve(ReportFiles.MARKER)).isRegularFile();
        assertThat(folders()).allSatisfy(f -> assertThat(f.resolve(ReportFiles.MARKER)).isRegularFile());
    }
}
