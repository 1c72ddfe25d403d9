package org.aibasis.quiz.scoring;

import java.util.Objects;

/**
 * Points of one topic in an attempt: how far the student masters it.
 *
 * @param topic     topic id
 * @param points    points earned on the topic's questions
 * @param maxPoints points available
 * @param questions number of questions of the topic
 */
public record TopicScore(String topic, double points, double maxPoints, int questions) {
    public TopicScore {
        Objects.requireNonNull(topic, "topic");
    }

    /** points / maxPoints, 0 when there are no points to earn. */
    public double mastery() {
        return maxPoints == 0 ? 0 : points / maxPoints;
    }
}
