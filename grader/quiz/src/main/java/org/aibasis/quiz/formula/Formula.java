package org.aibasis.quiz.formula;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed formula: its source text and its tree.
 *
 * <p>Grammar, from the loosest to the tightest binding:
 * <pre>
 * formula    = comparison
 * comparison = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]   (gives 1 or 0)
 * sum        = product { ("+" | "-") product }                        (left associative)
 * product    = unary { ("*" | "/") unary }                            (left associative)
 * unary      = ("-" | "+") unary | power
 * power      = atom [ "^" unary ]                                     (right associative; -2^2 = -4)
 * atom       = number | name | function "(" formula { "," formula } ")" | "(" formula ")"
 * </pre>
 * Names {@code pi} and {@code e} are the constants; every other name is a parameter.
 *
 * @param source the text as written
 * @param root   the tree
 */
public record Formula(String source, Expr root) {
    public Formula {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
    }

    /**
     * Parses a formula.
     *
     * @throws FormulaException with the column and a message that says what to change
     */
    public static Formula parse(String source) {
        return new Formula(source, new Parser(source).parseAll());
    }

    /** A formula that is just a number (how a numeric {@code answer: 0.5} is stored). */
    public static Formula constant(double value) {
        return new Formula(Double.toString(value), new Expr.Num(value));
    }

    /** The parameter names the formula uses, in order of first use (constants excluded). */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        collect(root, names);
        return Collections.unmodifiableSet(names);
    }

    private static void collect(Expr expr, Set<String> names) {
        switch (expr) {
            case Expr.Num num -> {
            }
            case Expr.Name name -> names.add(name.name());
            case Expr.Neg neg -> collect(neg.operand(), names);
            case Expr.Binary binary -> {
                collect(binary.left(), names);
                collect(binary.right(), names);
            }
            case Expr.Call call -> call.arguments().forEach(a -> collect(a, names));
        }
    }

    /**
     * Evaluates the formula with the given parameter values. Domain errors give NaN or an infinity.
     *
     * @throws FormulaException if the formula uses a name that {@code values} lacks
     */
    public double evaluate(Map<String, Double> values) {
        return evaluate(root, values);
    }

    private static double evaluate(Expr expr, Map<String, Double> values) {
        return switch (expr) {
            case Expr.Num num -> num.value();
            case Expr.Name name -> {
                Double value = values.get(name.name());
                if (value == null) {
                    throw new FormulaException("unknown name '" + name.name()
                            + "' (define it as a parameter before the formula that uses it)", 0);
                }
                yield value;
            }
            case Expr.Neg neg -> -evaluate(neg.operand(), values);
            case Expr.Binary binary -> binary.operator().apply(evaluate(binary.left(), values),
                    evaluate(binary.right(), values));
            case Expr.Call call -> {
                double[] args = new double[call.arguments().size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = evaluate(call.arguments().get(i), values);
                }
                yield call.function().apply(args);
            }
        };
    }

    /** True when the value counts as "holds" for a {@code require} formula: finite and not zero. */
    public static boolean holds(double value) {
        return Double.isFinite(value) && value != 0;
    }

    @Override
    public String toString() {
        return source;
    }
}
