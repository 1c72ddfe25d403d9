package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --lang zh} and {@code merge --lang zh}: what they print, the class report and the students' reports
 * in Chinese. One batch run (a single part, {@code --shard 0/1}) serves both: merge takes it as its one part.
 */
class ChineseBatchTests {
    @TempDir
    static Path tmp;
    static Path part;
    static Cli.Run batch;

    /** Ada's right knn-hyperparameters and an empty submission, with a stray file merge must not care about. */
    @BeforeAll
    static void gradeASmallClassInChinese() throws IOException {
        Path cls = Files.createDirectories(tmp.resolve("class"));
        Classes.copy(Classes.sample("ada-full-marks").resolve("knn-hyperparameters"),
                cls.resolve("ada").resolve("knn-hyperparameters"));
        Files.createDirectories(cls.resolve("ben"));
        Files.writeString(cls.resolve("notes.txt"), "not a submission");
        part = tmp.resolve("part");
        batch = Cli.run("batch", cls.toString(), "--out", part.toString(), "--jobs", "1", "--no-color",
                "--shard", "0/1", "--lang", "zh");
    }

    @Test
    void batchPrintsItsProgressTableAndNotesInChinese() {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out().lines()).first().asString().startsWith("提交").endsWith("得分");
        // the table is aligned by terminal columns: each Chinese character takes two (提交 is 4 of 32)
        assertThat(batch.out().lines().toList().get(0)).isEqualTo("提交" + " ".repeat(28) + " " + " ".repeat(4)
                + "得分");
        assertThat(batch.out()).contains("班级报告：" + part.resolve("class-report.html"),
                "成绩册：  " + part.resolve("gradebook.csv")).doesNotContain("Class report", "Gradebook");
        assertThat(batch.err()).contains("已忽略 class/ 中 1 个既不是文件夹也不是 .zip 的文件：notes.txt",
                "2/2 份提交", "预计还需").doesNotContain("submissions", "eta", "ignored");
    }

    @Test
    void theClassReportAndTheStudentsReportsAreInChinese() throws IOException {
        Document report = Jsoup.parse(part.resolve("class-report.html").toFile());
        assertThat(report.select("html").attr("lang")).isEqualTo("zh");
        assertThat(report.select("h1").text()).isEqualTo("班级报告");
        assertThat(report.select("table.exercises tbody th").eachText()).contains("KNN 超参数与交叉验证 knn-hyperparameters");
        assertThat(report.text()).doesNotContain("Submissions", "Item analysis", "Score distribution");
        Document student = Jsoup.parse(part.resolve("ada").resolve("report.html").toFile());
        assertThat(student.select("html").attr("lang")).isEqualTo("zh");
    }

    @Test
    void mergeInChineseWritesTheSameClassReportAndSaysSoInChinese() throws IOException {
        Path merged = tmp.resolve("merged");
        Cli.Run merge = Cli.run("merge", part.toString(), "--out", merged.toString(), "--lang", "zh");

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("已合并 1 个部分，共 2 份提交。", "班级报告：");
        assertThat(Files.readString(merged.resolve("class-report.html")))
                .isEqualTo(Files.readString(part.resolve("class-report.html")));
        assertThat(Files.readString(merged.resolve("ada").resolve("report.html")))
                .isEqualTo(Files.readString(part.resolve("ada").resolve("report.html")));
    }
}
