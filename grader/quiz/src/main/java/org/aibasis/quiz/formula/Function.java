package org.aibasis.quiz.formula;

import java.util.Arrays;
import java.util.Optional;

/** The built-in functions of formulas. Domain errors give NaN or an infinity, never an exception. */
public enum Function {
    SQRT("sqrt", 1, 1), LN("ln", 1, 1), LOG2("log2", 1, 1), LOG10("log10", 1, 1), EXP("exp", 1, 1),
    ABS("abs", 1, 1), FLOOR("floor", 1, 1), CEIL("ceil", 1, 1), ROUND("round", 1, 1),
    MIN("min", 1, Integer.MAX_VALUE), MAX("max", 1, Integer.MAX_VALUE), SUM("sum", 1, Integer.MAX_VALUE),
    MEAN("mean", 1, Integer.MAX_VALUE), STD("std", 1, Integer.MAX_VALUE), CHOOSE("choose", 2, 2);

    private final String spelling;
    private final int minArguments;
    private final int maxArguments;

    Function(String spelling, int minArguments, int maxArguments) {
        this.spelling = spelling;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    /** The name written in formulas. */
    public String spelling() {
        return spelling;
    }

    /** Fewest arguments accepted. */
    public int minArguments() {
        return minArguments;
    }

    /** Most arguments accepted ({@link Integer#MAX_VALUE} for the varargs functions). */
    public int maxArguments() {
        return maxArguments;
    }

    /** The function written {@code spelling}, if there is one. */
    public static Optional<Function> named(String spelling) {
        return Arrays.stream(values()).filter(f -> f.spelling.equals(spelling)).findFirst();
    }

    /** Applies the function; {@code args.length} is within the function's arity. */
    public double apply(double[] args) {
        return switch (this) {
            case SQRT -> Math.sqrt(args[0]);
            case LN -> Math.log(args[0]);
            case LOG2 -> Math.log(args[0]) / Math.log(2);
            case LOG10 -> Math.log10(args[0]);
            case EXP -> Math.exp(args[0]);
            case ABS -> Math.abs(args[0]);
            case FLOOR -> Math.floor(args[0]);
            case CEIL -> Math.ceil(args[0]);
            case ROUND -> Math.floor(args[0] + 0.5);
            case MIN -> Arrays.stream(args).min().orElseThrow();
            case MAX -> Arrays.stream(args).max().orElseThrow();
            case SUM -> sum(args);
            case MEAN -> sum(args) / args.length;
            case STD -> std(args);
            case CHOOSE -> choose(args[0], args[1]);
        };
    }

    private static double sum(double[] args) {
        double s = 0;
        for (double a : args) {
            s += a;
        }
        return s;
    }

    /** Population standard deviation: sqrt(mean((x - mean)^2)). */
    private static double std(double[] args) {
        double mean = sum(args) / args.length;
        double squares = 0;
        for (double a : args) {
            squares += (a - mean) * (a - mean);
        }
        return Math.sqrt(squares / args.length);
    }

    /** Binomial coefficient for whole n, k >= 0 (0 when k > n); NaN for other arguments. */
    private static double choose(double n, double k) {
        if (n != Math.rint(n) || k != Math.rint(k) || n < 0 || k < 0 || Double.isInfinite(n)) {
            return Double.NaN;
        }
        if (k > n) {
            return 0;
        }
        double kk = Math.min(k, n - k);
        double result = 1;
        for (int i = 1; i <= kk; i++) {
            result = result * (n - kk + i) / i;
        }
        return Math.rint(result);
    }
}
