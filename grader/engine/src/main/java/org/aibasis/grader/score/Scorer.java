package org.aibasis.grader.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.TestRef;
import org.aibasis.grader.run.TestRun;

/** Last step: turns a plan and what ran into the exercise's result, with every lost point explained. */
public final class Scorer {
    private Scorer() {
    }

    /** Every planned test gets a result; a planned test without a run is reported as not run. */
    public static ExerciseResult graded(ExerciseInfo exercise, List<PlannedTest> plan, List<TestRun> runs,
                                        List<Diagnostic> notes) {
        Map<TestRef, TestRun> byRef = runs.stream().collect(Collectors.toMap(TestRun::test, Function.identity(),
                (a, b) -> a));
        Map<String, Outcome> outcomes = new HashMap<>();
        for (PlannedTest p : plan) {
            TestRun run = byRef.get(p.ref());
            outcomes.put(p.ref().name(), run == null ? new Outcome.NotRun("the test did not run") : run.outcome());
        }
        List<TestResult> tests = new ArrayList<>();
        for (PlannedTest p : plan) {
            TestRun run = byRef.get(p.ref());
            Outcome outcome = outcomes.get(p.ref().name());
            // a failing test whose prerequisite failed too is still charged: its points are for the behaviour
            // it checks, which does not hold; the report names the prerequisite as the likely root cause
            List<String> failed = outcome instanceof Outcome.Passed ? List.of() : p.dependsOn().stream()
                    .filter(d -> !(outcomes.get(d) instanceof Outcome.Passed)).toList();
            tests.add(run == null ? result(p, outcome, "", failed, 0, List.of())
                    : result(p, outcome, run.output(), failed, run.durationMs(), run.figures()));
        }
        return new ExerciseResult(exercise, new ExerciseStatus.Graded(), tests, notes);
    }

    /** No test ran: each keeps its points as the maximum, and the reason. */
    public static ExerciseResult notRun(ExerciseInfo exercise, List<PlannedTest> plan, ExerciseStatus status,
                                        String reason, List<Diagnostic> notes) {
        List<TestResult> tests = plan.stream().map(p -> result(p, new Outcome.NotRun(reason), "", List.of(), 0,
                List.of())).toList();
        return new ExerciseResult(exercise, status, tests, notes);
    }

    /** The grader itself failed on the exercise: every test errored with the reason, so no point is silent. */
    public static ExerciseResult errored(ExerciseInfo exercise, List<PlannedTest> plan, String reason) {
        List<TestResult> tests = plan.stream().map(p -> result(p, new Outcome.Errored(reason,
                Optional.empty()), "", List.of(), 0, List.of())).toList();
        return new ExerciseResult(exercise, new ExerciseStatus.Graded(), tests, List.of());
    }

    private static TestResult result(PlannedTest p, Outcome outcome, String output, List<String> failedPrerequisites,
                                     long durationMs, List<Figure> figures) {
        boolean passed = outcome instanceof Outcome.Passed;
        boolean timedOut = outcome instanceof Outcome.TimedOut;
        return new TestResult(p.ref().name(), p.displayName(), p.points(), outcome,
                passed ? Optional.empty() : p.hints().english(timedOut), output, failedPrerequisites, durationMs,
                figures, passed ? Optional.empty() : p.hints().chinese(timedOut));
    }
}
