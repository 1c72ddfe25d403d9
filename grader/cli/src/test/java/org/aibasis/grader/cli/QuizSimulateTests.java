package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo: a simulated class of 40 whose class report flags exactly the questions planted broken. */
class QuizSimulateTests {

    @Test
    void theClassReportOfTheSimulatedClassFlagsExactlyWhatSimulateSaysItPlanted(@TempDir Path dir)
            throws IOException {
        Path answers = dir.resolve("class");
        Cli.Run simulate = Cli.run("quiz", "simulate", "rl-bandits", "--out", answers.toString(), "--home",
                Cli.home().toString());
        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        try (Stream<Path> files = Files.list(answers)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(40);
        }
        Matcher planted = Pattern.compile("(?m)^  (\\S+/\\S+): (wrong key|dead distractor)").matcher(simulate.out());
        Set<String> expected = new java.util.HashSet<>();
        while (planted.find()) {
            expected.add(planted.group(1));
        }
        assertThat(expected).hasSize(4);

        Path out = dir.resolve("report");
        Cli.Run grade = Cli.run("quiz", "grade", "rl-bandits", answers.toString(), "--out", out.toString(),
                "--home", Cli.home().toString());
        assertThat(grade.exitCode()).as(grade.err()).isZero();
        Document doc = Jsoup.parse(out.resolve("quiz-class-report.html").toFile(), "UTF-8");
        assertThat(doc.select("#flags li.flagged-question").stream().map(e -> e.attr("data-question"))
                .collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(doc.select("tr.item.too-few")).isEmpty();
    }

    @Test
    void plantingMoreThanTheQuizHoldsIsOneClearLine(@TempDir Path dir) {
        Cli.Run run = Cli.run("quiz", "simulate", "rl-bandits", "--wrong-keys", "50", "--out", dir.toString(),
                "--home", Cli.home().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: ").contains("too few to plant").doesNotContain("\n");
    }
}
