package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.model.Language;
import org.aibasis.reports.Messages;
import org.junit.jupiter.api.Test;

class WarningsTests {

    @Test
    void printsTheFirstFewThenACountOfTheRest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> messages = IntStream.range(0, 300_000).mapToObj(i -> "unknown entry " + i).toList();

        Warnings.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "warning: ", messages, "see the report");

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(Warnings.SHOWN + 1);
        assertThat(lines.get(0)).isEqualTo("warning: unknown entry 0");
        assertThat(lines.get(Warnings.SHOWN)).isEqualTo("warning: ... and 299980 more (see the report)");
    }

    @Test
    void namesAFewItemsAndCountsTheRest() {
        Messages english = ReportLanguage.words(Language.EN);
        assertThat(Warnings.firstFew(List.of("a", "b"), english)).isEqualTo("a, b");
        assertThat(Warnings.firstFew(List.of("a", "b", "c", "d", "e", "f", "g"), english))
                .isEqualTo("a, b, c, d, e and 2 more");
    }
}
