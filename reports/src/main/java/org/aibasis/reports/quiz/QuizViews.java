package org.aibasis.reports.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.OptionFeedback;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.TopicScore;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.reports.view.Badge;

/** Builds the student report's view from a graded attempt: all logic of the student report lives here. */
final class QuizViews {
    private QuizViews() {
    }

    static QuizReportView student(GradedStudent s, Language lang) {
        GradedAttempt g = s.graded();
        List<QuizReportView.Item> items = new ArrayList<>();
        int n = 0;
        for (QuestionResult r : g.results()) {
            items.add(item(++n, r, lang));
        }
        List<QuizReportView.TopicRow> topics = new ArrayList<>();
        for (TopicScore t : g.byTopic()) {
            topics.add(new QuizReportView.TopicRow(t.topic(), QuizFormat.points(t.points()),
                    QuizFormat.points(t.maxPoints()), QuizFormat.percent(t.points(), t.maxPoints()), t.questions()));
        }
        return new QuizReportView(Labels.of(lang), g.attempt().student(), g.attempt().quiz(),
                g.attempt().title().in(lang), g.attempt().number(), QuizFormat.points(g.points()),
                QuizFormat.points(g.maxPoints()), QuizFormat.percent(g.points(), g.maxPoints()), items, topics,
                s.notes());
    }

    private static QuizReportView.Item item(int number, QuestionResult r, Language lang) {
        PosedQuestion q = r.question();
        Set<String> ticked = r.response() instanceof Response.Ticked t ? t.optionIds() : Set.of();
        Set<String> correct = correctIds(q.key());
        List<QuizReportView.OptionRow> options = new ArrayList<>();
        for (Option o : q.displayedOptions()) {
            options.add(new QuizReportView.OptionRow(q.letterOf(o.id()), o.text().in(lang), ticked.contains(o.id()),
                    correct.contains(o.id())));
        }
        List<QuizReportView.FeedbackRow> feedback = new ArrayList<>();
        for (OptionFeedback f : r.feedback()) {
            String text = q.displayedOptions().stream().filter(o -> o.id().equals(f.optionId()))
                    .map(o -> o.text().in(lang)).findFirst().orElse(f.optionId());
            boolean wrong = f.mistake() == OptionFeedback.Mistake.WRONGLY_TICKED;
            feedback.add(new QuizReportView.FeedbackRow(wrong ? "wrongly-ticked" : "missed",
                    wrong ? Labels.wronglyTicked(lang, f.letter()) : Labels.missed(lang, f.letter()), text,
                    f.feedback().map(t -> t.in(lang)).orElse("")));
        }
        String scheme = q.key() instanceof Key.Options many ? Labels.scheme(lang, many.scheme()) : "";
        return new QuizReportView.Item(number, "q" + number, q.qualifiedId(), q.topic(), q.text().in(lang), options,
                response(q, r.response(), lang), key(q, lang), outcome(r, lang), QuizFormat.points(r.points()),
                QuizFormat.points(r.maxPoints()), scheme, feedback, q.explanation().in(lang));
    }

    static Set<String> correctIds(Key key) {
        return switch (key) {
            case Key.OneOption one -> Set.of(one.optionId());
            case Key.Options many -> many.optionIds();
            case Key.Truth t -> Set.of();
            case Key.Number x -> Set.of();
        };
    }

    /** Letters of the given option ids in displayed order, joined by commas. */
    private static String letters(PosedQuestion q, Set<String> ids) {
        Set<String> letters = new TreeSet<>();
        ids.forEach(id -> letters.add(q.letterOf(id)));
        return String.join(", ", letters);
    }

    static String response(PosedQuestion q, Response response, Language lang) {
        return switch (response) {
            case Response.Blank b -> Labels.noAnswer(lang);
            case Response.Ticked t -> t.optionIds().isEmpty() ? Labels.noAnswer(lang) : letters(q, t.optionIds());
            case Response.Truth t -> Labels.truth(lang, t.value());
            case Response.Number x -> QuizFormat.number(x.value());
        };
    }

    static String key(PosedQuestion q, Language lang) {
        return switch (q.key()) {
            case Key.OneOption one -> q.letterOf(one.optionId());
            case Key.Options many -> letters(q, many.optionIds());
            case Key.Truth t -> Labels.truth(lang, t.value());
            case Key.Number x -> QuizFormat.number(x.value())
                    + Labels.within(lang, QuizFormat.number(x.tolerance().around(x.value())));
        };
    }

    private static Badge outcome(QuestionResult r, Language lang) {
        String label = r.outcome().label();
        String text = Labels.outcome(lang, label);
        return switch (label) {
            case "correct" -> new Badge(label, text, "\u2713", "ok");
            case "partial" -> new Badge(label, text, "\u25d0", "warn");
            case "incorrect" -> new Badge(label, text, "\u2717", "bad");
            default -> new Badge(label, text, "\u2013", "muted");
        };
    }
}
