package org.aibasis.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * Scores responses against the keys stored in an attempt. A response of the wrong kind for its question (e.g. a
 * number for a choice question) scores as incorrect.
 */
public final class Marker {
    private Marker() {
    }

    /** Scores every question of {@code attempt}; a question without a response is unanswered. */
    public static GradedAttempt grade(Attempt attempt, Responses responses) {
        List<QuestionResult> results = new ArrayList<>();
        for (PosedQuestion q : attempt.questions()) {
            results.add(score(q, responses.to(q.qualifiedId())));
        }
        return new GradedAttempt(attempt, responses, results);
    }

    /** Scores one response. */
    public static QuestionResult score(PosedQuestion question, Response response) {
        return switch (question.key()) {
            case Key.OneOption one -> choice(question, response, Set.of(one.optionId()), Optional.empty());
            case Key.Options many -> choice(question, response, many.optionIds(), Optional.of(many.scheme()));
            case Key.Truth truth -> switch (response) {
                case Response.Blank b -> result(question, response, 0, true, List.of());
                case Response.Truth t -> result(question, response, t.value() == truth.value() ? 1 : 0, false,
                        List.of());
                case Response.Ticked t -> result(question, response, 0, false, List.of());
                case Response.Number n -> result(question, response, 0, false, List.of());
            };
            case Key.Number key -> switch (response) {
                case Response.Blank b -> result(question, response, 0, true, List.of());
                case Response.Number n -> result(question, response,
                        key.tolerance().accepts(key.value(), n.value()) ? 1 : 0, false, List.of());
                case Response.Ticked t -> result(question, response, 0, false, List.of());
                case Response.Truth t -> result(question, response, 0, false, List.of());
            };
        };
    }

    /** Scores ticks; {@code scheme} is empty for single choice (right only when exactly the key is ticked). */
    private static QuestionResult choice(PosedQuestion question, Response response, Set<String> correct,
                                         Optional<Scheme> scheme) {
        Set<String> ticked = switch (response) {
            case Response.Ticked t -> t.optionIds();
            case Response.Blank b -> Set.of();
            case Response.Truth t -> Set.of();
            case Response.Number n -> Set.of();
        };
        boolean blank = ticked.isEmpty() && (response instanceof Response.Blank || response instanceof Response.Ticked);
        List<OptionFeedback> feedback = new ArrayList<>();
        for (Option o : question.displayedOptions()) {
            String letter = question.letterOf(o.id());
            if (ticked.contains(o.id()) && !correct.contains(o.id())) {
                feedback.add(new OptionFeedback(o.id(), letter, OptionFeedback.Mistake.WRONGLY_TICKED, o.feedback()));
            } else if (!ticked.contains(o.id()) && correct.contains(o.id())) {
                feedback.add(new OptionFeedback(o.id(), letter, OptionFeedback.Mistake.MISSED, o.feedback()));
            }
        }
        // a question never answered earns nothing, even under per-decision, where ticking nothing on purpose
        // still gets the unticked wrong options right
        double fraction = response instanceof Response.Blank ? 0.0
                : scheme.map(s -> Schemes.fraction(s, question.optionOrder(), correct, ticked))
                        .orElse(ticked.equals(correct) ? 1.0 : 0.0);
        return result(question, response, fraction, blank, feedback);
    }

    private static QuestionResult result(PosedQuestion question, Response response, double fraction, boolean blank,
                                         List<OptionFeedback> feedback) {
        Verdict outcome;
        if (fraction >= 1) {
            outcome = new Verdict.Correct();
        } else if (fraction > 0) {
            outcome = new Verdict.Partial(fraction);
        } else if (blank) {
            outcome = new Verdict.Unanswered();
        } else {
            outcome = new Verdict.Incorrect();
        }
        return new QuestionResult(question, response, Math.min(1, Math.max(0, fraction)), outcome, feedback);
    }
}
