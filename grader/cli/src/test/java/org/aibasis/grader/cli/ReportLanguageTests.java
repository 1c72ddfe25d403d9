package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade --lang zh}: the student reports carry the exercise's Chinese title and the tests' Chinese hints. */
class ReportLanguageTests {
    @Test
    void gradeInChineseWritesChineseReports(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("grade", Cli.home().resolve("exercises").toString(), "--exercise",
                "knn-hyperparameters", "--out", out.toString(), "--no-color", "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = Jsoup.parse(out.resolve("report.html").toFile());
        assertThat(html.select("html").attr("lang")).isEqualTo("zh");
        assertThat(html.select("section h2").text()).startsWith("KNN 超参数与交叉验证");
        assertThat(html.select(".hint").eachText()).anySatisfy(h -> assertThat(h).contains("暴力交叉验证"));
        assertThat(run.out()).contains("下一步：");
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path out) {
        Cli.Run run = Cli.run("grade", Cli.home().resolve("exercises").toString(), "--out", out.toString(),
                "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'fr' is not a language code: use en or zh");
    }
}
