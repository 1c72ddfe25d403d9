package org.aibasis.quiz.lms;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Moodle does with the formulas of a calculated question, re-written for the tests from Moodle's PHP and
 * independent of the translator under test ({@link MoodleFormula}): it parses the formula strings itself.
 *
 * <ul>
 *   <li>{@link #formulaErrors}: {@code qtype_calculated_find_formula_errors} of moodle/moodle
 *       {@code question/type/calculated/questiontype.php} (the current version, which blocks PHP comments and no
 *       longer lets {@code ^} through), regular expressions as written there;</li>
 *   <li>{@link #evaluate}: {@code qtype_calculated_variable_substituter::calculate} of
 *       {@code question/type/calculated/question.php}: each {@code {name}} replaced by {@code (value)}, then PHP's
 *       {@code eval}, modelled here as PHP's grammar (unary minus binds tighter than * and /, both left
 *       associative) and PHP 8's behaviour (a division by 0 throws DivisionByZeroError);</li>
 *   <li>{@link #replaceExpressionsInText}: {@code replace_expressions_in_text} of the same class: each
 *       {@code {=...}} computed and printed as PHP prints a float (14 significant digits, {@code precision} = 14), then
 *       each wildcard replaced by its value as stored.</li>
 * </ul>
 * PHP's {@code round(x, d)} is modelled as rounding the shortest decimal form of x half away from zero, which is
 * what PHP's pre-rounding aims at (php.net: "rounds half away from zero").
 */
final class MoodlePhp {
    /** {@code qtype_calculated::PLACEHOLDER_REGEX_PART}, wrapped in braces. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\p{Alpha}[\\p{Alpha}\\p{Digit}\\-_\\s]*)}");
    /** {@code qtype_calculated::FORMULAS_IN_TEXT_REGEX}. */
    static final Pattern FORMULA_IN_TEXT = Pattern.compile("\\{=([^{}]*(?:\\{[^{}]+}[^{}]*)*)}");
    /** {@code $safeoperatorchar = '-+/*%>:\~<?=!'} as a character class. */
    private static final String SAFE = "-+/*%>:~<?=!";
    private static final String OPERATOR_OR_NUMBER = "[" + SAFE + ".0-9eE]";
    private static final Pattern CALL = Pattern.compile("(^|[" + SAFE + ",(])([a-z0-9_]*)\\((" + OPERATOR_OR_NUMBER
            + "+(," + OPERATOR_OR_NUMBER + "+((," + OPERATOR_OR_NUMBER + "+)+)?)?)?\\)");
    private static final Pattern UNSAFE = Pattern.compile("[^" + SAFE + ".0-9eE]+");
    private static final List<String> ONE_ARGUMENT = List.of("abs", "acos", "acosh", "asin", "asinh", "atan", "atanh",
            "bindec", "ceil", "cos", "cosh", "decbin", "decoct", "deg2rad", "exp", "expm1", "floor", "is_finite",
            "is_infinite", "is_nan", "log10", "log1p", "octdec", "rad2deg", "sin", "sinh", "sqrt", "tan", "tanh");

    private MoodlePhp() {
    }

    /** Moodle's objection to {@code formula}, if any (empty: "Formula just might be valid"). */
    static Optional<String> formulaErrors(String formula) {
        for (String comment : List.of("//", "/*", "#", "<?", "?>")) {
            if (formula.contains(comment)) {
                return Optional.of("illegalformulasyntax " + comment);
            }
        }
        String f = PLACEHOLDER.matcher(formula).replaceAll("1.0").replace(" ", "").toLowerCase(Locale.ROOT);
        while (true) {
            Matcher m = CALL.matcher(f);
            if (!m.find()) {
                break;
            }
            String name = m.group(2);
            if (!name.isEmpty() && !List.of("pi", "log", "round", "atan2", "fmod", "pow", "min", "max").contains(name)
                    && !ONE_ARGUMENT.contains(name)) {
                return Optional.of("unsupportedformulafunction " + name);
            }
            boolean bad = switch (name) {
                case "" -> truthy(m.group(4)) || m.group(3) == null || m.group(3).isEmpty();
                // PHP's preg_match leaves out trailing groups that took no part, so key 3 exists iff group 3 matched
                case "pi" -> m.group(3) != null;
                case "log", "round" -> !empty(m.group(5)) || empty(m.group(3));
                case "atan2", "fmod", "pow" -> !empty(m.group(5)) || empty(m.group(4));
                case "min", "max" -> empty(m.group(4));
                default -> !empty(m.group(4)) || empty(m.group(3));
            };
            if (bad) {
                return Optional.of("wrong arguments in " + m.group());
            }
            f = m.group(1).isEmpty() ? f.replaceFirst("^" + Pattern.quote(name) + "\\([^)]*\\)", "1.0")
                    : f.replace(m.group(), m.group(1) + "1.0");
        }
        Matcher unsafe = UNSAFE.matcher(f);
        return unsafe.find() ? Optional.of("illegalformulasyntax " + unsafe.group()) : Optional.empty();
    }

    /** PHP's empty() of a string: unset, "" or "0". */
    private static boolean empty(String s) {
        return s == null || s.isEmpty() || s.equals("0");
    }

    private static boolean truthy(String s) {
        return !empty(s);
    }

    /** The value of {@code formula} for the dataset item {@code values} (wildcard name to value as stored). */
    static double evaluate(String formula, Map<String, String> values) {
        String s = formula;
        for (Map.Entry<String, String> v : values.entrySet()) {
            s = s.replace("{" + v.getKey() + "}", "(" + v.getValue() + ")");
        }
        return new Eval(s).all();
    }

    /** A text as Moodle shows it for the dataset item {@code values}. */
    static String replaceExpressionsInText(String text, Map<String, String> values) {
        String s = FORMULA_IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                string(evaluate(m.group(1), values))));
        for (Map.Entry<String, String> v : values.entrySet()) {
            s = s.replace("{" + v.getKey() + "}", v.getValue());
        }
        return s;
    }

    /** How PHP 8 prints a float with precision 14 (php_gcvt): plain, or d.dddE+x below 1e-4 and from 1e14 on. */
    static String string(double v) {
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(14, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int decpt = d.precision() - d.scale();
        if (decpt >= -3 && decpt <= 14) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        int exponent = decpt - 1;
        return (d.signum() < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** PHP's round(x, digits): half away from zero, on the shortest decimal form. */
    static double round(double x, int digits) {
        return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** A recursive-descent reading of PHP's arithmetic, for the functions Moodle allows. */
    private static final class Eval {
        private final String s;
        private int pos;

        Eval(String s) {
            this.s = s.replace(" ", "");
            if (this.s.contains("--") || this.s.contains("++")) {
                throw new IllegalArgumentException("PHP reads -- and ++ as decrement and increment: " + s);
            }
        }

        double all() {
            double v = additive();
            if (pos != s.length()) {
                throw new IllegalArgumentException("PHP parse error at '" + s.substring(pos) + "' in " + s);
            }
            return v;
        }

        private double additive() {
            double v = multiplicative();
            while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                char op = s.charAt(pos++);
                double r = multiplicative();
                v = op == '+' ? v + r : v - r;
            }
            return v;
        }

        private double multiplicative() {
            double v = unary();
            while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
                char op = s.charAt(pos++);
                if (pos < s.length() && s.charAt(pos) == '*') {
                    throw new IllegalArgumentException("** is not modelled: " + s);
                }
                double r = unary();
                if (op == '/' && r == 0) {
                    throw new ArithmeticException("DivisionByZeroError in " + s);
                }
                v = op == '*' ? v * r : v / r;
            }
            return v;
        }

        private double unary() {
            if (s.charAt(pos) == '-') {
                pos++;
                return -unary();
            }
            if (s.charAt(pos) == '+') {
                pos++;
                return unary();
            }
            return primary();
        }

        private double primary() {
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                double v = additive();
                expect(')');
                return v;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    pos++;
                    if (s.charAt(pos) == '+' || s.charAt(pos) == '-') {
                        pos++;
                    }
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                }
                return Double.parseDouble(s.substring(start, pos));
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String name = s.substring(start, pos);
                expect('(');
                List<Double> args = new ArrayList<>();
                if (s.charAt(pos) != ')') {
                    args.add(additive());
                    while (s.charAt(pos) == ',') {
                        pos++;
                        args.add(additive());
                    }
                }
                expect(')');
                return call(name, args);
            }
            throw new IllegalArgumentException("unexpected '" + c + "' in " + s);
        }

        private static double call(String name, List<Double> a) {
            return switch (name + "/" + a.size()) {
                case "pi/0" -> Math.PI;
                case "abs/1" -> Math.abs(a.get(0));
                case "ceil/1" -> Math.ceil(a.get(0));
                case "floor/1" -> Math.floor(a.get(0));
                case "exp/1" -> Math.exp(a.get(0));
                case "sqrt/1" -> Math.sqrt(a.get(0));
                case "log10/1" -> Math.log10(a.get(0));
                case "log/1" -> Math.log(a.get(0));
                case "log/2" -> Math.log(a.get(0)) / Math.log(a.get(1));
                case "pow/2" -> Math.pow(a.get(0), a.get(1));
                case "round/1" -> round(a.get(0), 0);
                case "round/2" -> round(a.get(0), (int) (double) a.get(1));
                default -> {
                    if ((name.equals("min") || name.equals("max")) && a.size() >= 2) {
                        yield name.equals("min") ? a.stream().mapToDouble(x -> x).min().orElseThrow()
                                : a.stream().mapToDouble(x -> x).max().orElseThrow();
                    }
                    throw new IllegalArgumentException("not modelled: " + name + " with " + a.size() + " arguments");
                }
            };
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + s);
            }
            pos++;
        }
    }
}
