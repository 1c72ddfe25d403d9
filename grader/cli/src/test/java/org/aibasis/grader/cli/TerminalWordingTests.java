package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.aibasis.grader.model.Language;
import org.junit.jupiter.api.Test;

/** The wording of what batch and merge print ({@code messages/terminal[_zh].properties}), in both languages. */
class TerminalWordingTests {
    @Test
    void theChineseBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        assertThat(keys("terminal_zh.properties")).containsExactlyInAnyOrderElementsOf(keys("terminal.properties"));
    }

    /** The English bar is the one batch printed before it had a Chinese one, character for character. */
    @Test
    void theProgressBarInEnglishAndInChinese() {
        assertThat(progress(Language.EN, "submissions", 4)).isEqualTo(
                "[#######.....................] 1/4 submissions  ada 3/5  eta 0:00");
        assertThat(progress(Language.ZH, "份提交", 4)).isEqualTo(
                "[#######.....................] 1/4 份提交  ada 3/5  预计还需 0:00");
        assertThat(progress(Language.EN, "tests", 0)).isEqualTo("1 tests done  ada 3/5");
        assertThat(progress(Language.ZH, "个测试", 0)).isEqualTo("已完成 1 个测试  ada 3/5");
    }

    @Test
    void warningsCountTheRestInTheirLanguage() {
        java.util.List<String> many = java.util.stream.IntStream.range(0, Warnings.SHOWN + 3)
                .mapToObj(i -> "w" + i).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Warnings.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "警告：", many, "见报告",
                ReportLanguage.words(Language.ZH));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).last().isEqualTo("警告：……另有 3 条（见报告）");
        assertThat(Warnings.firstFew(java.util.List.of("a", "b", "c", "d", "e", "f"),
                ReportLanguage.words(Language.ZH))).isEqualTo("a、b、c、d、e 等，另有 1 个");
    }

    /** The first of {@code total} steps (0: unknown), done at once, so the estimate is 0:00. */
    private static String progress(Language language, String what, int total) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), what, total, false,
                ReportLanguage.words(language)).step("ada 3/5");
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream("messages/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
