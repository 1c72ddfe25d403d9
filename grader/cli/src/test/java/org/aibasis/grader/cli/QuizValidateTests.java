package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz validate}: problems as file:line: message, a count per bank, exit 2 on problems. */
class QuizValidateTests {

    @Test
    void theCoursesBanksAndQuizzesAreValid() {
        Cli.Run run = Cli.run("quiz", "validate", "--home", Cli.home().toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("All valid").containsPattern("rl-bandits\\.yaml\\s+\\d+\\s+0")
                .containsPattern("exam-practice\\.yaml\\s+\\(quiz\\)\\s+0");
    }

    @Test
    void everyProblemIsReportedWithFileAndLineAndTheOtherBanksStillCount(@TempDir Path dir) throws IOException {
        Files.copy(Cli.home().resolve("quizzes/search.yaml"), dir.resolve("search.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), """
                bank: broken
                topic: rl
                title: {en: "Broken", zh: "坏的"}
                questions:
                  - id: no-answer
                    type: truefalse
                    text: {en: "Is it?", zh: "是吗？"}
                    explanation: {en: "No.", zh: "不。"}
                  - id: fine
                    type: truefalse
                    answer: true
                    text: {en: "Is it?", zh: "是吗？"}
                    explanation: {en: "Yes.", zh: "是。"}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(dir.resolve("quizzes/mock.yaml"), """
                quiz: mock
                title: "Mock"
                draw:
                  - {bank: no-such-bank, count: 1}
                """, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("quiz", "validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).containsPattern("broken\\.yaml:5: .*")
                .containsPattern("mock\\.yaml:[1-9]\\d*: .*no-such-bank")
                .containsPattern("broken\\.yaml\\s+1\\s+1")
                .containsPattern("search\\.yaml\\s+\\d+\\s+0")
                .contains("2 problems in 2 files");
    }

    @Test
    void aMissingFolderIsOneClearLine(@TempDir Path dir) {
        Cli.Run run = Cli.run("quiz", "validate", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: ").contains("nope").doesNotContain("Exception");
    }
}
