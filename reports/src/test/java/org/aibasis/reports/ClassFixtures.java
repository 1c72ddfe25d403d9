package org.aibasis.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * A class of four with numbers small enough to compute by hand. Exercise A has tests t1 (6 points) and t2 (4),
 * exercise B has t3 (5); every submission can earn 15.
 *
 * <pre>
 *            A                 B                 total
 * s1         graded 10         graded 5          15   (100%)
 * s2         graded 6 (t2 x)   compile error     6    (40%)
 * s3         graded 4 (t1 x)   missing           4    (26.7%)
 * s4         rejected          graded 0 (t3 T)   0    (0%)
 * </pre>
 */
final class ClassFixtures {
    static final ExerciseInfo A = new ExerciseInfo("a", "Exercise A", "topic");
    static final ExerciseInfo B = new ExerciseInfo("b", "Exercise B", "topic");

    private ClassFixtures() {
    }

    private static TestResult t(String name, double points, Outcome outcome) {
        return new TestResult(name, "test " + name, points, outcome, Optional.empty(), "");
    }

    private static Outcome pass() {
        return new Outcome.Passed();
    }

    private static Outcome fail() {
        return new Outcome.Failed("wrong", Optional.of(new Counterexample("x: 1", "7", Optional.empty())));
    }

    private static Outcome notRun() {
        return new Outcome.NotRun("did not run");
    }

    private static ExerciseResult a(ExerciseStatus status, Outcome t1, Outcome t2) {
        return new ExerciseResult(A, status, List.of(t("T.t1", 6, t1), t("T.t2", 4, t2)), List.of());
    }

    private static ExerciseResult b(ExerciseStatus status, Outcome t3) {
        return new ExerciseResult(B, status, List.of(t("U.t3", 5, t3)), List.of());
    }

    static List<SubmissionResult> fourStudents() {
        ExerciseStatus graded = new ExerciseStatus.Graded();
        return List.of(
                new SubmissionResult("s1", List.of(a(graded, pass(), pass()), b(graded, pass()))),
                new SubmissionResult("s2", List.of(a(graded, pass(), fail()),
                        b(new ExerciseStatus.CompileError(List.of(Diagnostic.general("error"))), notRun()))),
                new SubmissionResult("s3", List.of(a(graded, fail(), pass()),
                        b(new ExerciseStatus.Missing("no files"), notRun()))),
                new SubmissionResult("s4", List.of(
                        a(new ExerciseStatus.Rejected(List.of(Diagnostic.general("exit"))), notRun(), notRun()),
                        b(graded, new Outcome.TimedOut(Duration.ofSeconds(2))))));
    }
}
