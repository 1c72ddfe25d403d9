package org.aibasis.quiz.lms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aibasis.quiz.bank.Tolerance;

/**
 * The tolerance of a Moodle calculated question, as one answer or two. A Moodle answer has one tolerance, either
 * relative (accepted when |x - key| &lt;= t * |key|, type 1) or nominal (|x - key| &lt;= t, type 2); see
 * {@code qtype_numerical_answer::get_tolerance_interval} in moodle/moodle {@code question/type/numerical/question.php}.
 * Ours, abs + rel * |key|, is nominal when rel = 0 and relative when abs = 0: one answer, exact. With both parts it is
 * neither, and two answers with the same formula and full marks are written (Moodle gives the marks of the first
 * answer whose range holds the response): nominal abs + rel * min|key| and relative rel + abs / max|key| over the
 * dataset items. Each is never wider than ours, so their union never accepts more than we do; it is ours at the
 * smallest and the largest key and covers at least half of ours in between; {@link #note} says how much. Every
 * tolerance is rounded down to 6 significant digits (Moodle stores it in 20 characters; a bank's own tolerances are
 * that short anyway).
 *
 * @param answers one or two tolerances, each for one answer
 * @param note    what differs from our rule, if anything
 */
record MoodleTolerance(List<Part> answers, Optional<String> note) {
    static final int RELATIVE = 1;
    static final int NOMINAL = 2;

    MoodleTolerance {
        answers = List.copyOf(answers);
    }

    /**
     * The tolerance of one answer.
     *
     * @param type  {@link #RELATIVE} or {@link #NOMINAL}
     * @param value Moodle's tolerance
     */
    record Part(int type, double value) {
        /** The accepted distance from {@code key}. */
        double around(double key) {
            return type == RELATIVE ? value * Math.abs(key) : value;
        }
    }

    /** The tolerance for a question with tolerance {@code ours} whose dataset items have these keys. */
    static MoodleTolerance of(Tolerance ours, List<Double> keys) {
        double largest = keys.stream().mapToDouble(Math::abs).max().orElseThrow();
        if (ours.rel() == 0 || largest == 0) {
            return new MoodleTolerance(List.of(new Part(NOMINAL, down(ours.abs()))), Optional.empty());
        }
        if (ours.abs() == 0) {
            return new MoodleTolerance(List.of(new Part(RELATIVE, down(ours.rel()))), Optional.empty());
        }
        double smallest = keys.stream().mapToDouble(Math::abs).min().orElseThrow();
        List<Part> parts = List.of(new Part(NOMINAL, down(ours.abs() + ours.rel() * smallest)),
                new Part(RELATIVE, down(ours.rel() + ours.abs() / largest)));
        double share = keys.stream().mapToDouble(k -> parts.stream().mapToDouble(p -> p.around(k)).max()
                .orElseThrow() / ours.around(k)).min().orElseThrow();
        return new MoodleTolerance(parts, Optional.of("Moodle has no tolerance abs + rel * |key| (here "
                + Weights.number(ours.abs()) + " + " + Weights.number(ours.rel()) + " * |key|): written as two"
                + " answers with the same formula, nominal " + Weights.number(parts.get(0).value()) + " and relative "
                + Weights.number(parts.get(1).value()) + ", which together never accept more than ours and accept at"
                + " least " + String.format(Locale.ROOT, "%.1f%%", Math.floor(1000 * share) / 10)
                + " of our range for every item"));
    }

    /**
     * Rounded down to 6 significant digits, short enough for Moodle's 20 characters and never wider; floating-point
     * noise goes first (12 digits), so that 0.01 + 0.01 * 1.8 is 0.028, not 0.0279999.
     */
    private static double down(double tolerance) {
        return BigDecimal.valueOf(tolerance).round(new MathContext(12, RoundingMode.HALF_EVEN))
                .round(new MathContext(6, RoundingMode.DOWN)).doubleValue();
    }
}
