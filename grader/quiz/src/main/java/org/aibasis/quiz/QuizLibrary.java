package org.aibasis.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.BankParser;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.QuizDefinition;
import org.aibasis.quiz.bank.QuizDefinitionParser;
import org.aibasis.quiz.json.AttemptFile;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.json.Resolver;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.scoring.Marker;
import org.aibasis.quiz.stats.ItemAnalysis;
import org.aibasis.quiz.stats.ItemStatistics;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.DrawCheck;
import org.aibasis.quiz.variant.Variants;

/**
 * The loaded question banks and quizzes of a {@code quizzes/} folder, and what can be done with them.
 *
 * <pre>{@code
 * QuizLibrary library = QuizLibrary.load(Path.of("quizzes"));
 * library.problems().forEach(System.err::println);            // file:line: message
 * Attempt attempt = library.instantiate("rl-bandits", "s001", 1);
 * GradedAttempt graded = library.grade(attempt, responses);
 * ItemStatistics stats = QuizLibrary.analyse(gradedAttemptsOfTheClass);
 * }</pre>
 *
 * Loading never throws for bad content: a question with a problem is left out, a bank whose header is broken is
 * left out whole, and the other banks load.
 */
public final class QuizLibrary implements Resolver {
    private final Map<String, Bank> banks;
    private final Map<String, QuizDefinition> quizzes;
    private final List<Problem> problems;

    private QuizLibrary(Map<String, Bank> banks, Map<String, QuizDefinition> quizzes, List<Problem> problems) {
        this.banks = banks;
        this.quizzes = quizzes;
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads {@code quizzesDir/*.yaml} as banks and {@code quizzesDir/quizzes/*.yaml} as quiz definitions, runs every
     * check, and keeps what is valid.
     */
    public static QuizLibrary load(Path quizzesDir) {
        List<Problem> problems = new ArrayList<>();
        List<Bank> banks = new ArrayList<>();
        for (Path file : yamlFiles(quizzesDir, problems)) {
            BankParser.Result result = BankParser.read(file);
            problems.addAll(result.problems());
            result.bank().ifPresent(bank -> banks.add(drawChecked(bank, problems)));
        }
        List<QuizDefinition> definitions = new ArrayList<>();
        Path quizDir = quizzesDir.resolve("quizzes");
        if (Files.isDirectory(quizDir)) {
            for (Path file : yamlFiles(quizDir, problems)) {
                QuizDefinitionParser.Result result = QuizDefinitionParser.read(file);
                problems.addAll(result.problems());
                result.quiz().ifPresent(definitions::add);
            }
        }
        return assemble(banks, definitions, problems);
    }

    /** A library of already parsed banks and definitions (e.g. built in a test), checked like {@link #load}. */
    public static QuizLibrary of(List<Bank> banks, List<QuizDefinition> definitions) {
        List<Problem> problems = new ArrayList<>();
        List<Bank> checked = banks.stream().map(b -> drawChecked(b, problems)).toList();
        return assemble(checked, definitions, problems);
    }

    private static QuizLibrary assemble(List<Bank> banks, List<QuizDefinition> definitions, List<Problem> problems) {
        Map<String, Bank> byId = new LinkedHashMap<>();
        Map<String, QuizDefinition> quizzes = new LinkedHashMap<>();
        for (Bank bank : banks) {
            byId.put(bank.id(), bank);
            quizzes.put(bank.id(), QuizDefinition.ofBank(bank));
        }
        for (QuizDefinition quiz : definitions) {
            if (quizzes.containsKey(quiz.id())) {
                problems.add(new Problem(quiz.file(), 0, "quiz id '" + quiz.id() + "' is also a bank id (every bank"
                        + " is a quiz of its own; rename the quiz file)"));
                continue;
            }
            List<Problem> found = QuizDefinitionParser.check(quiz, byId.values());
            problems.addAll(found);
            if (found.isEmpty()) {
                quizzes.put(quiz.id(), quiz);
            }
        }
        problems.sort(Problem.ORDER);
        return new QuizLibrary(byId, quizzes, problems);
    }

    private static Bank drawChecked(Bank bank, List<Problem> problems) {
        List<Question> kept = new ArrayList<>();
        for (Question q : bank.questions()) {
            List<Problem> found = DrawCheck.check(bank, q);
            problems.addAll(found);
            if (found.isEmpty()) {
                kept.add(q);
            }
        }
        return new Bank(bank.id(), bank.topic(), bank.title(), bank.scheme(), kept, bank.file());
    }

    private static List<Path> yamlFiles(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "no such folder (give the quizzes/ folder of the repository)"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml")
                    || f.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** Every problem found while loading, ordered by file and line. Empty when all content is valid. */
    public List<Problem> problems() {
        return problems;
    }

    /** The loaded banks, ordered by id. */
    public List<Bank> banks() {
        return banks.values().stream().sorted(java.util.Comparator.comparing(Bank::id)).toList();
    }

    /** The loaded bank with this id. */
    public Optional<Bank> bank(String id) {
        return Optional.ofNullable(banks.get(id));
    }

    /** Every quiz: one per bank, then the quiz definitions. */
    public List<QuizDefinition> quizzes() {
        return List.copyOf(quizzes.values());
    }

    /** The quiz with this id (a bank id or a quiz definition's id). */
    public Optional<QuizDefinition> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    /**
     * The variant of {@code quiz} for {@code student}'s attempt number {@code attempt} (1 for the first). The same
     * arguments always give an equal attempt.
     *
     * @throws IllegalArgumentException if there is no such quiz or {@code attempt < 1}
     */
    public Attempt instantiate(String quiz, String student, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attempt);
        }
        QuizDefinition definition = quiz(quiz).orElseThrow(() -> new IllegalArgumentException("unknown quiz '" + quiz
                + "' (known: " + String.join(", ", quizzes.keySet()) + ")"));
        return Variants.instantiate(definition, banks.values(), student, attempt);
    }

    /** Like {@link #instantiate}, empty for an unknown quiz or an attempt number below 1. */
    @Override
    public Optional<Attempt> variant(String quiz, String student, int attempt) {
        return attempt < 1 ? Optional.empty() : quiz(quiz).map(q -> Variants.instantiate(q, banks.values(), student,
                attempt));
    }

    /** Scores the responses against the attempt's keys. */
    public GradedAttempt grade(Attempt attempt, Responses responses) {
        return Marker.grade(attempt, responses);
    }

    /**
     * Reads an attempt or answers file; never throws. Only the identity (quiz, student, attempt) and the responses
     * are taken from it; the questions, keys and option orders come from the banks, and what the file stores that
     * disagrees with them is reported as a discrepancy.
     */
    public AttemptFile read(Path answersFile) {
        return AttemptJson.read(answersFile, this);
    }

    /**
     * Reads and grades many answers files. A file that cannot be read is reported (with its name, and the JSON line
     * where known) and the others are graded.
     */
    public GradedBatch gradeFiles(List<Path> answersFiles) {
        List<GradedAttempt> graded = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (Path file : answersFiles) {
            AttemptFile read = read(file);
            found.addAll(read.problems());
            switch (read) {
                case AttemptFile.Loaded loaded -> graded.add(grade(loaded.attempt(), loaded.responses()));
                case AttemptFile.Unreadable unreadable -> {
                }
            }
        }
        return new GradedBatch(graded, found);
    }

    /** Item statistics of many graded attempts of one quiz; a question is judged from 10 answers. */
    public static ItemStatistics analyse(List<GradedAttempt> attempts) {
        return ItemAnalysis.analyse(attempts);
    }

    /** Item statistics of many graded attempts of one quiz; a question is judged from {@code minimum} answers. */
    public static ItemStatistics analyse(List<GradedAttempt> attempts, int minimum) {
        return ItemAnalysis.analyse(attempts, ItemAnalysis.DEFAULT.withMinimum(minimum));
    }
}
