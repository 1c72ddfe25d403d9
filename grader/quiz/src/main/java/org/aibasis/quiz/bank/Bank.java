package org.aibasis.quiz.bank;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question bank: one file {@code quizzes/<id>.yaml}, one topic.
 *
 * @param id        the file name without {@code .yaml}
 * @param topic     one of {@link Topics#ORDER}
 * @param title     what the bank is about
 * @param scheme    default scheme of its multiple-response questions
 * @param questions the valid questions, in authored order (invalid ones are reported and left out)
 * @param file      where it was read from
 */
public record Bank(String id, String topic, Text title, Scheme scheme, List<Question> questions, Path file) {
    public Bank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scheme, "scheme");
        questions = List.copyOf(questions);
        Objects.requireNonNull(file, "file");
    }

    /** The question with this id, if the bank has it. */
    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
