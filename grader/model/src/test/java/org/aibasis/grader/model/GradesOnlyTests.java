package org.aibasis.grader.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.Figure;
import org.junit.jupiter.api.Test;

class GradesOnlyTests {
    private static final ExerciseInfo INFO = new ExerciseInfo("mdp-evaluation", "MDP policy evaluation", "rl");
    private static final Diagnostic ERROR = new Diagnostic("mdp-evaluation/src/A.java", 3, 5, "';' expected",
            "int x = 1");

    private static TestResult test(String name, double points, Outcome outcome) {
        return new TestResult(name, "display " + name, points, outcome, Optional.of("a hint"), "printed\n",
                List.of("Other.first"), 42, List.of(new Figure("reward", "Reward", "奖励", "step", "reward",
                Figure.steps(2), List.of(Figure.Series.student("yours", new double[] {1, 2})))), Optional.of("提示"));
    }

    private static SubmissionResult full() {
        Counterexample cx = new Counterexample("x = 1", "seed", Optional.of("x = 100"));
        ExerciseResult graded = new ExerciseResult(INFO, new ExerciseStatus.Graded(), List.of(
                test("A.passes", 2, new Outcome.Passed()),
                test("A.fails", 3, new Outcome.Failed("expected 1 but was 2", Optional.of(cx))),
                test("A.errs", 1, new Outcome.Errored("NullPointerException", Optional.empty())),
                test("A.slow", 1, new Outcome.TimedOut(Duration.ofSeconds(5)))), List.of(ERROR));
        ExerciseResult broken = new ExerciseResult(INFO, new ExerciseStatus.CompileError(List.of(ERROR)),
                List.of(test("B.never", 4, new Outcome.NotRun("the code did not compile"))), List.of(ERROR));
        return new SubmissionResult("ada", List.of(graded, broken), new Provenance("ada.zip", "ada", "h", "c"));
    }

    @Test
    void keepsEveryGradeAndOutcome() {
        SubmissionResult full = full();
        SubmissionResult grades = full.gradesOnly();
        assertThat(grades.score()).isEqualTo(full.score()).isEqualTo(2);
        assertThat(grades.maxScore()).isEqualTo(full.maxScore()).isEqualTo(11);
        assertThat(grades.provenance()).isEqualTo(full.provenance());
        assertThat(grades.exercises()).extracting(e -> e.status().getClass().getSimpleName())
                .containsExactly("Graded", "CompileError");
        assertThat(grades.exercises().get(0).tests()).extracting(TestResult::name, TestResult::displayName,
                        t -> t.outcome().label(), TestResult::durationMs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A.passes", "display A.passes", "passed", 42L),
                        org.assertj.core.groups.Tuple.tuple("A.fails", "display A.fails", "failed", 42L),
                        org.assertj.core.groups.Tuple.tuple("A.errs", "display A.errs", "errored", 42L),
                        org.assertj.core.groups.Tuple.tuple("A.slow", "display A.slow", "timed-out", 42L));
        assertThat(grades.exercises().get(0).tests().get(3).outcome())
                .isEqualTo(new Outcome.TimedOut(Duration.ofSeconds(5)));
    }

    @Test
    void leavesOutTheFeedback() {
        SubmissionResult grades = full().gradesOnly();
        for (ExerciseResult e : grades.exercises()) {
            assertThat(e.notes()).isEmpty();
            switch (e.status()) {
                case ExerciseStatus.CompileError c -> assertThat(c.diagnostics()).isEmpty();
                case ExerciseStatus.Rejected r -> assertThat(r.violations()).isEmpty();
                case ExerciseStatus.Missing m -> assertThat(m.reason()).isEmpty();
                case ExerciseStatus.Graded g -> { }
            }
            for (TestResult t : e.tests()) {
                assertThat(t.hint()).isEmpty();
                assertThat(t.hintZh()).isEmpty();
                assertThat(t.output()).isEmpty();
                assertThat(t.figures()).isEmpty();
                assertThat(t.failedPrerequisites()).isEmpty();
                switch (t.outcome()) {
                    case Outcome.Failed f -> assertThat(f.message()).isEmpty();
                    case Outcome.Errored x -> assertThat(x.message()).isEmpty();
                    case Outcome.NotRun n -> assertThat(n.reason()).isEmpty();
                    case Outcome.Passed p -> { }
                    case Outcome.TimedOut o -> { }
                }
            }
        }
    }

    @Test
    void sharesOneCopyOfEachTestName() {
        TestResult a = full().gradesOnly().exercises().get(0).tests().get(1);
        TestResult b = full().gradesOnly().exercises().get(0).tests().get(1);
        assertThat(a.name()).isSameAs(b.name());
        assertThat(a.displayName()).isSameAs(b.displayName());
    }
}
