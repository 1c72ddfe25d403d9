package org.aibasis.reports.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aibasis.quiz.bank.Topics;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.TopicScore;

/**
 * The quiz gradebook ({@code quiz-gradebook.csv}): one row per student, one column of points per topic, the total
 * and the points available.
 *
 * <p>The header is {@code student,<topics...>,total,maxTotal}, topics in the course's order. RFC 4180 like the
 * grading gradebook: commas, CRLF, quotes where needed; a student id that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe. A topic the student was
 * not posed is an empty field.
 */
public final class QuizGradebookCsv {
    private static final String EOL = "\r\n";

    private QuizGradebookCsv() {
    }

    /** The gradebook, one row per attempt in the order given. */
    public static String render(List<GradedAttempt> attempts) {
        Set<String> present = new LinkedHashSet<>();
        attempts.forEach(a -> a.byTopic().forEach(t -> present.add(t.topic())));
        List<String> topics = new ArrayList<>(Topics.ORDER.stream().filter(present::contains).toList());
        present.stream().filter(t -> !topics.contains(t)).forEach(topics::add);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("student");
        header.addAll(topics);
        header.add("total");
        header.add("maxTotal");
        out.append(header.stream().map(QuizFormat::csv).collect(Collectors.joining(","))).append(EOL);
        for (GradedAttempt a : attempts) {
            Map<String, TopicScore> byTopic = a.byTopic().stream()
                    .collect(Collectors.toMap(TopicScore::topic, t -> t));
            List<String> row = new ArrayList<>();
            row.add(QuizFormat.csv(a.attempt().student()));
            for (String t : topics) {
                TopicScore s = byTopic.get(t);
                row.add(s == null ? "" : QuizFormat.points(s.points()));
            }
            row.add(QuizFormat.points(a.points()));
            row.add(QuizFormat.points(a.maxPoints()));
            out.append(String.join(",", row)).append(EOL);
        }
        return out.toString();
    }
}
