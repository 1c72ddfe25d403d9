package org.aibasis.quiz.lms;

import org.aibasis.quiz.bank.QuestionType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Tolerance;
import org.aibasis.quiz.variant.Key;

/**
 * Moodle GIFT: export of a bank, import of a GIFT file.
 *
 * <p>Written per question: a {@code // aibasis:} comment (type, points, scheme, source: what GIFT cannot say,
 * read back by {@link #parse}), then {@code ::id::[markdown]text{answers}} with {@code =right}, {@code ~wrong},
 * {@code ~%w%option} weights for multiple response ({@link Weights}), {@code #feedback} per option,
 * {@code ####explanation} as general feedback, {@code {#key:tolerance}} for numeric, {@code {TRUE}}/{@code {FALSE}}.
 * The characters {@code ~ = # { } :} and the backslash are escaped with a backslash, line breaks as {@code \n}, and
 * the {@code >} of {@code ->} as {@code \>} (Moodle would take {@code ->} for a matching question).
 * A numeric tolerance is written as the absolute tolerance abs + rel * |key| of the exported key.
 */
public final class Gift {
    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern META = Pattern.compile("//\\s*aibasis:(.*)");
    private static final Set<String> FORMATS = Set.of("html", "moodle", "plain", "markdown");

    private Gift() {
    }

    /** The bank as GIFT text in the given language(s). */
    public static String export(Bank bank, LmsLanguage language) {
        StringBuilder out = new StringBuilder();
        out.append("// bank ").append(bank.id()).append(" (topic ").append(bank.topic()).append("): ")
                .append(oneLine(bank.title().en())).append('\n');
        out.append("$CATEGORY: $course$/top/").append(bank.id()).append("\n\n");
        for (Question q : bank.questions()) {
            question(out, bank, ExportVariant.of(bank, q), language);
            out.append('\n');
        }
        return out.toString();
    }

    private static void question(StringBuilder out, Bank bank, ExportVariant v, LmsLanguage lang) {
        Question q = v.question();
        MoodleText t = MoodleText.of(v, lang);
        out.append("// aibasis: type=").append(q.type().code()).append(" points=").append(Weights.number(q.points()));
        if (q instanceof Question.MultipleResponse m) {
            out.append(" scheme=").append(m.scheme().orElse(bank.scheme()).spelling());
        }
        q.common().source().ifPresent(s -> out.append(" source=").append(oneLine(s).replace(' ', '_')));
        if (q.parameterized()) {
            out.append(" variant=").append(oneLine(org.aibasis.quiz.variant.ParameterDraw.describe(v.values()))
                    .replace(' ', '_'));
        }
        out.append('\n');
        out.append("::").append(escape(q.id())).append("::[").append(t.format()).append("]")
                .append(escape(t.render(v.text())))
                .append("{\n");
        String general = "####" + escape(t.render(v.explanation())) + "\n";
        switch (v.key()) {
            case Key.OneOption one -> {
                for (Option o : v.options()) {
                    String text = escape(t.render(o.text()));
                    String weight = text.startsWith("%") ? (o.correct() ? "%100%" : "%0%") : "";
                    out.append(o.correct() ? '=' : '~').append(weight).append(text);
                    feedback(out, o, t);
                }
            }
            case Key.Options many -> {
                for (Option o : v.options()) {
                    out.append('~').append('%').append(Weights.format(Weights.of(o, v.options()))).append('%')
                            .append(escape(t.render(o.text())));
                    feedback(out, o, t);
                }
            }
            case Key.Truth truth -> out.append(truth.value() ? "TRUE" : "FALSE").append('\n');
            case Key.Number number -> out.append('#').append(Weights.number(number.value())).append(':')
                    .append(Weights.number(number.tolerance().around(number.value()))).append('\n');
        }
        out.append(general).append("}\n");
    }

    private static void feedback(StringBuilder out, Option o, MoodleText t) {
        o.feedback().ifPresent(f -> out.append(" #").append(escape(t.render(f))));
        out.append('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Escapes GIFT's special characters and line breaks. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                }
                default -> sb.append(c);
            }
        }
        // Moodle reads any "->" in the answers as a matching question: write ">" as "\>", which Markdown and
        // unescape() both read as ">"
        return sb.toString().replace("->", "-\\>");
    }

    /** Undoes {@link #escape}: backslash + special character gives the character, {@code \n} a line break. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Imports GIFT text: single choice ({@code =}/{@code ~}), multiple response ({@code ~%w%} weights: options with
     * a positive weight are correct), true/false, numeric ({@code #key:tol} or {@code #min..max}), per-option
     * feedback, general feedback and titles. Texts go to both languages unless written with multilang tags.
     * Never throws: what cannot be read becomes a {@link Problem} of {@code file}.
     */
    public static GiftImport parse(Path file, String text) {
        List<Question> questions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Block block : blocks(text)) {
            try {
                Question q = question(block, questions.size() + 1);
                if (!ids.add(q.id())) {
                    problems.add(new Problem(file, block.line, "duplicate question title '" + q.id() + "' (give each"
                            + " question its own ::title::)"));
                    continue;
                }
                if (q.common().explanation().en().isBlank()) {
                    problems.add(new Problem(file, block.line, "question " + q.id() + " has no general feedback"
                            + " (####): write an explanation before adding it to a bank"));
                }
                questions.add(q);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, block.line, e.getMessage()));
            }
        }
        return new GiftImport(questions, problems);
    }

    /** One question's lines, comments removed, with the line it starts on and its metadata comment. */
    private record Block(String text, int line, Map<String, String> meta) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Map<String, String> meta = new LinkedHashMap<>();
        int start = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!current.toString().isBlank()) {
                    blocks.add(new Block(current.toString().strip(), start, Map.copyOf(meta)));
                }
                current.setLength(0);
                meta.clear();
                continue;
            }
            if (trimmed.startsWith("//")) {
                Matcher m = META.matcher(trimmed);
                if (m.matches()) {
                    for (String pair : m.group(1).trim().split("\\s+")) {
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            meta.put(pair.substring(0, eq), pair.substring(eq + 1));
                        }
                    }
                }
                continue;
            }
            if (trimmed.startsWith("$CATEGORY:")) {
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        return blocks;
    }

    private static Question question(Block block, int position) {
        String s = block.text();
        String title = "";
        if (s.startsWith("::")) {
            int end = find(s, "::", 2);
            if (end < 0) {
                throw new IllegalArgumentException("the title is not closed (write ::title:: before the question)");
            }
            title = unescape(s.substring(2, end)).strip();
            s = s.substring(end + 2);
        }
        s = s.stripLeading();
        Matcher format = Pattern.compile("^\\[([a-z]+)]").matcher(s);
        if (format.find() && FORMATS.contains(format.group(1))) {
            s = s.substring(format.end());
        }
        int open = find(s, "{", 0);
        if (open < 0) {
            throw new IllegalArgumentException("question " + (title.isEmpty() ? position : title) + " has no answer"
                    + " part {...} (a description is not a question; add the answers)");
        }
        int close = find(s, "}", open + 1);
        if (close < 0) {
            throw new IllegalArgumentException("the answer part of question " + (title.isEmpty() ? position : title)
                    + " is not closed (add '}')");
        }
        String after = s.substring(close + 1).strip();
        String questionText = unescape(s.substring(0, open).strip() + (after.isEmpty() ? "" : " _____ " + after));
        String answers = s.substring(open + 1, close).strip();
        String id = id(title, position);
        String general = "";
        int hashes = find(answers, "####", 0);
        if (hashes >= 0) {
            general = unescape(answers.substring(hashes + 4).strip());
            answers = answers.substring(0, hashes).strip();
        }
        Map<String, String> meta = block.meta();
        double points = meta.containsKey("points") ? parseDouble(meta.get("points"), 1) : 1;
        Optional<String> source = Optional.ofNullable(meta.get("source"));
        Question.Common common = new Question.Common(id, points > 0 ? points : 1, source,
                LmsLanguage.parse(questionText), LmsLanguage.parse(general), List.of(), List.of(), block.line());
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " is an essay ({}), which quizzes do not support");
        }
        if (answers.startsWith("#")) {
            return numeric(common, answers.substring(1).strip());
        }
        String upper = answers.toUpperCase(Locale.ROOT);
        String head = upper.split("#", 2)[0].strip();
        if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
            return new Question.TrueFalse(common, head.startsWith("T"));
        }
        return choice(common, answers, meta);
    }

    private static Question numeric(Question.Common common, String answers) {
        String first = answers;
        if (first.startsWith("=")) {
            List<String> parts = split(first);
            first = parts.isEmpty() ? "" : parts.get(0).substring(1);
            Matcher w = WEIGHT.matcher(first);
            if (w.lookingAt()) {
                first = first.substring(w.end());
            }
        }
        int hash = find(first, "#", 0);
        if (hash >= 0) {
            first = first.substring(0, hash);
        }
        first = unescape(first).strip();
        try {
            if (first.contains("..")) {
                String[] range = first.split("\\.\\.", 2);
                double lo = Double.parseDouble(range[0].strip());
                double hi = Double.parseDouble(range[1].strip());
                return new Question.Numeric(common, constant((lo + hi) / 2), new Tolerance(Math.abs(hi - lo) / 2, 0));
            }
            String[] parts = first.split(":", 2);
            double key = Double.parseDouble(parts[0].strip());
            double tol = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0;
            return new Question.Numeric(common, constant(key), new Tolerance(Math.abs(tol), 0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("question " + common.id() + ": '" + first + "' is not a numeric answer"
                    + " (write {#key:tolerance} or {#min..max})");
        }
    }

    private static org.aibasis.quiz.bank.LocatedFormula constant(double value) {
        return new org.aibasis.quiz.bank.LocatedFormula(org.aibasis.quiz.formula.Formula.constant(value), 0);
    }

    private static Question choice(Question.Common common, String answers, Map<String, String> meta) {
        if (answers.contains("->")) {
            throw new IllegalArgumentException("question " + common.id() + " is a matching question, which quizzes do"
                    + " not support");
        }
        List<String> parts = split(answers);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("question " + common.id() + " has no answers starting with = or ~");
        }
        record Answer(boolean equals, Optional<Double> weight, String text, Optional<String> feedback) {
        }
        List<Answer> parsed = new ArrayList<>();
        for (String part : parts) {
            boolean equals = part.charAt(0) == '=';
            String rest = part.substring(1);
            Optional<Double> weight = Optional.empty();
            Matcher w = WEIGHT.matcher(rest);
            if (w.lookingAt()) {
                weight = Optional.of(Double.parseDouble(w.group(1)));
                rest = rest.substring(w.end());
            }
            int hash = find(rest, "#", 0);
            Optional<String> feedback = Optional.empty();
            if (hash >= 0) {
                feedback = Optional.of(unescape(rest.substring(hash + 1).strip()));
                rest = rest.substring(0, hash);
            }
            parsed.add(new Answer(equals, weight, unescape(rest.strip()), feedback));
        }
        if (parsed.stream().noneMatch(a -> !a.equals())) {
            throw new IllegalArgumentException("question " + common.id() + " is a short-answer question (only ="
                    + " answers), which quizzes do not support");
        }
        List<Option> options = new ArrayList<>();
        int i = 0;
        for (Answer a : parsed) {
            i++;
            double weight = a.weight().orElse(a.equals() ? 100.0 : 0.0);
            options.add(new Option("o" + i, LmsLanguage.parse(a.text()), weight > 0,
                    a.feedback().map(LmsLanguage::parse)));
        }
        long positive = parsed.stream().filter(a -> a.weight().orElse(a.equals() ? 100.0 : 0.0) > 0).count();
        Optional<QuestionType> said = Optional.ofNullable(meta.get("type")).flatMap(QuestionType::parse);
        boolean single = said.filter(QuestionType.SINGLE::equals).isPresent()
                || said.filter(QuestionType.MULTIPLE::equals).isEmpty() && positive == 1
                && parsed.stream().allMatch(a -> a.weight().orElse(a.equals() ? 100.0 : 0.0) >= 0);
        if (single) {
            return new Question.SingleChoice(common, options, true);
        }
        Optional<Scheme> scheme = Optional.ofNullable(meta.get("scheme")).flatMap(Scheme::named)
                .or(() -> Optional.of(Scheme.NET_CORRECT));
        return new Question.MultipleResponse(common, options, true, scheme);
    }

    /** Splits an answer list at unescaped {@code =} and {@code ~}; each part keeps its leading character. */
    private static List<String> split(String answers) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '=' || c == '~') {
                if (start >= 0) {
                    parts.add(answers.substring(start, i).strip());
                }
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(answers.substring(start).strip());
        }
        return parts;
    }

    /** Index of the first unescaped {@code token} at or after {@code from}, or -1. */
    private static int find(String s, String token, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String id(String title, int position) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "q" + position : slug;
    }

    private static double parseDouble(String s, double fallback) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
