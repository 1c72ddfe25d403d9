package org.aibasis.quiz.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.json.AttemptFile;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;

class VariantProperties {
    private static final QuizLibrary LIBRARY = QuizLibrary.of(List.of(Fixtures.demo()), List.of());

    @Property(seed = "42001", tries = 200)
    void theSameStudentQuizAndAttemptAlwaysGiveTheSameVariant(
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String student,
            @ForAll @IntRange(min = 1, max = 20) int attempt) {
        Attempt first = LIBRARY.instantiate("demo", student, attempt);
        Attempt again = LIBRARY.instantiate("demo", student, attempt);
        assertThat(again).isEqualTo(first);
        // and a fresh library over a freshly parsed bank agrees too
        assertThat(QuizLibrary.of(List.of(Fixtures.demo()), List.of()).instantiate("demo", student, attempt))
                .isEqualTo(first);
    }

    @Property(seed = "42002", tries = 50)
    void differentStudentsGetDifferentShufflesOften(@ForAll @IntRange(min = 0, max = 1000) int offset) {
        int differentOrders = 0;
        int differentParameters = 0;
        Attempt reference = LIBRARY.instantiate("demo", "student-" + offset, 1);
        for (int i = 1; i <= 20; i++) {
            Attempt other = LIBRARY.instantiate("demo", "student-" + (offset + i), 1);
            if (!other.questions().get(0).optionOrder().equals(reference.questions().get(0).optionOrder())) {
                differentOrders++;
            }
            if (!other.questions().get(3).parameters().equals(reference.questions().get(3).parameters())) {
                differentParameters++;
            }
        }
        // 4 options have 24 orders: a match has probability 1/24 per student
        assertThat(differentOrders).isGreaterThanOrEqualTo(14);
        assertThat(differentParameters).isGreaterThanOrEqualTo(18);
    }

    @Property(seed = "42003", tries = 100)
    void aStoredAttemptReadBackIsExactlyTheSame(@ForAll @AlphaChars @StringLength(min = 1, max = 10) String student,
                                                @ForAll @IntRange(min = 1, max = 5) int number,
                                                @ForAll @IntRange(min = 0, max = 3) int pick,
                                                @ForAll boolean tf,
                                                @ForAll @IntRange(min = -5, max = 5) int x) {
        Attempt attempt = LIBRARY.instantiate("demo", student, number);
        PosedQuestion single = attempt.questions().get(0);
        PosedQuestion multiple = attempt.questions().get(1);
        Responses responses = new Responses(java.util.Map.of(
                single.qualifiedId(), new Response.Ticked(java.util.Set.of(single.optionOrder().get(pick))),
                multiple.qualifiedId(), new Response.Ticked(java.util.Set.copyOf(multiple.optionOrder().subList(0,
                        pick))),
                attempt.questions().get(2).qualifiedId(), new Response.Truth(tf),
                attempt.questions().get(3).qualifiedId(), new Response.Number(x / 3.0)));
        String json = AttemptJson.write(attempt, responses);
        AttemptFile read = AttemptJson.parse(Path.of("a.json"), json, LIBRARY);
        assertThat(read).isInstanceOf(AttemptFile.Loaded.class);
        AttemptFile.Loaded loaded = (AttemptFile.Loaded) read;
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.attempt()).isEqualTo(attempt);
        assertThat(loaded.responses()).isEqualTo(responses);
        assertThat(LIBRARY.grade(loaded.attempt(), loaded.responses()))
                .isEqualTo(LIBRARY.grade(attempt, responses));
        // writing what was read gives the same text
        assertThat(AttemptJson.write(loaded.attempt(), loaded.responses())).isEqualTo(json);
    }

    @Property(seed = "42004", tries = 100)
    void aQuestionsVariantDoesNotDependOnItsNeighbours(@ForAll @IntRange(min = 0, max = 100000) int s) {
        var bank = Fixtures.demo();
        long seed = Seeds.attempt("student-" + s, "demo", 1);
        PosedQuestion alone = Variants.pose(bank, bank.questions().get(3), Seeds.question(seed, "demo", "ucb-score"),
                Optional.empty());
        assertThat(LIBRARY.instantiate("demo", "student-" + s, 1).questions().get(3)).isEqualTo(alone);
    }
}
