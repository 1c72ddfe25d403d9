package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of one exercise of one submission.
 *
 * <p>{@code tests} always lists every hidden test of the exercise, also when none could run (a compile error,
 * a missing exercise): then each is {@link Outcome.NotRun}, so that {@link #maxScore()} is the same for every
 * submission and a report can say which points were lost and why.
 *
 * @param exercise the exercise
 * @param status   how far grading got
 * @param tests    one result per hidden (or, for a self-check, public) test
 * @param notes    findings that cost no points by themselves but explain failures, e.g. a method signature
 *                 that differs from the expected one
 */
public record ExerciseResult(ExerciseInfo exercise, ExerciseStatus status, List<TestResult> tests,
                             List<Diagnostic> notes) {
    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(status, "status");
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
    }

    public double score() {
        return tests.stream().mapToDouble(TestResult::points).sum();
    }

    public double maxScore() {
        return tests.stream().mapToDouble(TestResult::maxPoints).sum();
    }
}
