package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the grader found out about one submission: one result per exercise of the course, in course order.
 *
 * @param submission the submission's name (its folder or zip name, without extension)
 * @param exercises  one result per exercise, including the ones the submission does not contain
 */
public record SubmissionResult(String submission, List<ExerciseResult> exercises) {
    public SubmissionResult {
        Objects.requireNonNull(submission, "submission");
        exercises = List.copyOf(exercises);
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
