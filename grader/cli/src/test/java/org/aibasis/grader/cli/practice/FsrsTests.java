package org.aibasis.grader.cli.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.aibasis.grader.cli.practice.Fsrs.Memory;
import org.aibasis.grader.cli.practice.Fsrs.Rating;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against reference values. The expected numbers were computed for this test with a separate Python
 * script written from the formulas of the FSRS wiki ("The Algorithm", FSRS-6) with the default parameters, not
 * from this class; ts-fsrs 5.4.2 ({@code FSRSAlgorithm.next_state}, which rounds to 8 decimals) gives the same
 * values to 1e-6.
 */
class FsrsTests {
    private static final double EXACT = 1e-12;
    private final Fsrs fsrs = Fsrs.standard();

    @Test
    void firstAnswerSetsStabilityToW0ToW3AndDifficultyFromW4AndW5() {
        assertThat(fsrs.first(Rating.AGAIN)).isEqualTo(new Memory(0.212, 6.4133));
        assertThat(fsrs.first(Rating.HARD).stability()).isEqualTo(1.2931);
        assertThat(fsrs.first(Rating.HARD).difficulty()).isCloseTo(5.112170705601055, within(EXACT));
        assertThat(fsrs.first(Rating.GOOD).stability()).isEqualTo(2.3065);
        assertThat(fsrs.first(Rating.GOOD).difficulty()).isCloseTo(2.118103970459015, within(EXACT));
        // w4 - e^(3 w5) + 1 = -4.77 is clamped to the easiest difficulty
        assertThat(fsrs.first(Rating.EASY)).isEqualTo(new Memory(8.2956, 1));
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDaysAndFallsOnAPowerCurve() {
        assertThat(fsrs.retrievability(0, 2.3065)).isEqualTo(1);
        assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(EXACT));
        assertThat(fsrs.retrievability(2, 2.3065)).isCloseTo(0.9094932559773545, within(EXACT));
        assertThat(fsrs.retrievability(11, 10.964332335820703)).isCloseTo(0.8997767176252719, within(EXACT));
    }

    @Test
    void aWorkedSequenceOfReviews() {
        // day 0: new question, answered right
        Memory m = fsrs.first(Rating.GOOD);
        assertThat(fsrs.interval(m.stability())).isEqualTo(2);
        // day 2: right again; R = 0.9095
        m = fsrs.next(m, 2, Rating.GOOD);
        assertThat(m.stability()).isCloseTo(10.964332335820703, within(1e-9));
        assertThat(m.difficulty()).isCloseTo(2.1112142357853942, within(1e-9));
        assertThat(fsrs.interval(m.stability())).isEqualTo(11);
        // day 13: wrong (a lapse); R = 0.8998; the long-term forgetting formula (1.538) is below S / e^(w17 w18)
        m = fsrs.next(m, 11, Rating.AGAIN);
        assertThat(m.stability()).isCloseTo(1.5383372358832696, within(1e-9));
        assertThat(m.difficulty()).isCloseTo(7.392238132342694, within(1e-9));
        // the same day: right, so the short-term formula applies
        m = fsrs.next(m, 0, Rating.GOOD);
        assertThat(m.stability()).isCloseTo(1.57119726342993, within(1e-9));
        assertThat(m.difficulty()).isCloseTo(7.38007426350719, within(1e-9));
        assertThat(fsrs.interval(m.stability())).isEqualTo(2);
    }

    @Test
    void hardPenalizesAndEasyRewardsTheStabilityIncrease() {
        Memory first = fsrs.first(Rating.GOOD);
        Memory hard = fsrs.next(first, 2, Rating.HARD);
        Memory easy = fsrs.next(first, 2, Rating.EASY);

        assertThat(hard.stability()).isCloseTo(7.513320366762571, within(1e-9));
        assertThat(hard.difficulty()).isCloseTo(4.752858488532556, within(1e-9));
        assertThat(easy.stability()).isCloseTo(18.521754181758595, within(1e-9));
        assertThat(easy.difficulty()).isEqualTo(1);
    }

    @Test
    void aLowerTargetRetentionGivesLongerIntervals() {
        Fsrs relaxed = new Fsrs(Fsrs.DEFAULT_PARAMETERS, 0.8);

        assertThat(relaxed.interval(10.964332335820703)).isEqualTo(36); // 36.357 days
        assertThat(fsrs.interval(10)).isEqualTo(10);
        assertThat(fsrs.interval(0.212)).isEqualTo(1);
        assertThat(fsrs.interval(1e9)).isEqualTo(Fsrs.MAX_INTERVAL);
    }

    @Test
    void rejectsParametersThatAreNotFsrsSix() {
        List<Double> twenty = new ArrayList<>(Fsrs.DEFAULT_PARAMETERS.subList(0, 20));
        assertThatThrownBy(() -> new Fsrs(twenty, 0.9)).hasMessageContaining("21 finite parameters");
        assertThatThrownBy(() -> new Fsrs(Fsrs.DEFAULT_PARAMETERS, 1)).hasMessageContaining("(0, 1)");
    }

    @Property(seed = "42")
    void recallAtTheScheduledIntervalIsTheTargetRetention(@ForAll @DoubleRange(min = 1, max = 3000) double s) {
        long days = fsrs.interval(s);
        // rounding to whole days moves recall by at most the change over half a day
        double lo = fsrs.retrievability(days + 0.5, s);
        double hi = fsrs.retrievability(Math.max(0, days - 0.5), s);
        assertThat(Fsrs.TARGET_RETENTION).isBetween(lo - 1e-12, hi + 1e-12);
    }

    @Property(seed = "42")
    void aRightAnswerNeverLowersStabilityAndAWrongOneNeverRaisesIt(
            @ForAll @DoubleRange(min = 0.01, max = 1000) double s, @ForAll @DoubleRange(min = 1, max = 10) double d,
            @ForAll @DoubleRange(min = 1, max = 400) double days) {
        Memory m = new Memory(s, d);
        long t = (long) days;
        assertThat(fsrs.next(m, t, Rating.GOOD).stability()).isGreaterThanOrEqualTo(s);
        assertThat(fsrs.next(m, t, Rating.AGAIN).stability()).isLessThanOrEqualTo(s);
        assertThat(fsrs.next(m, t, Rating.AGAIN).difficulty()).isGreaterThanOrEqualTo(fsrs.next(m, t,
                Rating.GOOD).difficulty());
    }
}
