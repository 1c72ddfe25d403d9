package org.aibasis.reports.view;

import java.util.List;

/**
 * A student's report: the total, then one section per exercise.
 *
 * @param submission the submission's name
 * @param score      points earned
 * @param maxScore   points available
 * @param percent    {@code score} as a whole percentage, 0 to 100
 * @param summary    one sentence, e.g. {@code 12 of 20 tests passed in 4 exercises.}
 * @param exercises  the exercises in course order
 */
public record StudentReportView(String submission, String score, String maxScore, int percent, String summary,
                                List<ExerciseView> exercises) {
    public StudentReportView {
        exercises = List.copyOf(exercises);
    }
}
