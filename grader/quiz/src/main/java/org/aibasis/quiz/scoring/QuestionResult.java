package org.aibasis.quiz.scoring;

import java.util.List;
import java.util.Objects;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * The score of one question of an attempt.
 *
 * @param question the posed question (text, parameters, key, displayed order, explanation)
 * @param response what the student answered
 * @param fraction share of the points earned, in [0, 1]
 * @param outcome  correct, partial, incorrect or unanswered
 * @param feedback one entry per wrongly ticked option and per missed correct option, in displayed order
 */
public record QuestionResult(PosedQuestion question, Response response, double fraction, Verdict outcome,
                             List<OptionFeedback> feedback) {
    public QuestionResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(outcome, "outcome");
        feedback = List.copyOf(feedback);
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must lie in [0, 1]");
        }
    }

    /** Points earned. */
    public double points() {
        return fraction * question.points();
    }

    /** Points of a fully right response. */
    public double maxPoints() {
        return question.points();
    }
}
