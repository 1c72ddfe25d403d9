package org.aibasis.quiz.bank;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in texts: {@code {name}} prints a parameter, {@code {name:3}} rounds it to 3 decimals,
 * {@code {{} and {@code }}} print literal braces. Any other brace is printed as written.
 */
public final class Placeholders {
    private static final Pattern TOKEN =
            Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_]*)(?::(\\d{1,2}))?}");

    private Placeholders() {
    }

    /**
     * A placeholder found in a text.
     *
     * @param name     the parameter it names
     * @param decimals the requested decimals, if any
     */
    public record Use(String name, OptionalInt decimals) {
    }

    /** The placeholders of {@code text}, in order. */
    public static List<Use> uses(String text) {
        List<Use> uses = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                uses.add(new Use(m.group(1), m.group(2) == null ? OptionalInt.empty()
                        : OptionalInt.of(Integer.parseInt(m.group(2)))));
            }
        }
        return List.copyOf(uses);
    }

    /**
     * Replaces the placeholders of {@code text} by the values; a placeholder naming no value stays as written
     * (validation reports it before any variant is made).
     */
    public static String fill(String text, Map<String, Double> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("{{")) {
                replacement = "{";
            } else if (m.group().equals("}}")) {
                replacement = "}";
            } else if (values.containsKey(m.group(1))) {
                double v = values.get(m.group(1));
                replacement = m.group(2) == null ? format(v) : fixed(v, Integer.parseInt(m.group(2)));
            } else {
                replacement = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * How {@code {name}} prints a number: whole numbers without decimals; others rounded to at most 4 decimals
     * with trailing zeros dropped; numbers closer to 0 than 0.001 with 4 significant digits.
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = BigDecimal.valueOf(v);
        d = Math.abs(v) < 1e-3 ? d.round(new MathContext(4, RoundingMode.HALF_UP))
                : d.setScale(4, RoundingMode.HALF_UP);
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** How {@code {name:d}} prints a number: exactly {@code decimals} decimals, rounded half up. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
