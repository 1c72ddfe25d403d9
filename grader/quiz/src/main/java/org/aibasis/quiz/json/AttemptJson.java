package org.aibasis.quiz.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Tolerance;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * Writes and reads attempt files. Responses name options by stable id ({@code options}) and may also give the
 * letters the student saw ({@code letters}); the grader trusts the ids, and uses the letters (through the
 * displayed order of the re-created attempt) only when a response gives no ids.
 *
 * <p>A file is never trusted beyond its responses and its identity (quiz, student, attempt number): the attempt is
 * re-created from the banks and the seed, so editing a key or dropping a question gains nothing, and whatever the
 * file stores about the questions that disagrees is reported in {@link AttemptFile.Loaded#discrepancies()}.
 */
public final class AttemptJson {
    /** The value of the {@code format} field this version writes and reads. */
    public static final String FORMAT = "aibasis-quiz-attempt/1";
    /** Larger answers files are not read: a real one is a few KiB. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Questions or responses read from one file at most; a quiz has a few dozen. */
    static final int MAX_ENTRIES = 1_000;
    /** Problems of one kind kept per file; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttemptJson() {
    }

    /** The attempt and responses as JSON text (pretty-printed, fields in documented order). */
    public static String write(Attempt attempt, Responses responses) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("quiz", attempt.quiz());
        root.set("title", text(attempt.title()));
        root.put("student", attempt.student());
        root.put("attempt", attempt.number());
        root.put("seed", Long.toString(attempt.seed()));
        ArrayNode questions = root.putArray("questions");
        for (PosedQuestion q : attempt.questions()) {
            ObjectNode node = questions.addObject();
            node.put("bank", q.bank());
            node.put("id", q.question().id());
            node.put("type", q.question().type().code());
            node.put("points", q.points());
            node.put("seed", Long.toString(q.seed()));
            ObjectNode params = node.putObject("parameters");
            q.parameters().forEach(params::put);
            if (!q.optionOrder().isEmpty()) {
                ArrayNode order = node.putArray("options");
                q.optionOrder().forEach(order::add);
            }
            node.set("key", key(q.key()));
            response(q, responses.to(q.qualifiedId())).ifPresent(r -> node.set("response", r));
        }
        return pretty(root);
    }

    /**
     * The responses as a short answers file: quiz, student, attempt number and the responses by
     * {@code bank/question-id}, from which the grader re-creates the variant.
     */
    public static String writeResponses(Attempt attempt, Responses responses) {
        ObjectNode root = NODES.objectNode();
        root.put("quiz", attempt.quiz());
        root.put("student", attempt.student());
        root.put("attempt", attempt.number());
        ObjectNode map = root.putObject("responses");
        for (PosedQuestion q : attempt.questions()) {
            response(q, responses.to(q.qualifiedId())).ifPresent(r -> map.set(q.qualifiedId(), r));
        }
        return pretty(root);
    }

    /** Writes {@link #write(Attempt, Responses)} to {@code file} in UTF-8. */
    public static void write(Path file, Attempt attempt, Responses responses) {
        try {
            Files.writeString(file, write(attempt, responses), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String pretty(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
        }
    }

    private static ObjectNode text(Text text) {
        ObjectNode node = NODES.objectNode();
        node.put("en", text.en());
        node.put("zh", text.zh());
        return node;
    }

    private static ObjectNode key(Key key) {
        ObjectNode node = NODES.objectNode();
        switch (key) {
            case Key.OneOption one -> node.putArray("options").add(one.optionId());
            case Key.Options many -> {
                ArrayNode ids = node.putArray("options");
                many.optionIds().stream().sorted().forEach(ids::add);
                node.put("scheme", many.scheme().spelling());
            }
            case Key.Truth truth -> node.put("answer", truth.value());
            case Key.Number number -> {
                node.put("answer", number.value());
                node.put("abs", number.tolerance().abs());
                node.put("rel", number.tolerance().rel());
            }
        }
        return node;
    }

    private static Optional<ObjectNode> response(PosedQuestion q, Response response) {
        ObjectNode node = NODES.objectNode();
        switch (response) {
            case Response.Blank b -> {
                return Optional.empty();
            }
            case Response.Ticked t -> {
                List<String> shown = q.optionOrder().stream().filter(t.optionIds()::contains).toList();
                ArrayNode ids = node.putArray("options");
                shown.forEach(ids::add);
                t.optionIds().stream().filter(id -> !shown.contains(id)).sorted().forEach(ids::add);
                ArrayNode letters = node.putArray("letters");
                shown.forEach(id -> letters.add(q.letterOf(id)));
            }
            case Response.Truth t -> node.put("answer", t.value());
            case Response.Number n -> node.put("answer", n.value());
        }
        return Optional.of(node);
    }

    /**
     * Reads {@code file}; never throws: a file that cannot be graded gives {@link AttemptFile.Unreadable}. A file
     * larger than {@link #MAX_FILE_BYTES} is not read.
     */
    public static AttemptFile read(Path file, Resolver resolver) {
        String content;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new AttemptFile.Unreadable(file, List.of(new Problem(file, 0, "the answers file is larger than "
                        + MAX_FILE_BYTES / 1024 + " KiB (" + size / 1024 + " KiB) and was not read; an answers file is"
                        + " a few KiB (was the right file given?)")));
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new AttemptFile.Unreadable(file, List.of(new Problem(file, 0, "cannot read the answers file: "
                    + e.getMessage() + " (check that it exists, is readable and is UTF-8)")));
        }
        return parse(file, content, resolver);
    }

    /** Parses JSON text as if it were the content of {@code file}. */
    public static AttemptFile parse(Path file, String content, Resolver resolver) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            String where = at == null ? "" : " at column " + at.getColumnNr();
            return new AttemptFile.Unreadable(file, List.of(new Problem(file, line, "not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + " (fix the JSON syntax: quotes,"
                    + " commas and brackets; the answers file format is in quizzes/README.md)")));
        }
        try {
            return new Reader(file, resolver).attempt(root);
        } catch (Bad e) {
            return new AttemptFile.Unreadable(file, List.of(new Problem(file, 0, e.getMessage())));
        }
    }

    /** A problem that stops reading the file. */
    private static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** Problems of one file, the first {@link #MAX_PROBLEMS} kept and the rest counted in a last one. */
    private static final class Bounded {
        private final Path file;
        private final String what;
        private final List<Problem> kept = new ArrayList<>();
        private int count;

        Bounded(Path file, String what) {
            this.file = file;
            this.what = what;
        }

        void add(String message) {
            if (++count <= MAX_PROBLEMS) {
                kept.add(new Problem(file, 0, message));
            }
        }

        List<Problem> all() {
            List<Problem> all = new ArrayList<>(kept);
            if (count > MAX_PROBLEMS) {
                all.add(new Problem(file, 0, "... and " + (count - MAX_PROBLEMS) + " more " + what + " of this file"
                        + " (not listed)"));
            }
            return all;
        }
    }

    /**
     * Reads one file against the attempt that the bank and the seed define. What the file says about the questions
     * is only compared with that attempt, never used: only the responses and the identity (quiz, student, attempt
     * number) are taken from the file.
     */
    private static final class Reader {
        private final Path file;
        private final Resolver resolver;
        private final Bounded problems;
        private final Bounded discrepancies;

        Reader(Path file, Resolver resolver) {
            this.file = file;
            this.resolver = resolver;
            this.problems = new Bounded(file, "problems");
            this.discrepancies = new Bounded(file, "disagreements");
        }

        AttemptFile attempt(JsonNode root) throws Bad {
            if (!root.isObject()) {
                throw new Bad("the answers file must hold one JSON object {...} (see quizzes/README.md)");
            }
            if (root.has("format") && !root.path("format").asText().equals(FORMAT)) {
                throw new Bad("unknown format '" + root.path("format").asText() + "' (this grader reads " + FORMAT
                        + ")");
            }
            String quiz = string(root, "quiz", "");
            String student = string(root, "student", "");
            JsonNode number = root.path("attempt");
            if (!number.canConvertToInt() || !number.isIntegralNumber() || number.intValue() < 1) {
                throw new Bad("'attempt' must be a whole number >= 1 (the attempt number, 1 for the first)");
            }
            int attemptNumber = number.intValue();
            Attempt attempt = resolver.variant(quiz, student, attemptNumber).orElseThrow(() -> new Bad("unknown quiz '"
                    + quiz + "' (check the quiz id; the grader re-creates the attempt from a loaded quiz)"));
            Map<String, Response> responses = new LinkedHashMap<>();
            if (root.has("questions")) {
                stored(root, attempt, responses);
            } else if (root.has("responses")) {
                JsonNode map = root.path("responses");
                if (!map.isObject()) {
                    throw new Bad("'responses' must be an object {\"bank/question-id\": {...}, ...}");
                }
                int entries = 0;
                for (Map.Entry<String, JsonNode> e : map.properties()) {
                    if (++entries > MAX_ENTRIES) {
                        problems.add("'responses' has more than " + MAX_ENTRIES + " entries; the rest were not read");
                        break;
                    }
                    Optional<PosedQuestion> p = attempt.question(e.getKey());
                    if (p.isEmpty()) {
                        problems.add("responses names question '" + e.getKey() + "', which this attempt does not"
                                + " have (ignored; name questions as bank/question-id)");
                        continue;
                    }
                    readResponse(p.get(), e.getValue(), "responses." + e.getKey())
                            .ifPresent(r -> responses.put(e.getKey(), r));
                }
            } else {
                throw new Bad("the file has neither 'questions' (an attempt file) nor 'responses' (a short answers"
                        + " file); add one of them as documented in quizzes/README.md");
            }
            return new AttemptFile.Loaded(file, attempt, new Responses(responses), problems.all(),
                    discrepancies.all());
        }

        /** The responses of an attempt file; what it stores about each question is compared with the attempt. */
        private void stored(JsonNode root, Attempt attempt, Map<String, Response> responses) throws Bad {
            if (!root.path("questions").isArray()) {
                throw new Bad("'questions' must be a list [...]");
            }
            if (root.has("seed") && !sameSeed(root.path("seed"), attempt.seed())) {
                discrepancies.add("'seed' is " + root.path("seed") + ", but this attempt's seed is \"" + attempt.seed()
                        + "\"; the attempt was graded as the bank and the seed define it");
            }
            Set<String> seen = new HashSet<>();
            int i = 0;
            for (JsonNode q : root.path("questions")) {
                String path = "questions[" + i++ + "]";
                if (i > MAX_ENTRIES) {
                    problems.add("'questions' has more than " + MAX_ENTRIES + " entries; the rest were not read");
                    break;
                }
                String id = q.path("bank").asText("") + "/" + q.path("id").asText("");
                Optional<PosedQuestion> posed = attempt.question(id);
                if (posed.isEmpty() || !seen.add(id)) {
                    discrepancies.add(path + " (" + id + ") is " + (posed.isEmpty() ? "not a question of this "
                            + "attempt" : "there twice") + "; its response was ignored");
                    continue;
                }
                compare(q, posed.get(), path);
                if (q.has("response") && !q.path("response").isNull()) {
                    readResponse(posed.get(), q.path("response"), path + ".response")
                            .ifPresent(r -> responses.put(id, r));
                }
            }
            attempt.questions().stream().filter(p -> !seen.contains(p.qualifiedId())).forEach(p -> discrepancies.add(
                    "question " + p.qualifiedId() + " of this attempt is not in the file; it was graded as "
                            + "unanswered"));
        }

        /** Records every stored field of a question that disagrees with the question as posed. */
        private void compare(JsonNode q, PosedQuestion posed, String path) {
            String where = path + " (" + posed.qualifiedId() + "): the stored ";
            String why = " (the file was edited, or the bank changed since the attempt was made); graded with the "
                    + "bank's";
            if (q.has("type") && !q.path("type").asText().equals(posed.question().type().code())) {
                discrepancies.add(where + "type " + q.path("type") + " is not the bank's " + posed.question().type().code()
                        + why + " question");
            }
            if (q.has("points") && (!q.path("points").isNumber() || q.path("points").doubleValue() != posed.points())) {
                discrepancies.add(where + "points " + q.path("points") + " are not the bank's " + posed.points() + why
                        + " points");
            }
            if (q.has("seed") && !sameSeed(q.path("seed"), posed.seed())) {
                discrepancies.add(where + "seed " + q.path("seed") + " is not the attempt's" + why + " seed");
            }
            if (q.has("parameters") && !sameParameters(q.path("parameters"), posed.parameters())) {
                discrepancies.add(where + "parameters " + q.path("parameters") + " are not the attempt's "
                        + posed.parameters() + why + " parameters");
            }
            if (q.has("options") && !strings(q.path("options")).equals(Optional.of(posed.optionOrder()))) {
                discrepancies.add(where + "option order " + q.path("options") + " is not the attempt's "
                        + posed.optionOrder() + why + " order (letters are read in that order)");
            }
            if (q.has("key")) {
                Optional<Key> key;
                try {
                    key = Optional.of(key(q.path("key"), posed.question(), path + ".key"));
                } catch (Bad e) {
                    key = Optional.empty();
                }
                if (!key.equals(Optional.of(posed.key()))) {
                    discrepancies.add(where + "key " + q.path("key") + " is not the bank's" + why + " key");
                }
            }
        }

        private static boolean sameSeed(JsonNode node, long seed) {
            try {
                return seed(node, "seed") == seed;
            } catch (Bad e) {
                return false;
            }
        }

        private static boolean sameParameters(JsonNode node, Map<String, Double> parameters) {
            if (!node.isObject() || node.size() != parameters.size()) {
                return false;
            }
            for (Map.Entry<String, Double> e : parameters.entrySet()) {
                JsonNode v = node.path(e.getKey());
                if (!v.isNumber() || v.doubleValue() != e.getValue()) {
                    return false;
                }
            }
            return true;
        }

        private static Optional<List<String>> strings(JsonNode node) {
            try {
                return Optional.of(strings(node, ""));
            } catch (Bad e) {
                return Optional.empty();
            }
        }

        private Key key(JsonNode node, Question question, String path) throws Bad {
            if (!node.isObject()) {
                throw new Bad(path + " is missing (an attempt file stores the key of every question)");
            }
            try {
                return switch (question) {
                    case Question.SingleChoice s -> {
                        List<String> ids = strings(node.path("options"), path + ".options");
                        if (ids.size() != 1) {
                            throw new Bad(path + ".options must list exactly one option id");
                        }
                        yield new Key.OneOption(ids.get(0));
                    }
                    case Question.MultipleResponse m -> new Key.Options(new LinkedHashSet<>(strings(node.path(
                            "options"), path + ".options")), Scheme.named(node.path("scheme").asText())
                            .orElseThrow(() -> new Bad(path + ".scheme must be one of " + Scheme.spellings())));
                    case Question.TrueFalse t -> {
                        if (!node.path("answer").isBoolean()) {
                            throw new Bad(path + ".answer must be true or false");
                        }
                        yield new Key.Truth(node.path("answer").booleanValue());
                    }
                    case Question.Numeric n -> {
                        if (!node.path("answer").isNumber()) {
                            throw new Bad(path + ".answer must be a number");
                        }
                        yield new Key.Number(node.path("answer").doubleValue(),
                                new Tolerance(node.path("abs").asDouble(0), node.path("rel").asDouble(0)));
                    }
                };
            } catch (IllegalArgumentException e) {
                throw new Bad(path + ": " + e.getMessage());
            }
        }

        /** A response; a malformed one is recorded as a problem and read as blank. */
        private Optional<Response> readResponse(PosedQuestion q, JsonNode node, String path) {
            if (!node.isObject()) {
                return skip(path + " must be an object, e.g. {\"options\": [\"o2\"]} or {\"answer\": 0.5}");
            }
            return switch (q.question()) {
                case Question.SingleChoice s -> ticks(q, node, path);
                case Question.MultipleResponse m -> ticks(q, node, path);
                case Question.TrueFalse t -> node.path("answer").isBoolean()
                        ? Optional.of(new Response.Truth(node.path("answer").booleanValue()))
                        : skip(path + ".answer must be true or false");
                case Question.Numeric n -> number(node.path("answer"))
                        .map(v -> Optional.<Response>of(new Response.Number(v)))
                        .orElseGet(() -> skip(path + ".answer must be a number, like 0.25"));
            };
        }

        private static Optional<Double> number(JsonNode node) {
            if (node.isNumber()) {
                return Optional.of(node.doubleValue());
            }
            if (node.isTextual()) {
                try {
                    double v = Double.parseDouble(node.asText().strip());
                    return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private Optional<Response> ticks(PosedQuestion q, JsonNode node, String path) {
            try {
                Optional<Set<String>> byId = node.has("options")
                        ? Optional.of(new LinkedHashSet<>(strings(node.path("options"), path + ".options")))
                        : Optional.empty();
                Optional<Set<String>> byLetter = Optional.empty();
                if (node.has("letters")) {
                    Set<String> ids = new LinkedHashSet<>();
                    for (String letter : strings(node.path("letters"), path + ".letters")) {
                        String l = letter.strip().toUpperCase(java.util.Locale.ROOT);
                        int index = l.length() == 1 ? l.charAt(0) - 'A' : -1;
                        if (index < 0 || index >= q.optionOrder().size()) {
                            return skip(path + ".letters has '" + letter + "', but the question showed letters A to "
                                    + PosedQuestion.letter(q.optionOrder().size() - 1));
                        }
                        ids.add(q.optionOrder().get(index));
                    }
                    byLetter = Optional.of(ids);
                }
                if (byId.isEmpty() && byLetter.isEmpty()) {
                    return skip(path + " gives neither options (ids) nor letters");
                }
                if (byId.isPresent()) {
                    Set<String> unknown = new LinkedHashSet<>(byId.get());
                    unknown.removeAll(q.optionOrder());
                    if (!unknown.isEmpty()) {
                        return skip(path + ".options has unknown option ids " + unknown + " (the question's options"
                                + " are " + q.optionOrder() + ")");
                    }
                    if (byLetter.isPresent() && !byLetter.get().equals(byId.get())) {
                        problems.add(path + ": letters and options disagree; the grader uses"
                                + " the option ids " + byId.get() + " (the letters map to " + byLetter.get() + ")");
                    }
                    return Optional.of(new Response.Ticked(byId.get()));
                }
                return Optional.of(new Response.Ticked(byLetter.orElseThrow()));
            } catch (Bad e) {
                return skip(e.getMessage());
            }
        }

        private Optional<Response> skip(String message) {
            problems.add(message + "; this response is graded as blank");
            return Optional.empty();
        }

        private static List<String> strings(JsonNode node, String path) throws Bad {
            if (!node.isArray()) {
                throw new Bad(path + " must be a list of strings, e.g. [\"o1\", \"o3\"]");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode n : node) {
                if (!n.isTextual()) {
                    throw new Bad(path + " must hold only strings");
                }
                values.add(n.asText());
            }
            return values;
        }

        private static String string(JsonNode node, String field, String prefix) throws Bad {
            JsonNode value = node.path(field);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new Bad("'" + prefix + field + "' is missing or not a string (add \"" + field + "\": \"...\")");
            }
            return value.asText();
        }

        private static long seed(JsonNode node, String path) throws Bad {
            try {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return node.longValue();
                }
                if (node.isTextual()) {
                    return Long.parseLong(node.asText());
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            throw new Bad("'" + path + "' must be the seed as a whole number in a string, e.g. \"-4242\"");
        }
    }
}
