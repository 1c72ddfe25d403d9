package org.aibasis.quiz.variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Text;

/**
 * One question as posed in an attempt: the question, its drawn parameters, its key and the order in which its
 * options were shown.
 *
 * @param bank        the bank it comes from
 * @param topic       the bank's topic
 * @param question    the question as authored
 * @param seed        the question's sub-seed ({@link Seeds#question})
 * @param parameters  drawn values by name, in drawing order; empty for a fixed question
 * @param key         the key computed for these parameters
 * @param optionOrder option ids in displayed order (letter A is the first); empty for true/false and numeric
 */
public record PosedQuestion(String bank, String topic, Question question, long seed, Map<String, Double> parameters,
                            Key key, List<String> optionOrder) {
    public PosedQuestion {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(question, "question");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(key, "key");
        optionOrder = List.copyOf(optionOrder);
    }

    /** {@code bank/question-id}: unique within a quiz, used to name responses and results. */
    public String qualifiedId() {
        return bank + "/" + question.id();
    }

    /** Points of a fully right response. */
    public double points() {
        return question.points();
    }

    /** The question's text with the parameters filled in. */
    public Text text() {
        return question.common().text().map(s -> Placeholders.fill(s, parameters));
    }

    /** The explanation with the parameters and {@code {answer}} filled in. */
    public Text explanation() {
        Map<String, Double> values = new LinkedHashMap<>(parameters);
        if (key instanceof Key.Number n) {
            values.put("answer", n.value());
        }
        return question.common().explanation().map(s -> Placeholders.fill(s, values));
    }

    /** The options in displayed order, texts and feedback filled in; empty for true/false and numeric. */
    public List<Option> displayedOptions() {
        List<Option> authored = switch (question) {
            case Question.SingleChoice s -> s.options();
            case Question.MultipleResponse m -> m.options();
            case Question.TrueFalse t -> List.of();
            case Question.Numeric n -> List.of();
        };
        List<Option> shown = new ArrayList<>();
        for (String id : optionOrder) {
            authored.stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> shown.add(new Option(o.id(),
                    o.text().map(s -> Placeholders.fill(s, parameters)), o.correct(),
                    o.feedback().map(f -> f.map(s -> Placeholders.fill(s, parameters))))));
        }
        return List.copyOf(shown);
    }

    /** The letter shown for an option id ({@code A} for the first displayed), or {@code ?} if it is not shown. */
    public String letterOf(String optionId) {
        int i = optionOrder.indexOf(optionId);
        return i < 0 ? "?" : letter(i);
    }

    /** The letter of the i-th displayed option (0 gives A). */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
