package org.aibasis.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.junit.jupiter.api.Test;

/**
 * A synthetic class of 10 students and 4 single-choice items (option o1 correct, o2 and o3 wrong; 1 point each).
 * Expected values worked out by hand:
 * <pre>
 * student  I1 I2 I3 I4  total   wrong choices
 * s01       1  1  1  1   4
 * s02       1  1  1  0   3      I4:o2
 * s03       1  1  1  0   3      I4:o3
 * s04       1  1  0  0   2      I3:o2 I4:o2
 * s05       1  0  1  0   2      I2:o2 I4:o3
 * s06       0  1  1  0   2      I1:o2 I4:o2
 * s07       1  0  0  1   2      I2:o2 I3:o3
 * s08       1  0  0  0   1      I2:o2 I3:o2 I4:o3
 * s09       0  0  0  1   1      I1:o3 I2:o2 I3:o3
 * s10       0  0  0  1   1      I1:o2 I2:o2 I3:blank
 *
 * groups: round(0.27 * 10) = 3; upper = s01 s02 s03 (4, 3, 3), lower = s08 s09 s10 (1, 1, 1)
 * facility: I1 7/10 = 0.7, I2 0.5, I3 0.5, I4 0.4
 * D: I1 1 - 1/3 = 2/3, I2 1 - 0 = 1, I3 1 - 0 = 1, I4 1/3 - 2/3 = -1/3 (flagged)
 * alpha: item variances p(1-p) = .21 + .25 + .25 + .24 = .95; totals mean 2.1, variance
 *        (1.9^2 + 2 * 0.9^2 + 4 * 0.1^2 + 3 * 1.1^2) / 10 = 8.9 / 10 = .89; alpha = 4/3 * (1 - .95/.89) = -8/89
 * corrected point-biserial of I1: x = 1111101100, y = total - x = 3,2,2,1,1,2,1,0,1,1; mean x .7, mean y 1.4;
 *        Sxy = .3 * (1.6 + .6 + .6 - .4 - .4 - .4 - 1.4) - .7 * (.6 - .4 - .4) = .06 + .14 = .2; Sxx = 2.1;
 *        Syy = 6.4; r = .2 / sqrt(2.1 * 6.4) = .2 / sqrt(13.44) = 0.054554
 * of I2: x = 1111010000, y = 3,2,2,1,2,1,2,1,1,1; Sxy = 1.0, Sxx = 2.5, Syy = 4.4; r = 1 / sqrt(11) = 0.301511
 * of I4: x = 1000001011, y = 3,3,3,2,2,2,1,1,0,0; Sxy = -2.8, Sxx = 2.4, Syy = 12.1;
 *        r = -2.8 / sqrt(29.04) = -0.519589
 * options of I1: o1 all .7, upper 1, lower 1/3; o2 all .2 (s06, s10), upper 0, lower 1/3; o3 all .1, upper 0,
 *        lower 1/3. I2's o3 was chosen by nobody (flagged).
 * options of I4: o1 .4 / 1/3 / 2/3; o2 .3 / 1/3 / 0; o3 .3 / 1/3 / 1/3
 * </pre>
 */
class ItemAnalysisTests {

    private static Bank bank() {
        StringBuilder yaml = new StringBuilder("""
                bank: stats
                topic: ml-basics
                title: {en: "Stats", zh: "统计"}
                questions:
                """);
        for (int i = 1; i <= 4; i++) {
            yaml.append("""
                      - id: i%d
                        type: single
                        shuffle: false
                        text: {en: "Item %d", zh: "题 %d"}
                        explanation: {en: "E", zh: "E"}
                        options:
                          - {text: {en: "right", zh: "对"}, correct: true}
                          - {text: {en: "wrong two", zh: "错二"}}
                          - {text: {en: "wrong three", zh: "错三"}}
                    """.formatted(i, i, i));
        }
        return Fixtures.parse("stats", yaml.toString()).bank().orElseThrow();
    }

    /** Row per student: the option chosen for I1..I4 ("-" for blank). */
    private static final String[] CHOICES = {
            "o1 o1 o1 o1", "o1 o1 o1 o2", "o1 o1 o1 o3", "o1 o1 o2 o2", "o1 o2 o1 o3",
            "o2 o1 o1 o2", "o1 o2 o3 o1", "o1 o2 o2 o3", "o3 o2 o3 o1", "o2 o2 - o1"};

    private static List<GradedAttempt> classOfTen() {
        QuizLibrary library = QuizLibrary.of(List.of(bank()), List.of());
        List<GradedAttempt> graded = new ArrayList<>();
        for (int s = 0; s < CHOICES.length; s++) {
            Attempt attempt = library.instantiate("stats", String.format("s%02d", s + 1), 1);
            Map<String, Response> responses = new HashMap<>();
            String[] row = CHOICES[s].split(" ");
            for (int i = 0; i < 4; i++) {
                if (!row[i].equals("-")) {
                    responses.put("stats/i" + (i + 1), new Response.Ticked(Set.of(row[i])));
                }
            }
            graded.add(library.grade(attempt, new Responses(responses)));
        }
        return graded;
    }

    @Test
    void theHandWorkedExample() {
        List<GradedAttempt> graded = classOfTen();
        assertThat(graded).extracting(GradedAttempt::points).containsExactly(4.0, 3.0, 3.0, 2.0, 2.0, 2.0, 2.0, 1.0,
                1.0, 1.0);
        ItemStatistics stats = QuizLibrary.analyse(graded);
        assertThat(stats.quiz()).isEqualTo("stats");
        assertThat(stats.respondents()).isEqualTo(10);
        assertThat(stats.groupSize()).isEqualTo(3);
        assertThat(stats.cronbachAlpha().orElseThrow()).isCloseTo(-8.0 / 89, within(1e-12));

        assertThat(stats.items()).extracting(ItemStats::facility).containsExactly(0.7, 0.5, 0.5, 0.4);
        assertThat(stats.items().stream().map(i -> i.discrimination().orElseThrow()).toList())
                .satisfiesExactly(d -> assertThat(d).isCloseTo(2.0 / 3, within(1e-12)),
                        d -> assertThat(d).isCloseTo(1, within(1e-12)),
                        d -> assertThat(d).isCloseTo(1, within(1e-12)),
                        d -> assertThat(d).isCloseTo(-1.0 / 3, within(1e-12)));

        ItemStats i1 = stats.item("stats/i1").orElseThrow();
        assertThat(i1.pointBiserial().orElseThrow()).isCloseTo(0.054554, within(1e-6));
        assertThat(stats.item("stats/i2").orElseThrow().pointBiserial().orElseThrow())
                .isCloseTo(0.301511, within(1e-6));
        ItemStats i4 = stats.item("stats/i4").orElseThrow();
        assertThat(i4.pointBiserial().orElseThrow()).isCloseTo(-0.519589, within(1e-6));

        assertThat(i1.options()).extracting(OptionChoice::optionId).containsExactly("o1", "o2", "o3");
        assertOption(i1.options().get(0), true, 0.7, 1, 1.0 / 3);
        assertOption(i1.options().get(1), false, 0.2, 0, 1.0 / 3);
        assertOption(i1.options().get(2), false, 0.1, 0, 1.0 / 3);
        assertOption(i4.options().get(0), true, 0.4, 1.0 / 3, 2.0 / 3);
        assertOption(i4.options().get(1), false, 0.3, 1.0 / 3, 0);
        assertOption(i4.options().get(2), false, 0.3, 1.0 / 3, 1.0 / 3);

        assertThat(i1.flags()).isEmpty();
        assertThat(stats.item("stats/i2").orElseThrow().flags()).singleElement()
                .isInstanceOfSatisfying(Flag.UnchosenDistractor.class, f -> {
                    assertThat(f.optionId()).isEqualTo("o3");
                    assertThat(f.text().en()).isEqualTo("wrong three");
                });
        assertThat(stats.item("stats/i3").orElseThrow().flags()).isEmpty();
        assertThat(i4.flags()).singleElement().isInstanceOfSatisfying(Flag.NegativeDiscrimination.class,
                f -> assertThat(f.discrimination()).isCloseTo(-1.0 / 3, within(1e-12)));
        assertThat(stats.flagged()).extracting(ItemStats::questionId).containsExactly("stats/i2", "stats/i4");
    }

    private static void assertOption(OptionChoice o, boolean correct, double all, double upper, double lower) {
        assertThat(o.correct()).isEqualTo(correct);
        assertThat(o.all()).isCloseTo(all, within(1e-12));
        assertThat(o.upper().orElseThrow()).isCloseTo(upper, within(1e-12));
        assertThat(o.lower().orElseThrow()).isCloseTo(lower, within(1e-12));
    }

    @Test
    void tooEasyAndTooHardAreFlagged() {
        QuizLibrary library = QuizLibrary.of(List.of(bank()), List.of());
        List<GradedAttempt> graded = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            Attempt a = library.instantiate("stats", "s" + s, 1);
            graded.add(library.grade(a, new Responses(Map.of(
                    "stats/i1", new Response.Ticked(Set.of("o1")),           // everybody right
                    "stats/i2", new Response.Ticked(Set.of(s == 0 ? "o1" : "o2")),  // 1 in 20 right
                    "stats/i3", new Response.Ticked(Set.of(s % 2 == 0 ? "o1" : "o3"))))));
        }
        ItemStatistics stats = ItemAnalysis.analyse(graded);
        assertThat(stats.item("stats/i1").orElseThrow().flags()).hasAtLeastOneElementOfType(Flag.TooEasy.class);
        assertThat(stats.item("stats/i2").orElseThrow().flags()).hasAtLeastOneElementOfType(Flag.TooHard.class);
        // nobody answered i4: facility 0, too hard, and no point-biserial (no variance)
        ItemStats i4 = stats.item("stats/i4").orElseThrow();
        assertThat(i4.pointBiserial()).isEmpty();
        assertThat(i4.flags()).hasAtLeastOneElementOfType(Flag.TooHard.class);
    }

    @Test
    void aQuestionAnsweredByFewerThanTheMinimumIsNotJudgedAndNotFlagged() {
        List<GradedAttempt> graded = classOfTen();

        ItemStatistics strict = QuizLibrary.analyse(graded, 11);

        assertThat(strict.thresholds().minimumRespondents()).isEqualTo(11);
        assertThat(strict.flagged()).isEmpty();
        assertThat(strict.tooFew()).hasSize(4).allSatisfy(i -> {
            assertThat(i.judged()).isFalse();
            assertThat(i.respondents()).isEqualTo(10);
        });
        // the numbers are still there for whoever wants to read them
        assertThat(strict.item("stats/i4").orElseThrow().discrimination().orElseThrow()).isCloseTo(-1.0 / 3,
                within(1e-12));
        assertThat(QuizLibrary.analyse(graded).tooFew()).isEmpty();
        assertThat(QuizLibrary.analyse(graded.subList(0, 9)).flagged()).isEmpty();
    }

    @Test
    void emptyClass() {
        ItemStatistics stats = ItemAnalysis.analyse(List.of());
        assertThat(stats.items()).isEmpty();
        assertThat(stats.cronbachAlpha()).isEmpty();
    }
}
