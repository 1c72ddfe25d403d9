package org.aibasis.quiz.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Parses and validates quiz definitions ({@code quizzes/quizzes/<quiz>.yaml}). */
public final class QuizDefinitionParser {
    private final Path file;
    private final Yaml yaml;

    private QuizDefinitionParser(Path file) {
        this.file = file;
        this.yaml = new Yaml(file);
    }

    /**
     * What parsing one quiz definition gave.
     *
     * @param quiz     the definition, if it has no problem
     * @param problems the problems found
     */
    public record Result(Optional<QuizDefinition> quiz, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(quiz, "quiz");
            problems = List.copyOf(problems);
        }
    }

    /** Reads and parses {@code file}; never throws for bad content. */
    public static Result read(Path file) {
        QuizDefinitionParser parser = new QuizDefinitionParser(file);
        return parser.finish(parser.yaml.load().flatMap(parser::quiz));
    }

    /** Parses YAML text as if it were the content of {@code file}. */
    public static Result parse(Path file, String content) {
        QuizDefinitionParser parser = new QuizDefinitionParser(file);
        return parser.finish(parser.yaml.compose(content).flatMap(parser::quiz));
    }

    private Result finish(Optional<QuizDefinition> quiz) {
        List<Problem> problems = new ArrayList<>(yaml.problems());
        problems.sort(Problem.ORDER);
        return new Result(problems.isEmpty() ? quiz : Optional.empty(), problems);
    }

    private Optional<QuizDefinition> quiz(Node root) {
        Optional<MappingNode> mapping = yaml.mapping(root, "a quiz definition");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), List.of("quiz", "title", "scheme", "draw"),
                "the quiz definition");
        String expected = BankParser.expectedId(file);
        Optional<String> id = Optional.empty();
        if (e.containsKey("quiz")) {
            id = yaml.string(e.get("quiz").value(), "quiz");
            id.filter(i -> !i.equals(expected)).ifPresent(i -> yaml.problem(e.get("quiz").value(),
                    "quiz id '" + i + "' differs from the file name '" + expected + "' (rename the file or write quiz: "
                            + expected + ")"));
        } else {
            yaml.problem(root, "missing 'quiz' (add quiz: " + expected + ")");
        }
        Optional<Text> title = Optional.empty();
        if (!e.containsKey("title")) {
            yaml.problem(root, "missing 'title' (add title: {en: \"...\", zh: \"...\"})");
        } else if (e.get("title").value() instanceof ScalarNode) {
            title = yaml.string(e.get("title").value(), "title").map(Text::both);
        } else {
            title = yaml.text(e.get("title").value(), "title");
        }
        Optional<Scheme> scheme = Optional.empty();
        if (e.containsKey("scheme")) {
            Node n = e.get("scheme").value();
            scheme = yaml.string(n, "scheme").flatMap(s -> {
                Optional<Scheme> named = Scheme.named(s);
                if (named.isEmpty()) {
                    yaml.problem(n, "unknown scheme '" + s + "' (use one of " + Scheme.spellings() + ")");
                }
                return named;
            });
        }
        List<QuizDefinition.Draw> draws = new ArrayList<>();
        if (!e.containsKey("draw")) {
            yaml.problem(root, "missing 'draw' (add draw: [{bank: some-bank, count: 3}, {topic: rl, count: 2}])");
        } else {
            Optional<SequenceNode> seq = yaml.sequence(e.get("draw").value(), "draw");
            seq.ifPresent(s -> {
                if (s.getValue().isEmpty()) {
                    yaml.problem(s, "draw is empty (add at least one {bank: ..., count: ...})");
                }
                s.getValue().forEach(item -> draw(item).ifPresent(draws::add));
            });
        }
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuizDefinition(id.get(), title.get(), scheme, draws, file));
    }

    private Optional<QuizDefinition.Draw> draw(Node item) {
        Optional<MappingNode> mapping = yaml.mapping(item, "a draw entry");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), List.of("bank", "topic", "count", "source"),
                "a draw entry");
        if (e.containsKey("bank") == e.containsKey("topic")) {
            yaml.problem(item, "a draw entry needs exactly one of bank or topic (write {bank: rl-bandits, count: 3}"
                    + " or {topic: rl, count: 2})");
            return Optional.empty();
        }
        Optional<QuizDefinition.Pool> pool = e.containsKey("bank")
                ? yaml.string(e.get("bank").value(), "bank").map(QuizDefinition.Pool.FromBank::new)
                : yaml.string(e.get("topic").value(), "topic").map(QuizDefinition.Pool.FromTopic::new);
        OptionalInt count = OptionalInt.empty();
        if (e.containsKey("count")) {
            Node n = e.get("count").value();
            Optional<Double> c = yaml.number(n, "count");
            if (c.isPresent() && (c.get() < 1 || c.get() != Math.rint(c.get()))) {
                yaml.problem(n, "count must be a whole number >= 1 (or leave it out to draw every question)");
                return Optional.empty();
            }
            if (c.isEmpty()) {
                return Optional.empty();
            }
            count = OptionalInt.of(c.get().intValue());
        }
        Optional<String> source = Optional.empty();
        if (e.containsKey("source")) {
            source = yaml.string(e.get("source").value(), "source");
        }
        OptionalInt finalCount = count;
        Optional<String> finalSource = source;
        return pool.map(p -> new QuizDefinition.Draw(p, finalCount, finalSource, Yaml.line(item)));
    }

    /**
     * Checks a definition against the loaded banks: every pool exists and has enough questions, even in the
     * worst case where earlier overlapping entries took questions this one could have drawn.
     */
    public static List<Problem> check(QuizDefinition quiz, Collection<Bank> banks) {
        List<Problem> problems = new ArrayList<>();
        List<QuizDefinition.Draw> draws = quiz.draws();
        for (int i = 0; i < draws.size(); i++) {
            QuizDefinition.Draw d = draws.get(i);
            String what = switch (d.pool()) {
                case QuizDefinition.Pool.FromBank b -> "bank " + b.bank();
                case QuizDefinition.Pool.FromTopic t -> "topic " + t.topic();
            };
            boolean exists = banks.stream().anyMatch(b -> d.pool().includes(b));
            if (!exists) {
                String hint = switch (d.pool()) {
                    case QuizDefinition.Pool.FromBank b -> "check the name against the files quizzes/*.yaml; a bank"
                            + " with problems is not loaded";
                    case QuizDefinition.Pool.FromTopic t -> Topics.known(t.topic())
                            ? "no loaded bank has this topic yet" : "use one of " + String.join(" | ", Topics.ORDER);
                };
                problems.add(new Problem(quiz.file(), d.line(), "draw from unknown " + what + " (" + hint + ")"));
                continue;
            }
            long matching = count(banks, d, d);
            long available = matching;
            for (int j = 0; j < i; j++) {
                QuizDefinition.Draw earlier = draws.get(j);
                long overlap = count(banks, d, earlier);
                available -= Math.min(overlap, earlier.count().orElse(Integer.MAX_VALUE));
            }
            int wanted = d.count().orElse(0);
            if (matching == 0) {
                problems.add(new Problem(quiz.file(), d.line(), "draw from " + what + " finds no question"
                        + d.source().map(s -> " with source " + s).orElse("") + " (fix the source filter or add"
                        + " questions)"));
            } else if (wanted > available) {
                problems.add(new Problem(quiz.file(), d.line(), "draw wants " + wanted + " questions from " + what
                        + " but only " + Math.max(0, available) + " are sure to be left"
                        + (available < matching ? " after the earlier overlapping entries" : "")
                        + " (lower count, or add questions)"));
            }
        }
        return problems;
    }

    private static long count(Collection<Bank> banks, QuizDefinition.Draw a, QuizDefinition.Draw b) {
        return banks.stream().flatMap(bank -> bank.questions().stream()
                        .filter(q -> a.matches(bank, q) && b.matches(bank, q)))
                .count();
    }
}
