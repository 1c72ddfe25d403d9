package org.aibasis.grader.course;

import java.util.List;

/** The curriculum's topics, in course order (CURRICULUM.md); exercises and quizzes use these ids. */
public final class Topics {
    public static final List<String> ORDER =
            List.of("rl", "search", "local-search", "transformers", "llm", "multimodal", "ml-basics");

    private Topics() {
    }

    /** Position in course order; unknown topics sort last. */
    public static int rank(String topic) {
        int i = ORDER.indexOf(topic);
        return i < 0 ? ORDER.size() : i;
    }
}
