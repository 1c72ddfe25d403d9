package org.aibasis.reports.quiz;

import java.util.List;
import org.aibasis.reports.view.Badge;

/**
 * A student's quiz report, every value formatted for the templates.
 *
 * @param labels    the fixed words, in the report's language
 * @param student   student id
 * @param quiz      quiz id
 * @param title     quiz title
 * @param attempt   attempt number
 * @param score     points earned
 * @param maxScore  points available
 * @param percent   whole percentage, rounded down
 * @param questions the questions in the order the student saw them
 * @param topics    points per topic
 * @param notes     problems of the answers file that did not stop grading
 */
public record QuizReportView(Labels labels, String student, String quiz, String title, int attempt, String score,
                             String maxScore, int percent, List<Item> questions, List<TopicRow> topics,
                             List<String> notes) {
    public QuizReportView {
        questions = List.copyOf(questions);
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
    }

    /**
     * One question as the student saw it, with the response, the key and the feedback.
     *
     * @param number      1-based position
     * @param anchor      HTML id
     * @param id          {@code bank/question-id}
     * @param topic       topic id
     * @param text        the question, parameters filled in
     * @param options     the options in displayed order (empty for true/false and numeric)
     * @param response    the response in words (letters, true/false, the number)
     * @param key         the key in words
     * @param outcome     correct, partial, incorrect or unanswered
     * @param score       points earned
     * @param maxPoints   points available
     * @param scheme      the scheme and what it does, for multiple response; empty otherwise
     * @param feedback    one entry per wrongly ticked and per missed option
     * @param explanation the explanation, parameters filled in
     */
    public record Item(int number, String anchor, String id, String topic, String text, List<OptionRow> options,
                       String response, String key, Badge outcome, String score, String maxPoints, String scheme,
                       List<FeedbackRow> feedback, String explanation) {
        public Item {
            options = List.copyOf(options);
            feedback = List.copyOf(feedback);
        }
    }

    /**
     * An option as displayed.
     *
     * @param letter  the letter the student saw
     * @param text    the option's text
     * @param ticked  whether the student ticked it
     * @param correct whether it is (part of) the key
     */
    public record OptionRow(String letter, String text, boolean ticked, boolean correct) {
    }

    /**
     * A mistake on one option.
     *
     * @param kind     {@code wrongly-ticked} or {@code missed}
     * @param what     e.g. "You ticked B, a wrong option."
     * @param option   the option's text
     * @param feedback the option's feedback; empty if the bank gives none
     */
    public record FeedbackRow(String kind, String what, String option, String feedback) {
    }

    /**
     * Points of one topic.
     *
     * @param topic     topic id
     * @param points    points earned
     * @param maxPoints points available
     * @param percent   mastery as a whole percentage
     * @param questions number of questions
     */
    public record TopicRow(String topic, String points, String maxPoints, int percent, int questions) {
    }
}
