package org.aibasis.quiz.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for {@link Formula}'s grammar.
 *
 * <p>Hand-written rather than a library (exp4j, EvalEx): exp4j has no varargs functions
 * ({@code min max sum mean std} take any number of arguments), and a parser of our own reports the column
 * of every syntax error in a message written for question authors.
 */
final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
        this.text = text;
    }

    Expr parseAll() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the formula is empty (write a number or an expression)");
        }
        Expr expr = comparison();
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "' (an operator or a comma may be missing before it,"
                    + " or a parenthesis closed too early)");
        }
        return expr;
    }

    private Expr comparison() {
        Expr left = sum();
        Optional<Expr.Operator> op = comparisonOperator();
        if (op.isEmpty()) {
            return left;
        }
        Expr result = new Expr.Binary(op.get(), left, sum());
        if (comparisonOperator().isPresent()) {
            throw error("comparisons cannot be chained (write two require entries instead, e.g. \"a < b\" and"
                    + " \"b < c\")");
        }
        return result;
    }

    private Optional<Expr.Operator> comparisonOperator() {
        skipSpace();
        for (String symbol : List.of("<=", ">=", "==", "!=", "<", ">")) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return Optional.of(switch (symbol) {
                    case "<=" -> Expr.Operator.LESS_EQUAL;
                    case ">=" -> Expr.Operator.GREATER_EQUAL;
                    case "==" -> Expr.Operator.EQUAL;
                    case "!=" -> Expr.Operator.NOT_EQUAL;
                    case "<" -> Expr.Operator.LESS;
                    default -> Expr.Operator.GREATER;
                });
            }
        }
        if (peek('=')) {
            throw error("'=' is not an operator (write '==' to compare)");
        }
        return Optional.empty();
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            if (eat('+')) {
                left = new Expr.Binary(Expr.Operator.PLUS, left, product());
            } else if (eat('-')) {
                left = new Expr.Binary(Expr.Operator.MINUS, left, product());
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            if (eat('*')) {
                if (peek('*')) {
                    throw error("'**' is not an operator (write '^' for powers)");
                }
                left = new Expr.Binary(Expr.Operator.TIMES, left, unary());
            } else if (eat('/')) {
                left = new Expr.Binary(Expr.Operator.DIVIDE, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        if (eat('-')) {
            return new Expr.Neg(unary());
        }
        if (eat('+')) {
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (eat('^')) {
            return new Expr.Binary(Expr.Operator.POWER, base, unary());
        }
        return base;
    }

    private Expr atom() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the formula ends too early (a number, a name or '(' is missing at the end)");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr inner = comparison();
            if (!eat(')')) {
                throw error("missing ')' (close the parenthesis opened earlier)");
            }
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return nameOrCall();
        }
        throw error("unexpected '" + c + "' (expected a number, a name or '(')");
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        String literal = text.substring(start, pos);
        try {
            if (literal.chars().filter(ch -> ch == '.').count() > 1 || literal.equals(".")) {
                throw new NumberFormatException();
            }
            return new Expr.Num(Double.parseDouble(literal));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("'" + literal + "' is not a number (write numbers like 3, 0.25 or 1e-3)");
        }
    }

    private Expr nameOrCall() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (peek('(')) {
            Optional<Function> function = Function.named(name);
            if (function.isEmpty()) {
                pos = start;
                throw error("unknown function '" + name + "' (use one of " + functionList() + ")");
            }
            pos++;
            List<Expr> args = new ArrayList<>();
            skipSpace();
            if (!peek(')')) {
                do {
                    args.add(comparison());
                } while (eat(','));
            }
            if (!eat(')')) {
                throw error("missing ')' after the arguments of " + name + " (separate arguments with commas)");
            }
            Function f = function.get();
            if (args.size() < f.minArguments() || args.size() > f.maxArguments()) {
                pos = start;
                throw error(name + " takes " + arity(f) + " but got " + args.size()
                        + " (fix the number of arguments)");
            }
            return new Expr.Call(f, args);
        }
        return switch (name) {
            case "pi" -> new Expr.Num(Math.PI);
            case "e" -> new Expr.Num(Math.E);
            default -> {
                if (Function.named(name).isPresent()) {
                    pos = start;
                    throw error("'" + name + "' is a function (call it with parentheses, e.g. " + name + "(x))");
                }
                yield new Expr.Name(name);
            }
        };
    }

    private static String arity(Function f) {
        if (f.maxArguments() == Integer.MAX_VALUE) {
            return "one or more arguments";
        }
        return f.minArguments() == 1 ? "one argument" : f.minArguments() + " arguments";
    }

    static String functionList() {
        StringBuilder sb = new StringBuilder();
        for (Function f : Function.values()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(f.spelling());
        }
        return sb.toString();
    }

    private boolean eat(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FormulaException error(String message) {
        return new FormulaException("column " + (pos + 1) + ": " + message, pos + 1);
    }
}
