package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the grader found out about one submission: one result per exercise of the course, in course order.
 *
 * @param submission the submission's name (its folder or zip name, without extension, exactly as the student
 *                   wrote it)
 * @param exercises  one result per exercise, including the ones the submission does not contain
 * @param provenance where the submission came from and what it was graded against
 */
public record SubmissionResult(String submission, List<ExerciseResult> exercises, Provenance provenance) {
    public SubmissionResult {
        Objects.requireNonNull(submission, "submission");
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A result whose provenance is not known (yet). */
    public SubmissionResult(String submission, List<ExerciseResult> exercises) {
        this(submission, exercises, Provenance.none());
    }

    /** The same result, with this provenance. */
    public SubmissionResult with(Provenance p) {
        return new SubmissionResult(submission, exercises, p);
    }

    /**
     * The same grades without the feedback: each test keeps its name, display name, points, outcome and duration,
     * each exercise its status, but messages, counterexamples, hints, printed output, figures, notes and compiler
     * diagnostics are left out. That is all a class's reports (gradebook, class report, LMS files) read, and tens
     * of kilobytes per submission instead of hundreds, so that a batch holding its class for those reports needs
     * memory for the grades, not for every student's feedback. Test names repeat in every submission and are
     * interned, so the class holds one copy of each.
     */
    public SubmissionResult gradesOnly() {
        return new SubmissionResult(submission, exercises.stream().map(SubmissionResult::gradesOnly).toList(),
                provenance);
    }

    private static ExerciseResult gradesOnly(ExerciseResult e) {
        ExerciseStatus status = switch (e.status()) {
            case ExerciseStatus.Graded g -> g;
            case ExerciseStatus.CompileError c -> new ExerciseStatus.CompileError(List.of());
            case ExerciseStatus.Rejected r -> new ExerciseStatus.Rejected(List.of());
            case ExerciseStatus.Missing m -> new ExerciseStatus.Missing("");
        };
        List<TestResult> tests = e.tests().stream().map(t -> new TestResult(t.name().intern(),
                t.displayName().intern(), t.maxPoints(), gradesOnly(t.outcome()), Optional.empty(), "", List.of(),
                t.durationMs(), List.of(), Optional.empty())).toList();
        return new ExerciseResult(e.exercise(), status, tests, List.of());
    }

    private static Outcome gradesOnly(Outcome o) {
        return switch (o) {
            case Outcome.Passed p -> p;
            case Outcome.Failed f -> new Outcome.Failed("", Optional.empty());
            case Outcome.Errored x -> new Outcome.Errored("", Optional.empty());
            case Outcome.TimedOut t -> t;
            case Outcome.NotRun n -> new Outcome.NotRun("");
        };
    }

    /** Points earned over all exercises. */
    public double score() {
        return exercises.stream().mapToDouble(ExerciseResult::score).sum();
    }

    /** Points available over all exercises. */
    public double maxScore() {
        return exercises.stream().mapToDouble(ExerciseResult::maxScore).sum();
    }
}
