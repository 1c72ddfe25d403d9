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
import java.util.stream.Stream;

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

    /** A part of a text: literal characters, or a placeholder. */
    public sealed interface Piece {
    }

    /**
     * Characters printed as they are, with {@code {{} and {@code }}} already turned into single braces.
     *
     * @param text the characters
     */
    public record Literal(String text) implements Piece {
    }

    /**
     * A placeholder.
     *
     * @param use     what it prints
     * @param written how it is written, e.g. {@code {bonus:3}}
     */
    public record Placeholder(Use use, String written) implements Piece {
    }

    /** The text cut into literal parts and placeholders, in order (no two literal parts in a row). */
    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            literal.append(text, at, m.start());
            at = m.end();
            if (m.group(1) == null) {
                literal.append(m.group().charAt(0));
                continue;
            }
            if (!literal.isEmpty()) {
                pieces.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            pieces.add(new Placeholder(new Use(m.group(1), m.group(2) == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(m.group(2)))), m.group()));
        }
        literal.append(text, at, text.length());
        if (!literal.isEmpty()) {
            pieces.add(new Literal(literal.toString()));
        }
        return List.copyOf(pieces);
    }

    /** The placeholders of {@code text}, in order. */
    public static List<Use> uses(String text) {
        return pieces(text).stream().flatMap(p -> p instanceof Placeholder h ? Stream.of(h.use()) : Stream.empty())
                .toList();
    }

    /**
     * Replaces the placeholders of {@code text} by the values; a placeholder naming no value stays as written
     * (validation reports it before any variant is made).
     */
    public static String fill(String text, Map<String, Double> values) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : pieces(text)) {
            switch (piece) {
                case Literal l -> sb.append(l.text());
                case Placeholder h -> {
                    Double v = values.get(h.use().name());
                    sb.append(v == null ? h.written() : h.use().decimals().isPresent()
                            ? fixed(v, h.use().decimals().getAsInt()) : format(v));
                }
            }
        }
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
