package org.aibasis.quiz.scoring;

import java.util.Map;

/**
 * A student's responses to one attempt, by qualified question id ({@code bank/question-id}).
 *
 * @param byQuestion the responses; a question without one counts as {@link Response.Blank}
 */
public record Responses(Map<String, Response> byQuestion) {
    public Responses {
        byQuestion = Map.copyOf(byQuestion);
    }

    /** No responses at all. */
    public static Responses none() {
        return new Responses(Map.of());
    }

    /** The response to a question, blank if there is none. */
    public Response to(String qualifiedId) {
        return byQuestion.getOrDefault(qualifiedId, Response.blank());
    }
}
