package org.aibasis.quiz.bank;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aibasis.quiz.formula.Formula;
import org.aibasis.quiz.formula.FormulaException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML file as a tree of snakeyaml-engine nodes (which keep their line) and turns nodes into values,
 * recording a {@link Problem} with the node's line for everything that does not fit.
 */
final class Yaml {
    /** Larger bank and quiz files are not read: the largest bank of the course is about 100 KiB. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    Yaml(Path file) {
        this.file = file;
    }

    /** One key of a mapping with its value. */
    record Entry(Node key, Node value) {
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    int count() {
        return problems.size();
    }

    /**
     * Reads and composes the file; empty after recording a problem if it cannot be read, is larger than
     * {@link #MAX_FILE_BYTES} or is not YAML.
     */
    Optional<Node> load() {
        String content;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Problem(file, 0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB (" + size / 1024 + " KiB) and was not read (split the bank into several files)"));
                return Optional.empty();
            }
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, "the file is not valid UTF-8 (save it as UTF-8)"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot read the file: " + e.getMessage()
                    + " (check that it exists and is readable)"));
            return Optional.empty();
        }
        return compose(content);
    }

    /** Composes YAML text; empty after recording a problem if it is not YAML. */
    Optional<Node> compose(String content) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true).setMaxAliasesForCollections(50).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(content);
            if (node.isEmpty()) {
                problems.add(new Problem(file, 0, "the file is empty (write the bank as documented in"
                        + " quizzes/README.md)"));
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(0);
            String what = (e.getContext() == null ? "" : e.getContext() + ", ")
                    + (e.getProblem() == null ? "" : e.getProblem());
            problems.add(new Problem(file, line, "YAML syntax error: " + what.strip()
                    + " (check the indentation and quoting on this line and the one before; quote texts that"
                    + " contain ': ' or start with a special character)"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(file, 0, "YAML error: " + e.getMessage()
                    + " (check the file against quizzes/README.md)"));
            return Optional.empty();
        }
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    void problem(Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }

    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    Optional<MappingNode> mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return Optional.of(m);
        }
        problem(node, what + " must be a mapping of key: value lines (see quizzes/README.md)");
        return Optional.empty();
    }

    Optional<SequenceNode> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return Optional.of(s);
        }
        problem(node, what + " must be a list (lines starting with '- ')");
        return Optional.empty();
    }

    /**
     * The entries of a mapping by key; reports keys that are not scalars, appear twice, or are not in
     * {@code allowed} (with the closest allowed spelling).
     */
    Map<String, Entry> entries(MappingNode mapping, Collection<String> allowed, String where) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), "a key in " + where + " is not a plain name (write key: value)");
                continue;
            }
            String key = keyNode.getValue();
            if (entries.containsKey(key)) {
                problem(keyNode, "'" + key + "' appears twice in " + where + " (keep one of them)");
                continue;
            }
            if (!allowed.contains(key)) {
                problem(keyNode, "unknown key '" + key + "' in " + where + suggestion(key, allowed));
                continue;
            }
            entries.put(key, new Entry(keyNode, tuple.getValueNode()));
        }
        return entries;
    }

    /** All entries of a mapping in order, keys as written (for parameters); reports duplicates. */
    List<Map.Entry<String, Entry>> orderedEntries(MappingNode mapping, String where) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), "a key in " + where + " is not a plain name (write name: value)");
                continue;
            }
            if (entries.containsKey(keyNode.getValue())) {
                problem(keyNode, "'" + keyNode.getValue() + "' appears twice in " + where + " (keep one of them)");
                continue;
            }
            entries.put(keyNode.getValue(), new Entry(keyNode, tuple.getValueNode()));
        }
        return List.copyOf(entries.entrySet());
    }

    private static String suggestion(String key, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
            return " (did you mean '" + best + "'?)";
        }
        return " (remove it, or use one of: " + String.join(", ", allowed) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    Optional<String> string(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return Optional.of(s.getValue());
        }
        problem(node, what + " must be a single value, not " + describe(node) + " (write it after the colon)");
        return Optional.empty();
    }

    Optional<Double> number(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            Optional<Double> value = parseNumber(s.getValue());
            if (value.isPresent()) {
                return value;
            }
        }
        problem(node, what + " must be a number, not " + describe(node) + " (write e.g. 1, 0.5 or 1e-3)");
        return Optional.empty();
    }

    static Optional<Double> parseNumber(String text) {
        String t = text.strip().replace("_", "");
        if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        problem(node, what + " must be true or false, not " + describe(node) + " (write true or false)");
        return Optional.empty();
    }

    /** A text {@code {en: ..., zh: ...}}; reports a missing or empty language. */
    Optional<Text> text(Node node, String what) {
        Optional<MappingNode> mapping = mapping(node, what + " (a text {en: \"...\", zh: \"...\"})");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entry> entries = entries(mapping.get(), Set.of("en", "zh"), what);
        Optional<String> en = language(node, entries, "en", "English", what);
        Optional<String> zh = language(node, entries, "zh", "Chinese", what);
        return en.isPresent() && zh.isPresent() ? Optional.of(new Text(en.get(), zh.get())) : Optional.empty();
    }

    private Optional<String> language(Node textNode, Map<String, Entry> entries, String key, String name,
                                      String what) {
        Entry entry = entries.get(key);
        if (entry == null) {
            problem(textNode, what + " has no " + key + " text (add " + key + ": \"...\" in " + name
                    + "; every text a student reads exists in en and zh)");
            return Optional.empty();
        }
        Optional<String> value = string(entry.value(), what + "." + key);
        if (value.isPresent() && value.get().isBlank()) {
            problem(entry.value(), what + "." + key + " is empty (write the " + name + " text)");
            return Optional.empty();
        }
        return value;
    }

    /** Every scalar line of a text node, for placeholder checks: en's line and zh's line. */
    static Map<String, Integer> textLines(Node node) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    lines.put(k.getValue(), line(t.getValueNode()));
                }
            }
        }
        return lines;
    }

    /** A formula (a number or a string); reports syntax errors with this node's line. */
    Optional<LocatedFormula> formula(Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.NULL) || s.getTag().equals(Tag.BOOL)) {
            problem(node, what + " must be a number or a formula in quotes, not " + describe(node));
            return Optional.empty();
        }
        try {
            return Optional.of(new LocatedFormula(Formula.parse(s.getValue()), line(node)));
        } catch (FormulaException e) {
            problem(node, what + " \"" + s.getValue() + "\": " + e.getMessage());
            return Optional.empty();
        }
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "'" + s.getValue() + "'";
            default -> "a " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
