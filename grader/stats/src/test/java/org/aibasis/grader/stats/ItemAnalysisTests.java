package org.aibasis.grader.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A class of 10 respondents and 4 one-point items, with the statistics worked out by hand:
 * <pre>
 * respondent  I1 I2 I3 I4  total
 * s01          1  1  1  1   4
 * s02          1  1  1  0   3
 * s03          1  1  1  0   3
 * s04          1  1  0  0   2
 * s05          1  0  1  0   2
 * s06          0  1  1  0   2
 * s07          1  0  0  1   2
 * s08          1  0  0  0   1
 * s09          0  0  0  1   1
 * s10          0  0  0  1   1
 * groups: round(0.27 * 10) = 3: upper s01 s02 s03, lower s08 s09 s10 (ties by id)
 * facility: I1 0.7, I2 0.5, I3 0.5, I4 0.4
 * D: I1 1 - 1/3 = 2/3, I2 1, I3 1, I4 1/3 - 2/3 = -1/3
 * alpha: item variances .21 + .25 + .25 + .24 = .95, total variance .89: 4/3 (1 - .95/.89) = -8/89
 * corrected point-biserial of I1: .2 / sqrt(2.1 * 6.4) = 0.054554; of I4: -2.8 / sqrt(2.4 * 12.1) = -0.519589
 * </pre>
 */
class ItemAnalysisTests {
    private static final int[][] SCORES = {
            {1, 1, 1, 1}, {1, 1, 1, 0}, {1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 1, 0},
            {0, 1, 1, 0}, {1, 0, 0, 1}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 1}};

    private static List<Respondent> handClass() {
        List<Respondent> all = new ArrayList<>();
        for (int s = 0; s < SCORES.length; s++) {
            Map<String, Respondent.ItemScore> scores = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                scores.put("I" + (i + 1), new Respondent.ItemScore(SCORES[s][i], 1));
            }
            all.add(new Respondent(String.format("s%02d", s + 1), scores));
        }
        return all;
    }

    @Test
    void statisticsMatchTheHandComputedValues() {
        Analysis a = ItemAnalysis.analyse(handClass(), Thresholds.QUESTIONS);
        assertThat(a.respondents()).isEqualTo(10);
        assertThat(a.groupSize()).isEqualTo(3);
        assertThat(a.cronbachAlpha().getAsDouble()).isCloseTo(-8.0 / 89, within(1e-12));
        ItemResult i1 = a.item("I1").orElseThrow();
        assertThat(i1.facility()).isCloseTo(0.7, within(1e-12));
        assertThat(i1.discrimination().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(i1.pointBiserial().getAsDouble()).isCloseTo(0.054554, within(1e-6));
        ItemResult i4 = a.item("I4").orElseThrow();
        assertThat(i4.facility()).isCloseTo(0.4, within(1e-12));
        assertThat(i4.discrimination().getAsDouble()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(i4.pointBiserial().getAsDouble()).isCloseTo(-0.519589, within(1e-6));
    }

    @Test
    void onlyTheNegativelyDiscriminatingItemIsFlagged() {
        Analysis a = ItemAnalysis.analyse(handClass(), Thresholds.QUESTIONS);
        assertThat(a.flagged()).extracting(ItemResult::item).containsExactly("I4");
        assertThat(a.item("I4").orElseThrow().verdict().flags()).singleElement()
                .isInstanceOfSatisfying(Flag.NegativeDiscrimination.class,
                        f -> assertThat(f.discrimination()).isCloseTo(-1.0 / 3, within(1e-12)));
    }

    @Test
    void withFewerRespondentsThanTheMinimumNothingIsJudged() {
        Analysis a = ItemAnalysis.analyse(handClass(), Thresholds.QUESTIONS.withMinimum(11));
        assertThat(a.flagged()).isEmpty();
        assertThat(a.items()).allSatisfy(i -> assertThat(i.verdict()).isEqualTo(new Verdict.TooFew(10, 11)));
        assertThat(a.item("I4").orElseThrow().discrimination()).as("the numbers are still shown").isPresent();
    }

    @Test
    void testsThatNobodyOrEverybodyPassesAreFlagged() {
        List<Respondent> all = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            all.add(new Respondent("s" + s, Map.of(
                    "always", new Respondent.ItemScore(2, 2),
                    "never", new Respondent.ItemScore(0, 3),
                    "half", new Respondent.ItemScore(s % 2 == 0 ? 1 : 0, 1))));
        }
        Analysis a = ItemAnalysis.analyse(all, Thresholds.TESTS);
        assertThat(a.item("always").orElseThrow().verdict().flags()).singleElement().isInstanceOf(Flag.TooEasy.class);
        assertThat(a.item("never").orElseThrow().verdict().flags()).singleElement().isInstanceOf(Flag.TooHard.class);
        assertThat(a.item("half").orElseThrow().verdict().flags()).isEmpty();
        assertThat(a.item("always").orElseThrow().pointBiserial()).as("no variance, no correlation").isEmpty();
    }

    @Test
    void anItemARespondentDidNotHaveCountsNeitherForNorAgainstIt() {
        List<Respondent> all = new ArrayList<>(handClass());
        all.add(new Respondent("s11", Map.of("I1", new Respondent.ItemScore(0, 1))));
        Analysis a = ItemAnalysis.analyse(all, Thresholds.QUESTIONS);
        assertThat(a.item("I2").orElseThrow().respondents()).isEqualTo(10);
        assertThat(a.item("I1").orElseThrow().respondents()).isEqualTo(11);
        assertThat(a.cronbachAlpha()).as("respondents had different items").isEmpty();
    }
}
