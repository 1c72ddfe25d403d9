package org.aibasis.quiz.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aibasis.grader.stats.Thresholds;

/**
 * Item statistics of one quiz over a class.
 *
 * @param quiz          quiz id (of the first attempt; callers pass attempts of one quiz)
 * @param respondents   number of attempts analysed
 * @param groupSize     attempts in each of the upper and lower groups: round(27% of respondents), at least 1
 * @param cronbachAlpha k/(k-1) * (1 - sum of item variances / variance of totals); empty unless every attempt
 *                      was posed the same k &gt;= 2 questions and the totals vary
 * @param thresholds    when a question is judged (its minimum number of answers) and flagged
 * @param items         one entry per question, in order of first appearance
 */
public record ItemStatistics(String quiz, int respondents, int groupSize, OptionalDouble cronbachAlpha,
                             Thresholds thresholds, List<ItemStats> items) {
    public ItemStatistics {
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(cronbachAlpha, "cronbachAlpha");
        Objects.requireNonNull(thresholds, "thresholds");
        items = List.copyOf(items);
    }

    /** The statistics of question {@code bank/id}, if it was posed. */
    public Optional<ItemStats> item(String questionId) {
        return items.stream().filter(i -> i.questionId().equals(questionId)).findFirst();
    }

    /** The questions answered too rarely to be judged. */
    public List<ItemStats> tooFew() {
        return items.stream().filter(i -> !i.judged()).toList();
    }

    /** The questions with at least one flag. */
    public List<ItemStats> flagged() {
        return items.stream().filter(i -> !i.flags().isEmpty()).toList();
    }
}
