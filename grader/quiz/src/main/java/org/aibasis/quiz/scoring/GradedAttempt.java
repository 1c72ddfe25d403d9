package org.aibasis.quiz.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aibasis.quiz.variant.Attempt;

/**
 * A scored attempt.
 *
 * @param attempt   the variant that was answered
 * @param responses the responses
 * @param results   one result per question, in the attempt's order
 */
public record GradedAttempt(Attempt attempt, Responses responses, List<QuestionResult> results) {
    public GradedAttempt {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(responses, "responses");
        results = List.copyOf(results);
    }

    /** Points earned. */
    public double points() {
        return results.stream().mapToDouble(QuestionResult::points).sum();
    }

    /** Points available. */
    public double maxPoints() {
        return results.stream().mapToDouble(QuestionResult::maxPoints).sum();
    }

    /** The result of the question {@code bank/id}, if the attempt has it. */
    public Optional<QuestionResult> result(String qualifiedId) {
        return results.stream().filter(r -> r.question().qualifiedId().equals(qualifiedId)).findFirst();
    }

    /** Points per topic, topics in order of first appearance. */
    public List<TopicScore> byTopic() {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (QuestionResult r : results) {
            double[] s = sums.computeIfAbsent(r.question().topic(), t -> new double[3]);
            s[0] += r.points();
            s[1] += r.maxPoints();
            s[2]++;
        }
        List<TopicScore> topics = new ArrayList<>();
        sums.forEach((topic, s) -> topics.add(new TopicScore(topic, s[0], s[1], (int) s[2])));
        return List.copyOf(topics);
    }
}
