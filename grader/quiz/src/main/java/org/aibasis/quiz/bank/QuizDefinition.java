package org.aibasis.quiz.bank;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A quiz: which questions to draw from which banks. Written as {@code quizzes/quizzes/<id>.yaml}; every bank
 * also counts as a quiz of all its questions ({@link #ofBank(Bank)}).
 *
 * @param id     the file name without {@code .yaml} (or the bank id)
 * @param title  what students see
 * @param scheme if present, the scheme of every multiple-response question of the quiz (it overrides the
 *               question's and the bank's)
 * @param draws  the pools, in the order their questions appear
 * @param file   where it was read from (the bank file for a bank's own quiz)
 */
public record QuizDefinition(String id, Text title, Optional<Scheme> scheme, List<Draw> draws, Path file) {
    public QuizDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scheme, "scheme");
        draws = List.copyOf(draws);
        Objects.requireNonNull(file, "file");
    }

    /** The quiz of all questions of one bank, in authored order. */
    public static QuizDefinition ofBank(Bank bank) {
        return new QuizDefinition(bank.id(), bank.title(), Optional.empty(),
                List.of(new Draw(new Pool.FromBank(bank.id()), OptionalInt.empty(), Optional.empty(), 0)),
                bank.file());
    }

    /** Where a draw takes its questions from. */
    public sealed interface Pool {
        /** Whether {@code bank}'s questions belong to the pool. */
        boolean includes(Bank bank);

        /** All questions of one bank. */
        record FromBank(String bank) implements Pool {
            public FromBank {
                Objects.requireNonNull(bank, "bank");
            }

            @Override
            public boolean includes(Bank b) {
                return b.id().equals(bank);
            }
        }

        /** All questions of every bank of one topic. */
        record FromTopic(String topic) implements Pool {
            public FromTopic {
                Objects.requireNonNull(topic, "topic");
            }

            @Override
            public boolean includes(Bank b) {
                return b.topic().equals(topic);
            }
        }
    }

    /**
     * One entry of {@code draw:}: N questions picked at random per variant from a pool.
     *
     * @param pool   the bank or topic
     * @param count  how many to draw; empty for all of them
     * @param source if present, only questions with this {@code source} tag (e.g. {@code past-exam})
     * @param line   1-based line in the quiz file (0 for a bank's own quiz)
     */
    public record Draw(Pool pool, OptionalInt count, Optional<String> source, int line) {
        public Draw {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(source, "source");
        }

        /** Whether {@code question} of {@code bank} can be drawn by this entry. */
        public boolean matches(Bank bank, Question question) {
            return pool.includes(bank) && (source.isEmpty() || question.common().source().equals(source));
        }
    }
}
