package org.aibasis.quiz.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.quiz.variant.Seeds;
import org.aibasis.quiz.variant.SplitMix64;

/**
 * A simulated class taking a quiz, with a few questions planted broken, to show (and test) that the item
 * statistics flag exactly what is wrong. Everything follows from the seed.
 *
 * <p>The model: student k of n has ability theta = the (r + 1/2)/n quantile of the logistic distribution scaled
 * to variance 1, r being k's place in a seeded shuffle, so abilities are spread evenly without depending on the
 * student's name. Each question gets a discrimination a in [1.2, 2.2] and a difficulty b in [-0.3, 1.0], and a
 * student knows the answer with the two-parameter logistic probability P = 1 / (1 + e^(-a (theta - b)))
 * (Birnbaum's 2PL item-response model). Who knows it is drawn by systematic sampling: the students who were posed
 * the question, ordered by ability, lay their P end to end from a seeded offset u in [0, 1), and a student knows it
 * when a whole number falls within their P. So about the sum of P students know it, each with probability P, but
 * without the luck of independent draws that would, in a class of 40, let some sound questions look broken. One
 * who knows answers as the key says; one who does not guesses: the guesses, from the weakest student up, go
 * through the options in a seeded order (for multiple response: the key with one option's tick flipped;
 * true/false: alternately; numeric: a number outside the tolerance), so that every option is chosen once as many
 * students guess as there are options, and no distractor looks dead by chance.
 *
 * <p>Planted problems, on single-choice questions with at least three options: a <em>wrong key</em> (the students
 * who know choose another option, which the bank marks wrong, as if the bank's key were a slip; the keyed option
 * is the tempting mistake, so each guess goes to it with probability 1/2; such a question gets a = 2.5 and
 * b = -0.5, a point most students know) and a <em>dead distractor</em> (a wrong option that no guess goes to).
 */
public final class ClassSimulation {
    /** The share of guesses on a question with a planted wrong key that go to the keyed option. */
    static final double TEMPTED = 0.5;

    private ClassSimulation() {
    }

    /** A problem planted in one question. */
    public sealed interface Planted {
        /** {@code bank/question-id}. */
        String questionId();

        /**
         * The students who know choose {@code believed}; the bank's key is another option.
         *
         * @param questionId {@code bank/question-id}
         * @param believed   the option the students who know choose
         */
        record WrongKey(String questionId, String believed) implements Planted {
        }

        /**
         * Nobody chooses this wrong option.
         *
         * @param questionId {@code bank/question-id}
         * @param optionId   the option nobody chooses
         */
        record DeadDistractor(String questionId, String optionId) implements Planted {
        }
    }

    /**
     * One simulated student.
     *
     * @param attempt   the student's variant (attempt 1)
     * @param responses what the student answered
     */
    public record Student(Attempt attempt, Responses responses) {
    }

    /**
     * The simulated class.
     *
     * @param quiz     quiz id
     * @param students one per student, ids {@code student-01}, {@code student-02}, ...
     * @param planted  the problems planted, in order
     */
    public record SimulatedClass(String quiz, List<Student> students, List<Planted> planted) {
        public SimulatedClass {
            students = List.copyOf(students);
            planted = List.copyOf(planted);
        }
    }

    /**
     * Simulates {@code students} students taking {@code quiz}, with {@code wrongKeys} wrong keys and
     * {@code deadDistractors} dead distractors planted in distinct single-choice questions chosen by the seed.
     *
     * @throws IllegalArgumentException for an unknown quiz, fewer than 2 students, or more planted problems than the
     *                                  quiz has single-choice questions with three or more options
     */
    public static SimulatedClass simulate(QuizLibrary library, String quiz, int students, String seed, int wrongKeys,
                                          int deadDistractors) {
        if (students < 2 || wrongKeys < 0 || deadDistractors < 0) {
            throw new IllegalArgumentException("need at least 2 students and no negative number of planted problems");
        }
        int width = Integer.toString(students).length() < 2 ? 2 : Integer.toString(students).length();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 1; i <= students; i++) {
            attempts.add(library.instantiate(quiz, "student-" + String.format("%0" + width + "d", i), 1));
        }
        Map<String, PosedQuestion> questions = new LinkedHashMap<>();
        attempts.forEach(a -> a.questions().forEach(q -> questions.putIfAbsent(q.qualifiedId(), q)));
        List<Planted> planted = plant(List.copyOf(questions.values()), seed, wrongKeys, deadDistractors);
        Map<String, Planted> byQuestion = new HashMap<>();
        planted.forEach(p -> byQuestion.put(p.questionId(), p));

        double[] ability = abilities(students, seed);
        Map<String, Map<Integer, Integer>> guesses = new HashMap<>(); // question -> student -> guess number
        for (PosedQuestion q : questions.values()) {
            List<Integer> posedTo = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                if (attempts.get(s).question(q.qualifiedId()).isPresent()) {
                    posedTo.add(s);
                }
            }
            posedTo.sort(java.util.Comparator.comparingDouble(s -> ability[s]));
            SplitMix64 item = new SplitMix64(Seeds.hash(seed + "|item|" + q.qualifiedId()));
            boolean wrongKey = byQuestion.get(q.qualifiedId()) instanceof Planted.WrongKey;
            double a = wrongKey ? 2.5 : 1.2 + item.nextDouble();
            double b = wrongKey ? -0.5 : -0.3 + 1.3 * item.nextDouble();
            double sum = item.nextDouble();
            Map<Integer, Integer> guessed = new HashMap<>();
            for (int s : posedTo) {
                double before = Math.floor(sum);
                sum += 1 / (1 + Math.exp(-a * (ability[s] - b)));
                if (Math.floor(sum) == before) {
                    guessed.put(s, guessed.size());
                }
            }
            guesses.put(q.qualifiedId(), guessed);
        }
        List<Student> simulated = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            Attempt attempt = attempts.get(s);
            Map<String, Response> responses = new LinkedHashMap<>();
            for (PosedQuestion q : attempt.questions()) {
                Planted p = byQuestion.get(q.qualifiedId());
                Integer k = guesses.get(q.qualifiedId()).get(s);
                responses.put(q.qualifiedId(), k == null ? known(q, p)
                        : guess(q, p, k, guesses.get(q.qualifiedId()).size(), seed));
            }
            simulated.add(new Student(attempt, new Responses(responses)));
        }
        return new SimulatedClass(quiz, simulated, planted);
    }

    /** Evenly spread abilities: logistic quantiles with variance 1, assigned in a seeded order. */
    static double[] abilities(int n, String seed) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranks.add(i);
        }
        new SplitMix64(Seeds.hash(seed + "|abilities")).shuffle(ranks);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            double p = (ranks.get(i) + 0.5) / n;
            theta[i] = Math.log(p / (1 - p)) * Math.sqrt(3) / Math.PI;
        }
        return theta;
    }

    private static List<Planted> plant(List<PosedQuestion> questions, String seed, int wrongKeys, int dead) {
        List<PosedQuestion> candidates = new ArrayList<>(questions.stream()
                .filter(q -> q.question() instanceof Question.SingleChoice s && s.options().size() >= 3).toList());
        if (wrongKeys + dead > candidates.size()) {
            throw new IllegalArgumentException("the quiz has " + candidates.size() + " single-choice questions with"
                    + " three or more options, too few to plant " + (wrongKeys + dead) + " problems in");
        }
        SplitMix64 random = new SplitMix64(Seeds.hash(seed + "|plant"));
        random.shuffle(candidates);
        List<Planted> planted = new ArrayList<>();
        for (int i = 0; i < wrongKeys + dead; i++) {
            PosedQuestion q = candidates.get(i);
            List<String> wrong = ((Question.SingleChoice) q.question()).options().stream().filter(o -> !o.correct())
                    .map(Option::id).toList();
            String option = wrong.get(random.nextInt(wrong.size()));
            planted.add(i < wrongKeys ? new Planted.WrongKey(q.qualifiedId(), option)
                    : new Planted.DeadDistractor(q.qualifiedId(), option));
        }
        return planted;
    }

    /** The answer of a student who knows it. */
    private static Response known(PosedQuestion q, Planted planted) {
        if (planted instanceof Planted.WrongKey w) {
            return new Response.Ticked(Set.of(w.believed()));
        }
        return switch (q.key()) {
            case Key.OneOption one -> new Response.Ticked(Set.of(one.optionId()));
            case Key.Options many -> new Response.Ticked(many.optionIds());
            case Key.Truth t -> new Response.Truth(t.value());
            case Key.Number x -> new Response.Number(x.value());
        };
    }

    /** The {@code k}-th guess on the question (0 for the first student who does not know it). */
    private static Response guess(PosedQuestion q, Planted planted, int k, int guessers, String seed) {
        List<String> options = new ArrayList<>(q.optionOrder().stream().sorted().toList());
        new SplitMix64(Seeds.hash(seed + "|guesses|" + q.qualifiedId())).shuffle(options);
        if (planted instanceof Planted.DeadDistractor d) {
            options.remove(d.optionId());
        }
        if (planted instanceof Planted.WrongKey && q.key() instanceof Key.OneOption keyed) {
            options.remove(keyed.optionId());
            int last = guessers - 1 - k; // the strongest guessers cover the other options, one each
            if (last < options.size()) {
                return new Response.Ticked(Set.of(options.get(last)));
            }
            double phase = new SplitMix64(Seeds.hash(seed + "|tempted|" + q.qualifiedId())).nextDouble();
            boolean tempting = Math.floor(phase + TEMPTED * (k + 1)) > Math.floor(phase + TEMPTED * k);
            return new Response.Ticked(Set.of(tempting ? keyed.optionId() : options.get(k % options.size())));
        }
        return switch (q.key()) {
            case Key.OneOption one -> new Response.Ticked(Set.of(options.get(k % options.size())));
            case Key.Options many -> {
                Set<String> ticked = new HashSet<>(many.optionIds());
                String flip = options.get(k % options.size());
                if (!ticked.remove(flip)) {
                    ticked.add(flip);
                }
                yield new Response.Ticked(ticked);
            }
            case Key.Truth t -> new Response.Truth(k % 2 == 0 != t.value());
            case Key.Number x -> new Response.Number(x.value() + 2 * x.tolerance().around(x.value())
                    + Math.max(1, Math.abs(x.value())) * (1 + k % 3) / 2);
        };
    }
}
