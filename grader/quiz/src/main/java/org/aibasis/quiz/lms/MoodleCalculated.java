package org.aibasis.quiz.lms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Parameter;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.formula.Expr;
import org.aibasis.quiz.formula.Formula;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.ParameterDraw;
import org.aibasis.quiz.variant.SplitMix64;
import org.aibasis.quiz.variant.Variants;

/**
 * A parameterized numeric question as a Moodle calculated question, or the reason why it stays one fixed variant.
 *
 * <p>Every drawn parameter (a grid or a list of values) becomes a private dataset of Moodle; a derived parameter
 * is no dataset but is written out inside the answer formula and inside the texts, as Moodle's {@code {=...}}
 * expressions. The dataset items are drawn by our own {@link ParameterDraw}, so each meets the question's
 * {@code require}: up to {@link #ITEMS} different draws from the stream that gives the fixed variant (so item 1 is
 * that variant), leaving out draws that Moodle cannot compute as we do ({@link MoodleFormula#computable}). Moodle
 * picks one item number per attempt and reads that item of every dataset of the question
 * ({@code qtype_calculated_dataset_loader::load_values}), so the values of one draw stay together.
 */
final class MoodleCalculated {
    /** Dataset items written per question (Moodle allows up to 100). */
    static final int ITEMS = 40;
    /** Draws tried to find {@link #ITEMS} different items. */
    static final int MAX_DRAWS = 10 * ITEMS;
    /** Moodle's wildcard names: a letter, then letters, digits and a few others; mlang would clash with mlang tags. */
    private static final Pattern WILDCARD = Pattern.compile("(?!mlang$)[A-Za-z][A-Za-z0-9_]*");

    private MoodleCalculated() {
    }

    /** How a parameterized question goes to Moodle XML. */
    sealed interface Result {
    }

    /**
     * As a calculated question.
     *
     * @param answer      the answer formula in Moodle's syntax
     * @param wildcards   the drawn parameters, each one dataset, in drawing order
     * @param items       the dataset items: every parameter's value (derived ones too) and our key
     * @param text        the question text with Moodle wildcards and expressions
     * @param explanation the general feedback, likewise
     * @param tolerance   Moodle's tolerance
     * @param notes       what differs from our engine, for the export's notes
     */
    record Calculated(String answer, List<String> wildcards, List<Item> items, Text text, Text explanation,
                      MoodleTolerance tolerance, List<String> notes) implements Result {
        Calculated {
            wildcards = List.copyOf(wildcards);
            items = List.copyOf(items);
            notes = List.copyOf(notes);
        }

        /** Whether every item's key is a whole number. */
        boolean wholeKeys() {
            return items.stream().allMatch(i -> i.key() == Math.rint(i.key()));
        }
    }

    /**
     * As one fixed variant, like before.
     *
     * @param reason why Moodle cannot have it as a calculated question
     */
    record Fallback(String reason) implements Result {
    }

    /**
     * One dataset item.
     *
     * @param values every parameter by name, in drawing order
     * @param key    our key for these values
     */
    record Item(Map<String, Double> values, double key) {
        Item {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** How {@code question} of {@code bank}, which is parameterized, goes to Moodle XML. */
    static Result of(Bank bank, Question question) {
        if (!(question instanceof Question.Numeric numeric)) {
            return new Fallback("a " + question.type().code() + " question: Moodle's calculated questions are numeric,"
                    + " and calculatedmulti is not written");
        }
        List<String> wildcards = new ArrayList<>();
        Map<String, Expr> formulas = new LinkedHashMap<>();
        for (Parameter p : question.common().params()) {
            switch (p) {
                case Parameter.Derived d -> formulas.put(d.name(), MoodleFormula.inline(d.formula().formula().root(),
                        formulas));
                case Parameter.Grid g -> wildcards.add(g.name());
                case Parameter.Choice c -> wildcards.add(c.name());
            }
        }
        for (String name : wildcards) {
            if (!WILDCARD.matcher(name).matches()) {
                return new Fallback("parameter " + name + " cannot be a Moodle wildcard (a name starts with a"
                        + " letter, and mlang is taken by the language tags)");
            }
            formulas.put(name, new Expr.Name(name));
        }
        Expr answer = MoodleFormula.inline(numeric.answer().formula().root(), formulas);
        Map<String, String> moodle = new LinkedHashMap<>();
        switch (MoodleFormula.translate(answer)) {
            case MoodleFormula.Translated t -> moodle.put("answer", t.text());
            case MoodleFormula.Lacking l -> {
                return new Fallback("the answer " + l.reason());
            }
        }
        if (new Formula(numeric.answer().formula().source(), answer).names().isEmpty()) {
            return new Fallback("the key does not depend on the parameters (Moodle wants a wildcard in the"
                    + " answer formula)");
        }
        formulas.put("answer", answer);
        Set<String> used = new LinkedHashSet<>();
        for (Text t : List.of(question.common().text(), question.common().explanation())) {
            for (String s : List.of(t.en(), t.zh())) {
                Placeholders.uses(s).stream().map(Placeholders.Use::name).filter(formulas::containsKey)
                        .forEach(used::add);
                Optional<String> literal = literalWildcard(s, wildcards);
                if (literal.isPresent()) {
                    return new Fallback("a text writes " + literal.get() + " literally, which Moodle would fill"
                            + " in");
                }
            }
        }
        for (String name : used) {
            if (!moodle.containsKey(name)) {
                switch (MoodleFormula.translate(formulas.get(name))) {
                    case MoodleFormula.Translated t -> moodle.put(name, t.text());
                    case MoodleFormula.Lacking l -> {
                        return new Fallback("a text prints {" + name + "}, whose formula " + l.reason());
                    }
                }
            }
        }
        List<Expr> computed = new ArrayList<>(List.of(answer));
        used.forEach(name -> computed.add(formulas.get(name)));
        Draws draws = draw(bank, numeric, wildcards, computed);
        if (draws.items().isEmpty()) {
            return new Fallback("no draw can be computed by Moodle as by us (a zero divisor or NaN in every"
                    + " draw)");
        }
        List<String> notes = new ArrayList<>();
        MoodleTolerance tolerance = MoodleTolerance.of(numeric.tolerance(), draws.items().stream()
                .map(Item::key).toList());
        tolerance.note().ifPresent(notes::add);
        if (draws.leftOut() > 0) {
            notes.add(draws.leftOut() + " draws were left out of the datasets: Moodle cannot compute them as we do"
                    + " (PHP 8 stops on a division by 0, and orders NaN differently in min and max)");
        }
        Texts texts = new Texts(formulas, moodle, draws.items());
        Text text = texts.of(question.common().text(), false);
        Text explanation = texts.of(question.common().explanation(), true);
        notes.addAll(texts.notes());
        return new Calculated(moodle.get("answer"), wildcards, draws.items(), text, explanation, tolerance, notes);
    }

    /** The items drawn, and how many draws were left out because Moodle would compute them differently. */
    private record Draws(List<Item> items, int leftOut) {
    }

    private static Draws draw(Bank bank, Question.Numeric question, List<String> wildcards, List<Expr> computed) {
        SplitMix64 rng = new SplitMix64(ExportVariant.paramsSeed(bank, question));
        List<Item> items = new ArrayList<>();
        Set<List<Double>> seen = new HashSet<>();
        int leftOut = 0;
        for (int i = 0; i < MAX_DRAWS && items.size() < ITEMS; i++) {
            if (!(ParameterDraw.draw(question, rng) instanceof ParameterDraw.Drawn drawn)) {
                break;
            }
            Map<String, Double> values = drawn.values();
            if (!seen.add(wildcards.stream().map(values::get).toList())) {
                continue;
            }
            Optional<Key.Number> key = key(bank, question, values);
            if (key.isEmpty() || !computed.stream().allMatch(e -> MoodleFormula.computable(e, values))) {
                leftOut++;
                continue;
            }
            items.add(new Item(values, key.get().value()));
        }
        return new Draws(items, leftOut);
    }

    private static Optional<Key.Number> key(Bank bank, Question.Numeric question, Map<String, Double> values) {
        try {
            return Optional.of((Key.Number) Variants.key(bank, question, values, Optional.empty()));
        } catch (IllegalStateException infinite) {
            return Optional.empty();
        }
    }

    /** A literal {@code {x}} (written {@code {{x}}}) of a wildcard x, or {@code {=}}, in {@code text}, if any. */
    private static Optional<String> literalWildcard(String text, List<String> wildcards) {
        StringBuilder literal = new StringBuilder();
        for (Placeholders.Piece piece : Placeholders.pieces(text)) {
            // a placeholder becomes one of our own tokens: a mark keeps literals on either side apart
            literal.append(piece instanceof Placeholders.Literal l ? l.text() : "\u0000");
        }
        String s = literal.toString();
        if (s.contains("{=")) {
            return Optional.of("{=");
        }
        return wildcards.stream().map(w -> "{" + w + "}").filter(s::contains).findFirst();
    }

    /**
     * Texts with Moodle's tokens for our placeholders. Moodle prints a wildcard {@code {x}} as the dataset value,
     * written as the shortest decimal of the double, and an expression {@code {=...}} with PHP's 14 significant
     * digits. What comes closest to our printing: {@code {x}} where that is what we print; else
     * {@code {=round(...,4)}} (ours: at most 4 decimals) when no value is below 0.001 (where we print 4 significant
     * digits instead) or too large for 14 digits, else {@code {=...}} unrounded, with a note; {@code {x:3}} becomes
     * {@code {=round(...,3)}}, which rounds like ours but drops trailing zeros (1.400 prints as 1.4): Moodle has no
     * fixed decimals in texts.
     */
    private static final class Texts {
        private final Map<String, Expr> formulas;
        private final Map<String, String> moodle;
        private final List<Item> items;
        private final List<String> notes = new ArrayList<>();

        Texts(Map<String, Expr> formulas, Map<String, String> moodle, List<Item> items) {
            this.formulas = formulas;
            this.moodle = moodle;
            this.items = items;
        }

        /** {@code text} for Moodle; {@code {answer}} is the key only where our engine fills it in. */
        Text of(Text text, boolean withAnswer) {
            return text.map(s -> of(s, withAnswer));
        }

        /** What the texts print differently from our engine. */
        List<String> notes() {
            return List.copyOf(notes);
        }

        private String of(String s, boolean withAnswer) {
            StringBuilder out = new StringBuilder();
            for (Placeholders.Piece piece : Placeholders.pieces(s)) {
                switch (piece) {
                    case Placeholders.Literal l -> out.append(l.text());
                    case Placeholders.Placeholder p -> out.append(moodle.containsKey(p.use().name())
                            && (withAnswer || !p.use().name().equals("answer")) ? token(p.use()) : p.written());
                }
            }
            return out.toString();
        }

        private String token(Placeholders.Use use) {
            String formula = moodle.get(use.name());
            if (use.decimals().isPresent()) {
                return "{=round(" + formula + "," + use.decimals().getAsInt() + ")}";
            }
            Formula f = new Formula(formula, formulas.get(use.name()));
            List<Double> shown = items.stream().map(i -> f.evaluate(i.values())).toList();
            if (f.root() instanceof Expr.Name
                    && shown.stream().allMatch(v -> Placeholders.format(v).equals(Weights.number(v)))) {
                return formula;
            }
            // PHP prints 14 significant digits, so 4 decimals fit below 1e10, whole numbers below 1e14
            if (shown.stream().allMatch(v -> v == 0 || Math.abs(v) >= 1e-3 && Math.abs(v) < 1e10
                    || v == Math.rint(v) && Math.abs(v) < 1e14)) {
                return "{=round(" + formula + ",4)}";
            }
            String note = "{" + use.name() + "} prints with PHP's 14 significant digits, since some values are"
                    + " below 0.001 (where we print 4 significant digits) or too large for 4 decimals";
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return "{=" + formula + "}";
        }
    }
}
