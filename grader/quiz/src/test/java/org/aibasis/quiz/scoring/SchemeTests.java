package org.aibasis.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.aibasis.quiz.bank.Scheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked example of quizzes/README.md: options A..E, A and B correct (n = 5, c = 2). Expected values worked
 * out by hand from the definitions, e.g. for ticks {A, C}: t = 1, f = 1, mistakes = f + (c - t) = 2, so
 * all-or-nothing 0, net-correct max(0, (1 - 1) / 2) = 0, per-decision (5 - 2) / 5 = 0.6, PS50 0.
 */
class SchemeTests {
    private static final List<String> ALL = List.of("A", "B", "C", "D", "E");
    private static final Set<String> CORRECT = Set.of("A", "B");

    @ParameterizedTest(name = "ticked {0}: {1} {2} {3} {4}")
    @CsvSource(delimiter = ';', value = {
            // ticked; all-or-nothing; net-correct; per-decision; ps50
            "A B;     1; 1;   1;   1",
            "A;       0; 0.5; 0.8; 0.5",
            "A C;     0; 0;   0.6; 0",
            "A B C;   0; 0.5; 0.8; 0.5",
            "'';      0; 0;   0.6; 0",
            "A B C D E; 0; 0; 0.4; 0",
            "C;       0; 0;   0.4; 0",
    })
    void workedExample(String ticked, double allOrNothing, double netCorrect, double perDecision, double ps50) {
        Set<String> t = ticked.isBlank() ? Set.of() : Set.of(ticked.trim().split(" +"));
        assertThat(Schemes.fraction(Scheme.ALL_OR_NOTHING, ALL, CORRECT, t)).isEqualTo(allOrNothing);
        assertThat(Schemes.fraction(Scheme.NET_CORRECT, ALL, CORRECT, t)).isEqualTo(netCorrect);
        assertThat(Schemes.fraction(Scheme.PER_DECISION, ALL, CORRECT, t)).isEqualTo(perDecision);
        assertThat(Schemes.fraction(Scheme.PS50, ALL, CORRECT, t)).isEqualTo(ps50);
    }
}
