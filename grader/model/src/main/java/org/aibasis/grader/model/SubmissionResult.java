package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;

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

    /** Points earned over all exercises. */
    public double score() {
        return exercises.stream().mapToDouble(ExerciseResult::score).sum();
    }

    /** Points available over all exercises. */
    public double maxScore() {
        return exercises.stream().mapToDouble(ExerciseResult::maxScore).sum();
    }
}
