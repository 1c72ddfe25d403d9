package org.aibasis.quiz.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibasis.quiz.formula.Expr;
import org.aibasis.quiz.formula.Formula;
import org.aibasis.quiz.formula.Function;

/**
 * Our formulas in the syntax of Moodle's calculated questions: a PHP expression over {@code {name}} wildcards that
 * Moodle evaluates with {@code eval} after {@code qtype_calculated_find_formula_errors}
 * (moodle/moodle {@code question/type/calculated/questiontype.php}) has let it through. That check allows only the
 * operators {@code + - * / %}, comparisons, and the functions abs, acos(h), asin(h), atan(h), atan2, ceil, cos(h),
 * deg2rad, exp, expm1, floor, fmod, is_finite, log (one or two arguments: natural log, or a base), log10, log1p,
 * max and min (two or more arguments), pi (none), pow, rad2deg, round, sin(h), sqrt, tan(h) and a few conversions.
 *
 * <p>The translation keeps our order of evaluation exactly (every grouping of our tree is kept, so floating-point
 * sums and products are computed in the same order) and maps:
 * <ul>
 *   <li>{@code a ^ b} to {@code pow(a,b)}: PHP's {@code ^} is bitwise xor, and Moodle no longer lets it through;</li>
 *   <li>{@code ln} to {@code log}, {@code log2(x)} to {@code log(x)/log(2)} (our log2 is that quotient);</li>
 *   <li>{@code round(x)} to {@code floor(x+0.5)}, our definition: PHP's round rounds halves away from zero
 *       (round(-2.5) = -3, ours -2);</li>
 *   <li>{@code sum}, {@code mean} and {@code std} written out in + - * / and sqrt, as our engine computes them;
 *       {@code min} and {@code max} of one argument to the argument (Moodle wants two or more);</li>
 *   <li>the constant {@code pi} to {@code pi()} and {@code e} to {@code exp(1)}; other numbers in plain decimal
 *       notation, exact for doubles;</li>
 *   <li>unary minus always in parentheses inside an operation ({@code a-(-b)}: {@code --} is PHP's decrement).</li>
 * </ul>
 * PHP's {@code /} divides exactly like ours (7/2 = 3.5, integers only when the quotient is whole), and its integer
 * products turn into floats on overflow, so the arithmetic agrees. What Moodle lacks: {@code choose} (no factorial
 * or binomial function), and comparisons, which PHP evaluates to booleans that Moodle does not document as numbers.
 */
final class MoodleFormula {
    private static final int LOWEST = 0;
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int ATOM = 4;

    private MoodleFormula() {
    }

    /** What translating a formula gave. */
    sealed interface Translation {
    }

    /**
     * The formula in Moodle's syntax.
     *
     * @param text e.g. {@code pow({a},2)+{b}}
     */
    record Translated(String text) implements Translation {
    }

    /**
     * The formula uses something Moodle's formulas cannot say.
     *
     * @param reason what, for the export's note
     */
    record Lacking(String reason) implements Translation {
    }

    /** Moodle's formula for {@code expr}, whose names are all wildcards (derived parameters inlined). */
    static Translation translate(Expr expr) {
        try {
            return new Translated(emit(expr).text());
        } catch (LacksException e) {
            return new Lacking(e.getMessage());
        }
    }

    /** {@code expr} with every name of {@code derived} replaced by its (already inlined) formula. */
    static Expr inline(Expr expr, Map<String, Expr> derived) {
        return switch (expr) {
            case Expr.Num num -> num;
            case Expr.Name name -> derived.getOrDefault(name.name(), name);
            case Expr.Neg neg -> new Expr.Neg(inline(neg.operand(), derived));
            case Expr.Binary b -> new Expr.Binary(b.operator(), inline(b.left(), derived), inline(b.right(), derived));
            case Expr.Call call -> new Expr.Call(call.function(), call.arguments().stream()
                    .map(a -> inline(a, derived)).toList());
        };
    }

    /**
     * Whether Moodle computes {@code expr} for these values as our engine does: no part of it is NaN (PHP's min and
     * max order NaN differently) and no divisor is 0 (PHP 8 throws DivisionByZeroError where we carry on with an
     * infinity).
     */
    static boolean computable(Expr expr, Map<String, Double> values) {
        if (Double.isNaN(new Formula("", expr).evaluate(values))) {
            return false;
        }
        return switch (expr) {
            case Expr.Num num -> true;
            case Expr.Name name -> true;
            case Expr.Neg neg -> computable(neg.operand(), values);
            case Expr.Binary b -> computable(b.left(), values) && computable(b.right(), values)
                    && !(b.operator() == Expr.Operator.DIVIDE && new Formula("", b.right()).evaluate(values) == 0);
            case Expr.Call call -> call.arguments().stream().allMatch(a -> computable(a, values));
        };
    }

    /** Moodle text of a sub-formula and how tightly it binds, so that the caller knows when to add parentheses. */
    private record Emitted(String text, int binding) {
        String at(int needed) {
            return binding >= needed ? text : "(" + text + ")";
        }
    }

    private static Emitted emit(Expr expr) {
        return switch (expr) {
            case Expr.Num num -> number(num.value());
            case Expr.Name name -> new Emitted("{" + name.name() + "}", ATOM);
            // lowest binding: a negation inside an operation is always parenthesized, so "--" never appears
            case Expr.Neg neg -> new Emitted("-" + emit(neg.operand()).at(UNARY), LOWEST);
            case Expr.Binary b -> binary(b);
            case Expr.Call call -> call(call.function(), call.arguments());
        };
    }

    private static Emitted number(double value) {
        if (value == Math.PI) {
            return new Emitted("pi()", ATOM);
        }
        if (value == Math.E) {
            return new Emitted("exp(1)", ATOM);
        }
        return value < 0 ? new Emitted("-" + Weights.number(-value), LOWEST)
                : new Emitted(Weights.number(value), ATOM);
    }

    private static Emitted binary(Expr.Binary b) {
        int binding = switch (b.operator()) {
            case PLUS, MINUS -> SUM;
            case TIMES, DIVIDE -> PRODUCT;
            case POWER -> ATOM;
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> throw new LacksException(
                    "compares with '" + b.operator().symbol() + "', which Moodle's formulas lack");
        };
        if (b.operator() == Expr.Operator.POWER) {
            return new Emitted("pow(" + emit(b.left()).text() + "," + emit(b.right()).text() + ")", ATOM);
        }
        // the right operand is parenthesized at equal binding too: a-(b-c), and a+(b+c) keeps our rounding order
        return new Emitted(emit(b.left()).at(binding) + b.operator().symbol() + emit(b.right()).at(binding + 1),
                binding);
    }

    private static Emitted call(Function f, List<Expr> args) {
        return switch (f) {
            case SQRT -> oneArgument("sqrt", args);
            case LN -> oneArgument("log", args);
            case LOG10 -> oneArgument("log10", args);
            case EXP -> oneArgument("exp", args);
            case ABS -> oneArgument("abs", args);
            case FLOOR -> oneArgument("floor", args);
            case CEIL -> oneArgument("ceil", args);
            case LOG2 -> emit(new Expr.Binary(Expr.Operator.DIVIDE, new Expr.Call(Function.LN, args),
                    new Expr.Call(Function.LN, List.of(new Expr.Num(2)))));
            case ROUND -> emit(new Expr.Call(Function.FLOOR, List.of(new Expr.Binary(Expr.Operator.PLUS,
                    args.get(0), new Expr.Num(0.5)))));
            case MIN -> extreme("min", args);
            case MAX -> extreme("max", args);
            case SUM -> emit(sum(args));
            case MEAN -> emit(mean(args));
            case STD -> emit(std(args));
            case CHOOSE -> throw new LacksException("uses choose(n, k), which Moodle's formulas lack (no binomial"
                    + " or factorial function)");
        };
    }

    private static Emitted oneArgument(String name, List<Expr> args) {
        String arg = emit(args.get(0)).text();
        // Moodle's check tests the argument with PHP's empty(), which holds for the string "0"
        return new Emitted(name + "(" + (arg.equals("0") ? "0.0" : arg) + ")", ATOM);
    }

    private static Emitted extreme(String name, List<Expr> args) {
        if (args.size() == 1) {
            return emit(args.get(0));
        }
        List<String> texts = new ArrayList<>();
        for (Expr a : args) {
            texts.add(emit(a).text());
        }
        return new Emitted(name + "(" + String.join(",", texts) + ")", ATOM);
    }

    /** Our sum: the arguments added from the left. */
    private static Expr sum(List<Expr> args) {
        Expr total = args.get(0);
        for (Expr a : args.subList(1, args.size())) {
            total = new Expr.Binary(Expr.Operator.PLUS, total, a);
        }
        return total;
    }

    private static Expr mean(List<Expr> args) {
        return new Expr.Binary(Expr.Operator.DIVIDE, sum(args), new Expr.Num(args.size()));
    }

    /** Our population standard deviation: sqrt(sum((x - mean) * (x - mean)) / n), in that order. */
    private static Expr std(List<Expr> args) {
        Expr mean = mean(args);
        List<Expr> squares = args.stream().<Expr>map(a -> new Expr.Binary(Expr.Operator.TIMES,
                new Expr.Binary(Expr.Operator.MINUS, a, mean), new Expr.Binary(Expr.Operator.MINUS, a, mean)))
                .toList();
        return new Expr.Call(Function.SQRT, List.of(new Expr.Binary(Expr.Operator.DIVIDE, sum(squares),
                new Expr.Num(args.size()))));
    }

    /** Thrown inside the translation to stop it at the first thing Moodle lacks. */
    private static final class LacksException extends RuntimeException {
        LacksException(String reason) {
            super(reason, null, false, false);
        }
    }
}
