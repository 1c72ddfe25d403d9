package org.aibasis.quiz.lms;

import java.util.List;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Question;

/**
 * What importing a GIFT file gave.
 *
 * @param questions the questions that could be read, in file order
 * @param problems  what could not be read or is missing for our banks (e.g. no explanation)
 */
public record GiftImport(List<Question> questions, List<Problem> problems) {
    public GiftImport {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
