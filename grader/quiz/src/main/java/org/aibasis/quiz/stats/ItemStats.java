package org.aibasis.quiz.stats;

import org.aibasis.quiz.bank.QuestionType;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Statistics of one question over the attempts that were posed it.
 *
 * @param questionId     {@code bank/question-id}
 * @param type           the question's type
 * @param respondents    attempts that were posed the question
 * @param maxPoints      the question's points
 * @param facility       mean score / max points, in [0, 1]
 * @param discrimination D = p(upper) - p(lower), p being the mean score / max points in the top and bottom 27%
 *                       by total score; empty if either group has no attempt posed the question
 * @param pointBiserial  corrected point-biserial: Pearson correlation of the question's score with the total
 *                       minus the question's score; empty if either has no variance
 * @param options        distractor analysis, options in authored order; empty for numeric questions
 * @param flags          signs that the question may be broken; none when it was not judged
 * @param judged         whether enough students answered it to judge it (the thresholds' minimum)
 */
public record ItemStats(String questionId, QuestionType type, int respondents, double maxPoints, double facility,
                        OptionalDouble discrimination, OptionalDouble pointBiserial, List<OptionChoice> options,
                        List<Flag> flags, boolean judged) {
    public ItemStats {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(discrimination, "discrimination");
        Objects.requireNonNull(pointBiserial, "pointBiserial");
        options = List.copyOf(options);
        flags = List.copyOf(flags);
    }
}
