package org.aibasis.quiz.lms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.aibasis.quiz.bank.Option;

/**
 * Moodle answer weights (percentages) of a multiple-response question: +100/c for each of the c correct options
 * and -100/c for each wrong one. Moodle adds the weights of the ticked options and clamps the sum to [0, 100],
 * which is exactly the net-correct scheme; Moodle has no equivalent of the other schemes.
 */
final class Weights {
    private Weights() {
    }

    static double of(Option option, List<Option> options) {
        long c = options.stream().filter(Option::correct).count();
        return (option.correct() ? 100.0 : -100.0) / c;
    }

    /** A percentage with at most 5 decimals, as Moodle writes them (e.g. 33.33333). */
    static String format(double percent) {
        return BigDecimal.valueOf(percent).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A number in plain notation (no exponent), exact for doubles. */
    static String number(double value) {
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
