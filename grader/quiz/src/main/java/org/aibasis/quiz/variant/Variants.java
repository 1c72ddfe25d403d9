package org.aibasis.quiz.variant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.QuizDefinition;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;

/** Instantiates quizzes: picks the questions of each pool and poses each one. */
public final class Variants {
    private Variants() {
    }

    /**
     * The variant of {@code quiz} for {@code student}'s attempt {@code number}; the same arguments always give an
     * equal {@link Attempt}.
     *
     * @param banks the loaded banks the quiz draws from
     * @throws IllegalStateException if a question's {@code require} cannot be met ({@link DrawCheck} reports
     *                               such questions when the banks are loaded)
     */
    public static Attempt instantiate(QuizDefinition quiz, Collection<Bank> banks, String student, int number) {
        long seed = Seeds.attempt(student, quiz.id(), number);
        List<Bank> ordered = banks.stream().sorted(Comparator.comparing(Bank::id)).toList();
        Set<String> taken = new HashSet<>();
        List<PosedQuestion> posed = new ArrayList<>();
        for (int i = 0; i < quiz.draws().size(); i++) {
            QuizDefinition.Draw draw = quiz.draws().get(i);
            List<Map.Entry<Bank, Question>> pool = new ArrayList<>();
            for (Bank bank : ordered) {
                for (Question q : bank.questions()) {
                    if (draw.matches(bank, q) && !taken.contains(bank.id() + "/" + q.id())) {
                        pool.add(Map.entry(bank, q));
                    }
                }
            }
            List<Integer> picked = pick(pool.size(), draw.count().orElse(pool.size()),
                    new SplitMix64(Seeds.derive(seed, "draw-" + i)));
            for (int index : picked) {
                Bank bank = pool.get(index).getKey();
                Question q = pool.get(index).getValue();
                taken.add(bank.id() + "/" + q.id());
                posed.add(pose(bank, q, Seeds.question(seed, bank.id(), q.id()), quiz.scheme()));
            }
        }
        return new Attempt(quiz.id(), quiz.title(), student, number, seed, posed);
    }

    /** {@code count} of the indices 0..size-1 at random (a partial Fisher-Yates shuffle), in increasing order. */
    static List<Integer> pick(int size, int count, SplitMix64 rng) {
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        int n = Math.min(count, size);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(idx[i]);
        }
        picked.sort(Comparator.naturalOrder());
        return picked;
    }

    /**
     * Poses one question with its sub-seed: draws its parameters (stream {@code params}), computes the key and
     * shuffles the options (stream {@code shuffle}) unless the question says {@code shuffle: false}.
     *
     * @param quizScheme the quiz's scheme, which overrides the question's and the bank's
     * @throws IllegalStateException if the question's {@code require} cannot be met, or its key is not finite
     */
    public static PosedQuestion pose(Bank bank, Question question, long questionSeed, Optional<Scheme> quizScheme) {
        ParameterDraw.Result result = ParameterDraw.draw(question, new SplitMix64(Seeds.derive(questionSeed,
                "params")));
        Map<String, Double> values = switch (result) {
            case ParameterDraw.Drawn d -> d.values();
            case ParameterDraw.Unmet u -> throw new IllegalStateException(bank.file() + ":" + u.line() + ": question "
                    + question.id() + ": no draw met the requirements in " + u.tries() + " tries; " + u.reason());
        };
        Key key = key(bank, question, values, quizScheme);
        SplitMix64 shuffleRng = new SplitMix64(Seeds.derive(questionSeed, "shuffle"));
        List<String> order = switch (question) {
            case Question.SingleChoice s -> order(s.options(), s.shuffle(), shuffleRng);
            case Question.MultipleResponse m -> order(m.options(), m.shuffle(), shuffleRng);
            case Question.TrueFalse t -> List.of();
            case Question.Numeric n -> List.of();
        };
        return new PosedQuestion(bank.id(), bank.topic(), question, questionSeed, values, key, order);
    }

    /** The key of {@code question} for the given parameter values. */
    public static Key key(Bank bank, Question question, Map<String, Double> values, Optional<Scheme> quizScheme) {
        return switch (question) {
            case Question.SingleChoice s -> new Key.OneOption(s.correct().id());
            case Question.MultipleResponse m -> {
                Set<String> correct = new LinkedHashSet<>();
                m.options().stream().filter(Option::correct).forEach(o -> correct.add(o.id()));
                yield new Key.Options(correct, quizScheme.or(m::scheme).orElse(bank.scheme()));
            }
            case Question.TrueFalse t -> new Key.Truth(t.answer());
            case Question.Numeric n -> {
                double value = n.answer().formula().evaluate(values);
                if (!Double.isFinite(value)) {
                    throw new IllegalStateException(bank.file() + ":" + n.answer().line() + ": question " + n.id()
                            + ": the key is " + value + " for " + ParameterDraw.describe(values));
                }
                yield new Key.Number(value, n.tolerance());
            }
        };
    }

    private static List<String> order(List<Option> options, boolean shuffle, SplitMix64 rng) {
        List<String> ids = new ArrayList<>(options.stream().map(Option::id).toList());
        if (shuffle) {
            rng.shuffle(ids);
        }
        return ids;
    }
}
