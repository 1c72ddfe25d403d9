package org.aibasis.reports.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.variant.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankYamlTests {

    @Test
    void everyCourseBankWrittenAgainLoadsAsTheSameQuestionsWithTheSameVariants(@TempDir Path dir)
            throws IOException {
        for (Bank bank : QuizFixtures.LIBRARY.banks()) {
            Files.writeString(dir.resolve(bank.id() + ".yaml"), BankYaml.render(bank.id(), bank.topic(),
                    bank.title(), bank.scheme(), bank.questions()), StandardCharsets.UTF_8);
        }
        QuizLibrary again = QuizLibrary.load(dir);
        assertThat(again.problems()).isEmpty();
        for (Bank bank : QuizFixtures.LIBRARY.banks()) {
            Bank back = again.bank(bank.id()).orElseThrow();
            assertThat(back.questions()).extracting(Question::id, Question::type, Question::points)
                    .containsExactlyElementsOf(bank.questions().stream()
                            .map(q -> org.assertj.core.groups.Tuple.tuple(q.id(), q.type(), q.points())).toList());
            Attempt a = QuizFixtures.LIBRARY.instantiate(bank.id(), "s1", 1);
            Attempt b = again.instantiate(bank.id(), "s1", 1);
            for (int i = 0; i < a.questions().size(); i++) {
                assertThat(b.questions().get(i).text()).isEqualTo(a.questions().get(i).text());
                assertThat(b.questions().get(i).key()).isEqualTo(a.questions().get(i).key());
                assertThat(b.questions().get(i).optionOrder()).isEqualTo(a.questions().get(i).optionOrder());
                assertThat(b.questions().get(i).displayedOptions()).isEqualTo(a.questions().get(i)
                        .displayedOptions());
            }
        }
    }

    @Test
    void quotesAnyTextSoItCannotBreakTheStructure(@TempDir Path dir) throws IOException {
        String nasty = "a \"quoted\" \\ back: slash\nnew line\t# not a comment\u0007 - [x] {{y}}";
        Bank source = QuizFixtures.LIBRARY.bank("rl-bandits").orElseThrow();
        Question tf = source.questions().stream().filter(q -> q instanceof Question.TrueFalse).findFirst()
                .orElseThrow();
        Question.Common c = tf.common();
        Question changed = new Question.TrueFalse(new Question.Common(c.id(), c.points(), c.source(),
                new Text(nasty, nasty + "中"), c.explanation(), c.params(), c.require(), c.line()),
                ((Question.TrueFalse) tf).answer());
        Files.writeString(dir.resolve("nasty.yaml"), BankYaml.render("nasty", "rl", Text.both("T: \"x\""),
                source.scheme(), List.of(changed)), StandardCharsets.UTF_8);
        QuizLibrary loaded = QuizLibrary.load(dir);
        assertThat(loaded.problems()).isEmpty();
        Question back = loaded.bank("nasty").orElseThrow().questions().get(0);
        assertThat(back.common().text()).isEqualTo(new Text(nasty, nasty + "中"));
        assertThat(loaded.bank("nasty").orElseThrow().title().en()).isEqualTo("T: \"x\"");
    }
}
