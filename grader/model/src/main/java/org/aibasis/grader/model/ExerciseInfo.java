package org.aibasis.grader.model;

import java.util.Objects;

/**
 * What a report needs to know about an exercise, independent of any submission.
 *
 * @param id    the exercise id, the name of its folder under {@code exercises/}
 * @param title the exercise's English title
 * @param topic the curriculum topic it belongs to
 * @param titleZh the title in Chinese; empty when there is none
 */
public record ExerciseInfo(String id, String title, String topic, String titleZh) {
    public ExerciseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(titleZh, "titleZh");
    }

    /** An exercise with an English title only. */
    public ExerciseInfo(String id, String title, String topic) {
        this(id, title, topic, "");
    }
}
