package org.aibasis.reports.quiz;

import java.util.List;
import java.util.Objects;
import org.aibasis.quiz.scoring.GradedAttempt;

/**
 * One student's graded attempt and where its reports go.
 *
 * @param folder        the student's folder under the output folder (safe as a file name, unique in the class)
 * @param graded        the graded attempt
 * @param notes         problems of the answers file that did not stop grading ({@code file:line: message})
 * @param discrepancies what the answers file stores that disagrees with the attempt the bank defines (an edited
 *                      key, a dropped question): for the instructor's class report, not the student's report
 */
public record GradedStudent(String folder, GradedAttempt graded, List<String> notes, List<String> discrepancies) {
    public GradedStudent {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(graded, "graded");
        notes = List.copyOf(notes);
        discrepancies = List.copyOf(discrepancies);
    }

    /** A student whose answers file agrees with the attempt. */
    public GradedStudent(String folder, GradedAttempt graded, List<String> notes) {
        this(folder, graded, notes, List.of());
    }
}
