package org.aibasis.quiz;

import java.util.List;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.scoring.GradedAttempt;

/**
 * The result of grading many answers files.
 *
 * @param graded   one graded attempt per file that could be read, in the order given
 * @param problems problems of every file, including the ones that could not be graded at all
 */
public record GradedBatch(List<GradedAttempt> graded, List<Problem> problems) {
    public GradedBatch {
        graded = List.copyOf(graded);
        problems = List.copyOf(problems);
    }
}
