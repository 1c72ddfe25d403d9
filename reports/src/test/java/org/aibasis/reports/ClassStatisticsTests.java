package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.reports.ClassStatistics.ExerciseStatistics;
import org.aibasis.reports.ClassStatistics.TestStatistics;
import org.junit.jupiter.api.Test;

/** Class statistics against values computed by hand (see {@link ClassFixtures}). */
class ClassStatisticsTests {
    private static final ClassStatistics FOUR = ClassStatistics.of(ClassFixtures.fourStudents());

    @Test
    void totals() {
        // totals 15, 6, 4, 0
        assertThat(FOUR.submissions()).isEqualTo(4);
        assertThat(FOUR.maxScore()).isEqualTo(15.0);
        assertThat(FOUR.mean()).isEqualTo(6.25);
        assertThat(FOUR.median()).isEqualTo(5.0);
        assertThat(FOUR.min()).isEqualTo(0.0);
        assertThat(FOUR.max()).isEqualTo(15.0);
        // deviations 8.75, -0.25, -2.25, -6.25; squares sum to 120.75; / 4 = 30.1875
        assertThat(FOUR.standardDeviation()).isCloseTo(5.494315, within(1e-6));
    }

    @Test
    void medianOfAnOddCountIsTheMiddleOne() {
        ClassStatistics three = ClassStatistics.of(ClassFixtures.fourStudents().subList(0, 3));

        assertThat(three.median()).isEqualTo(6.0);
        assertThat(three.mean()).isCloseTo(25.0 / 3, within(1e-12));
    }

    @Test
    void histogramCountsPercentagesOfTheMaximum() {
        // 100%, 40%, 26.7%, 0%
        assertThat(FOUR.histogram(10)).containsExactly(1, 0, 1, 0, 1, 0, 0, 0, 0, 1);
        assertThat(FOUR.histogram(4)).containsExactly(1, 2, 0, 1);
        assertThat(FOUR.histogram(1)).containsExactly(4);
        assertThatThrownBy(() -> FOUR.histogram(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void histogramBinsIncludeTheirLowerBoundAndTheLastOneIncludesFullMarks() {
        List<SubmissionResult> scores = List.of(scored("p10", 1, 10), scored("p99", 9.99, 10),
                scored("full", 10, 10), scored("nothing", 0, 0));

        assertThat(ClassStatistics.of(scores).histogram(10)).containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void exercises() {
        assertThat(FOUR.exercises()).containsExactly(
                // A: 10 + 6 + 4 + 0 = 20 / 4 = 5; s4 rejected
                new ExerciseStatistics("a", "Exercise A", "", 10, 5, 4, 3, 0, 0, 1, 1),
                // B: 5 + 0 + 0 + 0 = 5 / 4 = 1.25; s2 compile error, s3 missing
                new ExerciseStatistics("b", "Exercise B", "", 5, 1.25, 4, 2, 1, 1, 0, 1));
        assertThat(FOUR.exercises().get(0).meanPercent()).isEqualTo(50.0);
        assertThat(FOUR.exercises().get(1).meanPercent()).isEqualTo(25.0);
    }

    @Test
    void testsAreSortedHardestFirstWithCourseOrderAmongEquals() {
        // the pass rate counts only the submissions that ran the test
        assertThat(FOUR.tests()).containsExactly(
                // t3: s1 passed; s2, s3 not run; s4 timed out: 1 / 4
                new TestStatistics("b", "U.t3", "test U.t3", 5, 1, 0, 0, 1, 2),
                // t1: s1, s2 passed; s3 failed; s4 not run: 2 / 4
                new TestStatistics("a", "T.t1", "test T.t1", 6, 2, 1, 0, 0, 1),
                // t2: s1, s3 passed; s2 failed; s4 not run: 2 / 4
                new TestStatistics("a", "T.t2", "test T.t2", 4, 2, 1, 0, 0, 1));
        assertThat(FOUR.tests()).extracting(TestStatistics::passRate).containsExactly(0.25, 0.5, 0.5);
        assertThat(FOUR.tests()).extracting(TestStatistics::runs).containsExactly(2, 3, 3);
        assertThat(FOUR.tests()).extracting(TestStatistics::passRateWhenRun).containsExactly(0.5, 2.0 / 3, 2.0 / 3);
        assertThat(FOUR.tests()).extracting(TestStatistics::total).containsOnly(4);
    }

    @Test
    void aTestThatFailsWhereverItRunsComesBeforeOneThatRarelyRunsButPasses() {
        SubmissionResult ranAndFailed = new SubmissionResult("x", List.of(new ExerciseResult(ClassFixtures.A,
                new ExerciseStatus.Graded(), List.of(
                new TestResult("T.never", "never", 1, new Outcome.NotRun("-"), Optional.empty(), ""),
                new TestResult("T.rare", "rare", 1, new Outcome.Passed(), Optional.empty(), ""),
                new TestResult("T.hard", "hard", 1, new Outcome.Failed("no", Optional.empty()), Optional.empty(),
                        "")), List.of())));
        SubmissionResult didNotCompile = new SubmissionResult("y", List.of(new ExerciseResult(ClassFixtures.A,
                new ExerciseStatus.CompileError(List.of()), List.of(
                new TestResult("T.never", "never", 1, new Outcome.NotRun("-"), Optional.empty(), ""),
                new TestResult("T.rare", "rare", 1, new Outcome.NotRun("-"), Optional.empty(), ""),
                new TestResult("T.hard", "hard", 1, new Outcome.NotRun("-"), Optional.empty(), "")), List.of())));

        assertThat(ClassStatistics.of(List.of(ranAndFailed, didNotCompile)).tests()).extracting(TestStatistics::name)
                .containsExactly("T.hard", "T.rare", "T.never");
    }

    @Test
    void noSubmissionsGiveZerosAndEmptyLists() {
        ClassStatistics none = ClassStatistics.of(List.of());

        assertThat(none.submissions()).isZero();
        assertThat(List.of(none.mean(), none.median(), none.min(), none.max(), none.standardDeviation(),
                none.maxScore())).containsOnly(0.0);
        assertThat(none.histogram(10)).containsOnly(0);
        assertThat(none.exercises()).isEmpty();
        assertThat(none.tests()).isEmpty();
    }

    private static SubmissionResult scored(String name, double points, double max) {
        List<TestResult> tests = max == 0 ? List.of() : List.of(
                new TestResult("T.won", "won", points, new Outcome.Passed(), Optional.empty(), ""),
                new TestResult("T.lost", "lost", max - points, new Outcome.Failed("no", Optional.empty()),
                        Optional.empty(), ""));
        return new SubmissionResult(name, List.of(new ExerciseResult(ClassFixtures.A, new ExerciseStatus.Graded(),
                tests, List.of())));
    }
}
