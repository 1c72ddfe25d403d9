package org.aibasis.quiz.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aibasis.quiz.formula.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses and validates one bank file.
 *
 * <p>Every mistake becomes a {@link Problem}; a question with a problem is left out of the bank, and a bank whose
 * header is wrong (id, topic, title, scheme) or that is not YAML is left out whole, but its questions are still
 * checked so that one run reports everything. The checks that need drawing parameters (whether {@code require}
 * can be met, whether keys are finite) live in {@code org.aibasis.quiz.variant.DrawCheck}.
 */
public final class BankParser {
    /** The smallest and largest number of options of a choice question. */
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> BANK_KEYS = List.of("bank", "topic", "title", "scheme", "questions");
    private static final List<String> COMMON_KEYS =
            List.of("id", "type", "points", "source", "text", "explanation", "params", "require");

    private final Path file;
    private final Yaml yaml;

    private BankParser(Path file) {
        this.file = file;
        this.yaml = new Yaml(file);
    }

    /**
     * What parsing one file gave.
     *
     * @param bank     the bank, unless its header is broken
     * @param problems every problem found, in file order
     */
    public record Result(Optional<Bank> bank, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(bank, "bank");
            problems = List.copyOf(problems);
        }
    }

    /** Reads, parses and validates {@code file}; never throws for bad content or an unreadable file. */
    public static Result read(Path file) {
        BankParser parser = new BankParser(file);
        return parser.finish(parser.yaml.load().flatMap(parser::bank));
    }

    /** Parses and validates YAML text as if it were the content of {@code file}. */
    public static Result parse(Path file, String content) {
        BankParser parser = new BankParser(file);
        return parser.finish(parser.yaml.compose(content).flatMap(parser::bank));
    }

    /** The bank id a file must declare: its name without {@code .yaml}. */
    public static String expectedId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
    }

    private Result finish(Optional<Bank> bank) {
        List<Problem> problems = new ArrayList<>(yaml.problems());
        problems.sort(Problem.ORDER);
        return new Result(bank, problems);
    }

    private Optional<Bank> bank(Node root) {
        Optional<MappingNode> mapping = yaml.mapping(root, "a bank");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int before = yaml.count();
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), BANK_KEYS, "the bank");
        String expected = expectedId(file);
        Optional<String> id = required(root, e, "bank", "the bank", "bank: " + expected)
                .flatMap(n -> yaml.string(n, "bank"));
        id.filter(i -> !i.equals(expected)).ifPresent(i -> yaml.problem(e.get("bank").value(),
                "bank id '" + i + "' differs from the file name '" + expected + "' (rename the file or write bank: "
                        + expected + ")"));
        Optional<String> topic = required(root, e, "topic", "the bank", "topic: one of " + Topics.ORDER)
                .flatMap(n -> yaml.string(n, "topic"));
        topic.filter(t -> !Topics.known(t)).ifPresent(t -> yaml.problem(e.get("topic").value(),
                "unknown topic '" + t + "' (use one of " + String.join(" | ", Topics.ORDER) + ")"));
        Optional<Text> title = required(root, e, "title", "the bank", "title: {en: \"...\", zh: \"...\"}")
                .flatMap(n -> yaml.text(n, "title"));
        Scheme scheme = Scheme.ALL_OR_NOTHING;
        if (e.containsKey("scheme")) {
            scheme = scheme(e.get("scheme").value()).orElse(Scheme.ALL_OR_NOTHING);
        }
        boolean headerOk = yaml.count() == before;
        List<Question> questions = new ArrayList<>();
        Optional<Node> list = required(root, e, "questions", "the bank", "questions: followed by a list");
        if (list.isPresent()) {
            Optional<SequenceNode> seq = yaml.sequence(list.get(), "questions");
            if (seq.isPresent() && seq.get().getValue().isEmpty()) {
                yaml.problem(seq.get(), "the bank has no questions (add at least one under questions:)");
            }
            Set<String> ids = new HashSet<>();
            for (Node q : seq.map(SequenceNode::getValue).orElse(List.of())) {
                question(q, ids).ifPresent(questions::add);
            }
        }
        if (!headerOk) {
            return Optional.empty();
        }
        return Optional.of(new Bank(id.orElseThrow(), topic.orElseThrow(), title.orElseThrow(), scheme,
                questions, file));
    }

    private Optional<Node> required(Node parent, Map<String, Yaml.Entry> e, String key, String where,
                                    String example) {
        Yaml.Entry entry = e.get(key);
        if (entry == null) {
            yaml.problem(parent, "missing '" + key + "' in " + where + " (add " + example + ")");
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private Optional<Scheme> scheme(Node node) {
        Optional<String> spelling = yaml.string(node, "scheme");
        if (spelling.isEmpty()) {
            return Optional.empty();
        }
        Optional<Scheme> scheme = Scheme.named(spelling.get());
        if (scheme.isEmpty()) {
            yaml.problem(node, "unknown scheme '" + spelling.get() + "' (use one of " + Scheme.spellings() + ")");
        }
        return scheme;
    }

    private Optional<Question> question(Node node, Set<String> ids) {
        Optional<MappingNode> mapping = yaml.mapping(node, "a question");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int before = yaml.count();
        Map<String, Yaml.Entry> all = yaml.entries(mapping.get(), allKeys(), "a question");
        Optional<String> id = required(node, all, "id", "a question", "id: a-short-name").flatMap(n ->
                yaml.string(n, "id"));
        String where = "question " + id.orElse("at line " + Yaml.line(node));
        if (id.isPresent()) {
            if (!ID.matcher(id.get()).matches()) {
                yaml.problem(all.get("id").value(), "question id '" + id.get() + "' must use only a-z, 0-9 and"
                        + " single dashes (e.g. ucb-untried-arm)");
            } else if (!ids.add(id.get())) {
                yaml.problem(all.get("id").value(), "duplicate question id '" + id.get() + "' (ids must be unique"
                        + " in the bank: rename one of them)");
            }
        }
        Optional<String> typeName = required(node, all, "type", where, "type: " + QuestionType.codes())
                .flatMap(n -> yaml.string(n, "type"));
        Optional<QuestionType> type = typeName.flatMap(QuestionType::parse);
        if (typeName.isPresent() && type.isEmpty()) {
            yaml.problem(all.get("type").value(), "unknown type '" + typeName.get() + "' in " + where
                    + " (use one of " + QuestionType.codes() + ")");
        }
        if (type.isPresent()) {
            for (String key : all.keySet()) {
                if (!COMMON_KEYS.contains(key) && !typeKeys(type.get()).contains(key)) {
                    yaml.problem(all.get(key).key(), "'" + key + "' does not apply to a " + type.get().code()
                            + " question (" + where + "; remove it or change the type)");
                }
            }
        }
        double points = 1;
        if (all.containsKey("points")) {
            Node p = all.get("points").value();
            Optional<Double> value = yaml.number(p, "points");
            if (value.isPresent() && value.get() <= 0) {
                yaml.problem(p, "points must be > 0 in " + where + " (write e.g. points: 1)");
            } else if (value.isPresent()) {
                points = value.get();
            }
        }
        Optional<String> source = Optional.ofNullable(all.get("source")).flatMap(s -> yaml.string(s.value(),
                "source"));
        Optional<Text> text = required(node, all, "text", where, "text: {en: \"...\", zh: \"...\"}")
                .flatMap(n -> yaml.text(n, "text of " + where));
        Optional<Text> explanation = required(node, all, "explanation", where,
                "explanation: {en: \"...\", zh: \"...\"} saying why the key is right")
                .flatMap(n -> yaml.text(n, "explanation of " + where));
        List<Parameter> params = all.containsKey("params") ? params(all.get("params").value(), where) : List.of();
        Set<String> names = new LinkedHashSet<>();
        params.forEach(p -> names.add(p.name()));
        List<LocatedFormula> require = all.containsKey("require")
                ? require(all.get("require").value(), names, where) : List.of();

        Set<String> placeholderNames = new LinkedHashSet<>(names);
        if (type.filter(QuestionType.NUMERIC::equals).isPresent()) {
            placeholderNames.add("answer");
        }
        checkPlaceholders(all.get("text"), placeholderNames, where);
        checkPlaceholders(all.get("explanation"), placeholderNames, where);

        Optional<Question> question = Optional.empty();
        if (type.isPresent() && id.isPresent() && text.isPresent() && explanation.isPresent()) {
            Question.Common common = new Question.Common(id.get(), points, source, text.get(), explanation.get(),
                    params, require, Yaml.line(node));
            question = switch (type.get()) {
                case SINGLE, MULTIPLE -> choice(type.get(), common, all, node, placeholderNames, where);
                case TRUE_FALSE -> trueFalse(common, all, node, where);
                case NUMERIC -> numeric(common, all, node, names, where);
            };
        } else if (type.isPresent()) {
            // still check the type-specific part, so that one run reports everything
            Question.Common dummy = new Question.Common("x", 1, Optional.empty(), Text.both("x"), Text.both("x"),
                    params, require, Yaml.line(node));
            switch (type.get()) {
                case SINGLE, MULTIPLE -> choice(type.get(), dummy, all, node, placeholderNames, where);
                case TRUE_FALSE -> trueFalse(dummy, all, node, where);
                case NUMERIC -> numeric(dummy, all, node, names, where);
            }
        }
        return yaml.count() == before ? question : Optional.empty();
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        for (QuestionType type : QuestionType.values()) {
            typeKeys(type).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return keys;
    }

    private static List<String> typeKeys(QuestionType type) {
        return switch (type) {
            // scheme is accepted (and checked) on single choice too, where it has no effect: the README's example
            // bank shows it there
            case SINGLE, MULTIPLE -> List.of("options", "shuffle", "scheme");
            case TRUE_FALSE -> List.of("answer");
            case NUMERIC -> List.of("answer", "tolerance");
        };
    }

    private Optional<Question> choice(QuestionType type, Question.Common common, Map<String, Yaml.Entry> all, Node node,
                                      Set<String> names, String where) {
        boolean shuffle = true;
        if (all.containsKey("shuffle")) {
            shuffle = yaml.bool(all.get("shuffle").value(), "shuffle").orElse(true);
        }
        Optional<Scheme> scheme = Optional.empty();
        if (all.containsKey("scheme")) {
            scheme = scheme(all.get("scheme").value());
        }
        Optional<Node> optionsNode = required(node, all, "options", where, "options: a list of "
                + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        if (optionsNode.isEmpty()) {
            return Optional.empty();
        }
        Optional<SequenceNode> seq = yaml.sequence(optionsNode.get(), "options");
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Node> items = seq.get().getValue();
        if (items.size() < MIN_OPTIONS || items.size() > MAX_OPTIONS) {
            yaml.problem(optionsNode.get(), where + " has " + items.size() + " option" + (items.size() == 1 ? "" : "s")
                    + " (a choice question needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + "; "
                    + (items.size() < MIN_OPTIONS ? "add options" : "remove or split options") + ")");
        }
        List<Option> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        int position = 0;
        for (Node item : items) {
            position++;
            option(item, position, optionIds, names, where).ifPresent(options::add);
        }
        long correct = options.stream().filter(Option::correct).count();
        if (options.size() == items.size()) {
            if (type == QuestionType.SINGLE && correct != 1) {
                yaml.problem(optionsNode.get(), where + " is single choice but has " + correct + " correct options"
                        + " (mark exactly one option correct: true, or make it type: multiple)");
            }
            if (type == QuestionType.MULTIPLE && correct == 0) {
                yaml.problem(optionsNode.get(), where + " has no correct option (mark at least one option"
                        + " correct: true)");
            }
        }
        return Optional.of(type == QuestionType.SINGLE ? new Question.SingleChoice(common, options, shuffle)
                : new Question.MultipleResponse(common, options, shuffle, scheme));
    }

    private Optional<Option> option(Node item, int position, Set<String> ids, Set<String> names, String where) {
        Optional<MappingNode> mapping = yaml.mapping(item, "an option of " + where);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int before = yaml.count();
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), List.of("id", "text", "correct", "feedback"),
                "an option of " + where);
        String id = "o" + position;
        if (e.containsKey("id")) {
            Optional<String> given = yaml.string(e.get("id").value(), "option id");
            if (given.isPresent() && !ID.matcher(given.get()).matches()) {
                yaml.problem(e.get("id").value(), "option id '" + given.get() + "' must use only a-z, 0-9 and"
                        + " single dashes");
            }
            id = given.orElse(id);
        }
        if (!ids.add(id)) {
            yaml.problem(item, "option id '" + id + "' is used twice in " + where + " (give each option its own id)");
        }
        String label = "option " + position + " of " + where;
        Optional<Text> text = required(item, e, "text", label, "text: {en: \"...\", zh: \"...\"}")
                .flatMap(n -> yaml.text(n, "text of " + label));
        boolean correct = false;
        if (e.containsKey("correct")) {
            correct = yaml.bool(e.get("correct").value(), "correct").orElse(false);
        }
        Optional<Text> feedback = Optional.empty();
        if (e.containsKey("feedback")) {
            feedback = yaml.text(e.get("feedback").value(), "feedback of " + label);
        }
        checkPlaceholders(e.get("text"), names, where);
        checkPlaceholders(e.get("feedback"), names, where);
        if (yaml.count() != before || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Option(id, text.get(), correct, feedback));
    }

    private Optional<Question> trueFalse(Question.Common common, Map<String, Yaml.Entry> all, Node node,
                                         String where) {
        return required(node, all, "answer", where, "answer: true or answer: false")
                .flatMap(n -> yaml.bool(n, "answer of " + where))
                .map(answer -> new Question.TrueFalse(common, answer));
    }

    private Optional<Question> numeric(Question.Common common, Map<String, Yaml.Entry> all, Node node,
                                       Set<String> names, String where) {
        Tolerance tolerance = Tolerance.DEFAULT;
        if (all.containsKey("tolerance")) {
            tolerance = tolerance(all.get("tolerance").value(), where).orElse(Tolerance.DEFAULT);
        }
        Optional<Node> answerNode = required(node, all, "answer", where,
                "answer: a number, or a formula over the parameters in quotes");
        if (answerNode.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocatedFormula> answer = yaml.formula(answerNode.get(), "answer of " + where);
        answer.ifPresent(a -> checkNames(a, names, "answer of " + where, "the question's parameters"));
        Tolerance t = tolerance;
        return answer.map(a -> new Question.Numeric(common, a, t));
    }

    private Optional<Tolerance> tolerance(Node node, String where) {
        Optional<MappingNode> mapping = yaml.mapping(node, "tolerance");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), List.of("abs", "rel"), "tolerance");
        double abs = 0;
        double rel = 0;
        boolean ok = true;
        for (String key : List.of("abs", "rel")) {
            if (!e.containsKey(key)) {
                continue;
            }
            Optional<Double> v = yaml.number(e.get(key).value(), "tolerance " + key);
            if (v.isEmpty()) {
                ok = false;
            } else if (v.get() < 0) {
                yaml.problem(e.get(key).value(), "tolerance " + key + " is negative in " + where
                        + " (a tolerance is a distance: write a number >= 0)");
                ok = false;
            } else if (key.equals("abs")) {
                abs = v.get();
            } else {
                rel = v.get();
            }
        }
        if (e.isEmpty()) {
            yaml.problem(node, "tolerance has neither abs nor rel (write e.g. tolerance: {abs: 0.01, rel: 0})");
            return Optional.empty();
        }
        return ok ? Optional.of(new Tolerance(abs, rel)) : Optional.empty();
    }

    private List<Parameter> params(Node node, String where) {
        Optional<MappingNode> mapping = yaml.mapping(node, "params");
        if (mapping.isEmpty()) {
            return List.of();
        }
        List<Parameter> params = new ArrayList<>();
        Set<String> earlier = new LinkedHashSet<>();
        for (Map.Entry<String, Yaml.Entry> entry : yaml.orderedEntries(mapping.get(), "params of " + where)) {
            String name = entry.getKey();
            Node key = entry.getValue().key();
            Node value = entry.getValue().value();
            if (!NAME.matcher(name).matches()) {
                yaml.problem(key, "parameter name '" + name + "' must be a letter or _ followed by letters, digits"
                        + " or _ (rename it)");
                continue;
            }
            if (name.equals("pi") || name.equals("e") || name.equals("answer") || Function.named(name).isPresent()) {
                yaml.problem(key, "parameter name '" + name + "' is reserved (pi, e, answer and function names"
                        + " cannot be parameters: rename it)");
                continue;
            }
            parameter(name, value, earlier, where).ifPresent(params::add);
            earlier.add(name);
        }
        if (mapping.get().getValue().isEmpty()) {
            yaml.problem(node, "params is empty (remove it, or add parameters)");
        }
        return params;
    }

    private Optional<Parameter> parameter(String name, Node value, Set<String> earlier, String where) {
        String what = "parameter " + name + " of " + where;
        int line = Yaml.line(value);
        if (value instanceof ScalarNode) {
            Optional<LocatedFormula> formula = yaml.formula(value, what);
            formula.ifPresent(f -> checkNames(f, earlier, what, "the parameters above it (parameters are drawn in"
                    + " order)"));
            return formula.map(f -> new Parameter.Derived(name, f, line));
        }
        Optional<MappingNode> mapping = yaml.mapping(value, what);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Yaml.Entry> e = yaml.entries(mapping.get(), List.of("min", "max", "step", "values"), what);
        if (e.containsKey("values")) {
            if (e.containsKey("min") || e.containsKey("max") || e.containsKey("step")) {
                yaml.problem(value, what + " has both values and min/max/step (keep one of the two forms)");
                return Optional.empty();
            }
            Optional<SequenceNode> seq = yaml.sequence(e.get("values").value(), "values of " + what);
            if (seq.isEmpty()) {
                return Optional.empty();
            }
            List<Double> values = new ArrayList<>();
            for (Node v : seq.get().getValue()) {
                yaml.number(v, "a value of " + what).ifPresent(values::add);
            }
            if (seq.get().getValue().isEmpty()) {
                yaml.problem(seq.get(), "values of " + what + " is empty (list at least one value)");
                return Optional.empty();
            }
            return values.size() == seq.get().getValue().size()
                    ? Optional.of(new Parameter.Choice(name, values, line)) : Optional.empty();
        }
        if (!e.containsKey("min") || !e.containsKey("max")) {
            yaml.problem(value, what + " needs min and max (write {min: 1, max: 10, step: 1}) or values (write"
                    + " {values: [1, 2]})");
            return Optional.empty();
        }
        Optional<LocatedFormula> min = yaml.formula(e.get("min").value(), "min of " + what);
        Optional<LocatedFormula> max = yaml.formula(e.get("max").value(), "max of " + what);
        min.ifPresent(f -> checkNames(f, earlier, "min of " + what, "the parameters above it"));
        max.ifPresent(f -> checkNames(f, earlier, "max of " + what, "the parameters above it"));
        double step = 1;
        if (e.containsKey("step")) {
            Optional<Double> s = yaml.number(e.get("step").value(), "step of " + what);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (s.get() <= 0) {
                yaml.problem(e.get("step").value(), "step of " + what + " must be > 0 (write e.g. step: 0.1)");
                return Optional.empty();
            }
            step = s.get();
        }
        if (min.isPresent() && max.isPresent() && min.get().formula().names().isEmpty()
                && max.get().formula().names().isEmpty()) {
            double lo = min.get().formula().evaluate(Map.of());
            double hi = max.get().formula().evaluate(Map.of());
            if (lo > hi) {
                yaml.problem(value, what + " has min " + lo + " > max " + hi + " (swap them)");
                return Optional.empty();
            }
            if ((hi - lo) / step > 1_000_000) {
                yaml.problem(value, what + " has more than a million grid points (use a larger step)");
                return Optional.empty();
            }
        }
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parameter.Grid(name, min.get(), max.get(), step, line));
    }

    private List<LocatedFormula> require(Node node, Set<String> names, String where) {
        List<Node> items;
        if (node instanceof SequenceNode seq) {
            items = seq.getValue();
        } else if (node instanceof ScalarNode) {
            items = List.of(node);
        } else {
            yaml.problem(node, "require must be a list of formulas (write require: [\"n < t\"])");
            return List.of();
        }
        List<LocatedFormula> require = new ArrayList<>();
        for (Node item : items) {
            Optional<LocatedFormula> f = yaml.formula(item, "require of " + where);
            f.ifPresent(l -> checkNames(l, names, "require of " + where, "the question's parameters"));
            f.ifPresent(require::add);
        }
        if (!require.isEmpty() && names.isEmpty()) {
            yaml.problem(node, "require is given but " + where + " has no params (remove require or add params)");
        }
        return require;
    }

    private void checkNames(LocatedFormula formula, Set<String> known, String what, String scope) {
        for (String name : formula.formula().names()) {
            if (!known.contains(name)) {
                yaml.problem(formula.line(), "unknown name '" + name + "' in " + what + " \""
                        + formula.formula().source() + "\" (it must be one of " + scope
                        + (known.isEmpty() ? ", and there are none" : ": " + String.join(", ", known))
                        + "; the constants are pi and e)");
            }
        }
    }

    private void checkPlaceholders(Yaml.Entry textEntry, Set<String> names, String where) {
        if (textEntry == null || !(textEntry.value() instanceof MappingNode m)) {
            return;
        }
        Map<String, Integer> lines = Yaml.textLines(m);
        for (var tuple : m.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode k) || !(tuple.getValueNode() instanceof ScalarNode v)) {
                continue;
            }
            Map<String, Double> ones = new java.util.HashMap<>();
            names.forEach(n -> ones.put(n, 1.0));
            int line = lines.getOrDefault(k.getValue(), Yaml.line(m));
            FormulaSyntax.problem(Placeholders.fill(v.getValue(), ones)).ifPresent(p -> yaml.problem(line, "in the "
                    + k.getValue() + " text of " + where + ", " + p));
            for (Placeholders.Use use : Placeholders.uses(v.getValue())) {
                if (!names.contains(use.name())) {
                    yaml.problem(line, "placeholder {" + use.name()
                            + "} in the " + k.getValue() + " text of " + where + " names no parameter ("
                            + (names.isEmpty() ? "this question has no params"
                            : "its parameters are " + String.join(", ", names))
                            + "; fix the name, add the parameter, or write {{" + use.name()
                            + "}} for literal braces)");
                }
            }
        }
    }
}
