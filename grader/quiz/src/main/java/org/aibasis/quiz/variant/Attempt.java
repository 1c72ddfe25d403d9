package org.aibasis.quiz.variant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aibasis.quiz.bank.Text;

/**
 * A quiz instantiated for one student and attempt number: the variant the student answers.
 *
 * @param quiz      quiz id
 * @param title     quiz title
 * @param student   student id
 * @param number    attempt number (1 for the first)
 * @param seed      {@link Seeds#attempt}{@code (student, quiz, number)}
 * @param questions the posed questions, in the order shown
 */
public record Attempt(String quiz, Text title, String student, int number, long seed,
                      List<PosedQuestion> questions) {
    public Attempt {
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(student, "student");
        questions = List.copyOf(questions);
    }

    /** The posed question with this {@code bank/id}, if the attempt has it. */
    public Optional<PosedQuestion> question(String qualifiedId) {
        return questions.stream().filter(q -> q.qualifiedId().equals(qualifiedId)).findFirst();
    }

    /** Points of a fully right attempt. */
    public double maxPoints() {
        return questions.stream().mapToDouble(PosedQuestion::points).sum();
    }
}
