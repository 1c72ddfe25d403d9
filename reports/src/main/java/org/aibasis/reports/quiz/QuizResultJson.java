package org.aibasis.reports.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.TopicScore;

/**
 * A student's quiz result ({@code quiz-result.json}): format {@value #FORMAT}, the student, quiz and attempt, the
 * points, the points per topic, and per question its id, topic, type, points, outcome and response (ticked option
 * ids, {@code true}/{@code false}, a number, or {@code null} when blank).
 */
public final class QuizResultJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "aibasis-quiz-result/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuizResultJson() {
    }

    /** The JSON of one graded attempt. */
    public static String render(GradedAttempt g) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("student", g.attempt().student());
        root.put("quiz", g.attempt().quiz());
        root.put("attempt", g.attempt().number());
        root.put("seed", Long.toString(g.attempt().seed()));
        root.put("points", g.points());
        root.put("maxPoints", g.maxPoints());
        List<Object> topics = new ArrayList<>();
        for (TopicScore t : g.byTopic()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", t.topic());
            m.put("points", t.points());
            m.put("maxPoints", t.maxPoints());
            m.put("mastery", t.mastery());
            m.put("questions", t.questions());
            topics.add(m);
        }
        root.put("topics", topics);
        List<Object> questions = new ArrayList<>();
        for (QuestionResult r : g.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.question().qualifiedId());
            m.put("topic", r.question().topic());
            m.put("type", r.question().question().type().code());
            m.put("points", r.points());
            m.put("maxPoints", r.maxPoints());
            m.put("outcome", r.outcome().label());
            m.put("response", response(r.response()));
            questions.add(m);
        }
        root.put("questions", questions);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object response(Response response) {
        return switch (response) {
            case Response.Blank b -> null;
            case Response.Ticked t -> Map.of("options", new TreeSet<>(t.optionIds()));
            case Response.Truth t -> Map.of("answer", t.value());
            case Response.Number x -> Map.of("answer", x.value());
        };
    }
}
