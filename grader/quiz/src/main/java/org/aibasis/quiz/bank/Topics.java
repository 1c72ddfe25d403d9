package org.aibasis.quiz.bank;

import java.util.List;

/**
 * The curriculum's topics, in course order. The same list as the engine's
 * {@code org.aibasis.grader.course.Topics}, repeated here so that the quiz module depends on no engine code.
 */
public final class Topics {
    /** Topic ids in course order. */
    public static final List<String> ORDER =
            List.of("rl", "search", "local-search", "transformers", "llm", "multimodal", "ml-basics");

    private Topics() {
    }

    /** Whether {@code topic} is one of {@link #ORDER}. */
    public static boolean known(String topic) {
        return ORDER.contains(topic);
    }
}
