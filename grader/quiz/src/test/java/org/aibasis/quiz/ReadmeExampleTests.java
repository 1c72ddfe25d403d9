package org.aibasis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aibasis.quiz.bank.BankParser;
import org.aibasis.quiz.bank.Question;
import org.junit.jupiter.api.Test;

/** The example bank of quizzes/README.md is valid, so authors can start from it. */
class ReadmeExampleTests {

    @Test
    void theReadmesExampleBankIsValid() throws IOException {
        String readme = Files.readString(AllBanksValidTests.quizzesFolder().resolve("README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        BankParser.Result result = BankParser.parse(Path.of("quizzes", "rl-bandits.yaml"), yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(result.bank().orElseThrow().questions()).extracting(q -> q.type().code())
                .containsExactly("single", "truefalse", "numeric");
        QuizLibrary library = QuizLibrary.of(java.util.List.of(result.bank().orElseThrow()), java.util.List.of());
        assertThat(library.problems()).isEmpty();
    }
}
