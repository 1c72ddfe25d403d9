package org.aibasis.quiz.lms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.ParameterDraw;
import org.aibasis.quiz.variant.Seeds;
import org.aibasis.quiz.variant.SplitMix64;
import org.aibasis.quiz.variant.Variants;

/**
 * A question as exported: texts with one variant's parameters filled in, options in authored order (the LMS
 * shuffles), and the key.
 */
record ExportVariant(Question question, Map<String, Double> values, Key key) {

    /** The seed of the exported variant of a question: {@code Seeds.hash("export|<bank>/<id>")}. */
    static long seed(Bank bank, Question question) {
        return Seeds.hash("export|" + bank.id() + "/" + question.id());
    }

    /** The seed of the stream its parameters are drawn from: {@code Seeds.derive(seed, "params")}. */
    static long paramsSeed(Bank bank, Question question) {
        return Seeds.derive(seed(bank, question), "params");
    }

    static ExportVariant of(Bank bank, Question question) {
        Map<String, Double> values = switch (ParameterDraw.draw(question, new SplitMix64(paramsSeed(bank, question)))) {
            case ParameterDraw.Drawn d -> d.values();
            case ParameterDraw.Unmet u -> throw new IllegalStateException("question " + question.id()
                    + " cannot be exported: " + u.reason());
        };
        return new ExportVariant(question, values, Variants.key(bank, question, values, Optional.empty()));
    }

    Text text() {
        return fill(question.common().text());
    }

    Text explanation() {
        Map<String, Double> withAnswer = new java.util.LinkedHashMap<>(values);
        if (key instanceof Key.Number n) {
            withAnswer.put("answer", n.value());
        }
        return question.common().explanation().map(s -> Placeholders.fill(s, withAnswer));
    }

    List<Option> options() {
        List<Option> authored = switch (question) {
            case Question.SingleChoice s -> s.options();
            case Question.MultipleResponse m -> m.options();
            case Question.TrueFalse t -> List.of();
            case Question.Numeric n -> List.of();
        };
        return authored.stream().map(o -> new Option(o.id(), fill(o.text()), o.correct(),
                o.feedback().map(this::fill))).toList();
    }

    private Text fill(Text text) {
        return text.map(s -> Placeholders.fill(s, values));
    }
}
