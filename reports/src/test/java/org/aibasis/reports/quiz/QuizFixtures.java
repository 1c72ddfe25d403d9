package org.aibasis.reports.quiz;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;

/** Graded attempts of the course's real banks, with responses chosen to show every kind of mistake. */
final class QuizFixtures {
    static final QuizLibrary LIBRARY = QuizLibrary.load(Path.of("..", "quizzes"));

    private QuizFixtures() {
    }

    /**
     * {@code student}'s attempt of {@code quiz} where every multiple-response question gets its key with the first
     * correct option swapped for the first wrong one (one wrong tick and one miss), every other question answered
     * right, and question number {@code blank} (0-based) left blank.
     */
    static GradedAttempt graded(String quiz, String student, int blank) {
        Attempt attempt = LIBRARY.instantiate(quiz, student, 1);
        Map<String, Response> responses = new HashMap<>();
        List<PosedQuestion> questions = attempt.questions();
        for (int i = 0; i < questions.size(); i++) {
            PosedQuestion q = questions.get(i);
            if (i == blank) {
                continue;
            }
            responses.put(q.qualifiedId(), switch (q.key()) {
                case Key.OneOption one -> new Response.Ticked(Set.of(one.optionId()));
                case Key.Options many -> {
                    Set<String> ticked = new HashSet<>(many.optionIds());
                    String right = q.optionOrder().stream().filter(many.optionIds()::contains).findFirst()
                            .orElseThrow();
                    q.optionOrder().stream().filter(id -> !many.optionIds().contains(id)).findFirst()
                            .ifPresent(wrong -> {
                                ticked.remove(right);
                                ticked.add(wrong);
                            });
                    yield new Response.Ticked(ticked);
                }
                case Key.Truth t -> new Response.Truth(t.value());
                case Key.Number x -> new Response.Number(x.value());
            });
        }
        return LIBRARY.grade(attempt, new Responses(responses));
    }
}
