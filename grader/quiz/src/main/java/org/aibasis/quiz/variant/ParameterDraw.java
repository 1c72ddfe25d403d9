package org.aibasis.quiz.variant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aibasis.quiz.bank.LocatedFormula;
import org.aibasis.quiz.bank.Parameter;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.formula.Formula;

/** Draws a question's parameters, redrawing until every {@code require} holds. */
public final class ParameterDraw {
    /** Draws tried before giving up on a question's {@code require}. */
    public static final int MAX_TRIES = 1000;

    private ParameterDraw() {
    }

    /** What drawing gave. */
    public sealed interface Result {
        /** How many draws were made. */
        int tries();
    }

    /**
     * Values that meet every {@code require}.
     *
     * @param values values by name, in drawing order
     */
    public record Drawn(Map<String, Double> values, int tries) implements Result {
        public Drawn {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * No draw met the requirements.
     *
     * @param reason what failed on the last draw
     * @param line   the line of the failing {@code require} or parameter
     */
    public record Unmet(int tries, String reason, int line) implements Result {
    }

    /** Draws with {@code rng}; a question without parameters gives empty values at once. */
    public static Result draw(Question question, SplitMix64 rng) {
        String reason = "";
        int line = question.common().line();
        for (int tries = 1; tries <= MAX_TRIES; tries++) {
            Map<String, Double> values = new LinkedHashMap<>();
            boolean ok = true;
            for (Parameter p : question.common().params()) {
                double v = switch (p) {
                    case Parameter.Grid g -> grid(g, values, rng);
                    case Parameter.Choice c -> c.values().get(rng.nextInt(c.values().size()));
                    case Parameter.Derived d -> d.formula().formula().evaluate(values);
                };
                if (Double.isNaN(v) && p instanceof Parameter.Grid g) {
                    reason = "the grid of " + g.name() + " is empty for " + describe(values);
                    line = g.line();
                    ok = false;
                    break;
                }
                values.put(p.name(), v);
            }
            if (ok) {
                for (LocatedFormula r : question.common().require()) {
                    if (!Formula.holds(r.formula().evaluate(values))) {
                        reason = "require \"" + r.formula().source() + "\" fails for " + describe(values);
                        line = r.line();
                        ok = false;
                        break;
                    }
                }
            }
            if (ok) {
                return new Drawn(values, tries);
            }
        }
        return new Unmet(MAX_TRIES, reason, line);
    }

    /** A uniform grid point, computed in decimal so that 0.2 + 3 * 0.1 is 0.5 exactly; NaN if the grid is empty. */
    private static double grid(Parameter.Grid g, Map<String, Double> values, SplitMix64 rng) {
        double lo = g.min().formula().evaluate(values);
        double hi = g.max().formula().evaluate(values);
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            return Double.NaN;
        }
        BigDecimal min = BigDecimal.valueOf(lo);
        BigDecimal step = BigDecimal.valueOf(g.step());
        long points = BigDecimal.valueOf(hi).subtract(min).divideToIntegralValue(step)
                .min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValue() + 1;
        return min.add(step.multiply(BigDecimal.valueOf(rng.nextLong(points)))).doubleValue();
    }

    /** {@code a = 1, b = 0.5} for messages. */
    public static String describe(Map<String, Double> values) {
        if (values.isEmpty()) {
            return "no parameters";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" = ")
                .append(Placeholders.format(v)));
        return sb.toString();
    }
}
