package org.aibasis.quiz.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The evaluator agrees with Java's Math and obeys the laws of precedence and associativity. */
class FormulaProperties {

    private static String lit(double x) {
        return String.format(Locale.ROOT, "(%s)", Double.toString(x)).replace("E", "e");
    }

    /** Equal as Double objects: NaN equals NaN, and -0.0 differs from 0.0. */
    private static void same(double actual, double expected) {
        assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
    }

    private static double eval(String s) {
        return Formula.parse(s).evaluate(Map.of());
    }

    @Property(seed = "20250301")
    void functionsAgreeWithJavaMath(@ForAll @DoubleRange(min = 0.01, max = 1e6) double x) {
        assertThat(eval("sqrt" + lit(x))).isEqualTo(Math.sqrt(x));
        assertThat(eval("ln" + lit(x))).isEqualTo(Math.log(x));
        assertThat(eval("log10" + lit(x))).isEqualTo(Math.log10(x));
        assertThat(eval("log2" + lit(x))).isEqualTo(Math.log(x) / Math.log(2));
        assertThat(eval("exp" + lit(x / 1e5))).isEqualTo(Math.exp(x / 1e5));
        assertThat(eval("abs(-" + lit(x) + ")")).isEqualTo(Math.abs(-x));
        assertThat(eval("floor" + lit(x))).isEqualTo(Math.floor(x));
        assertThat(eval("ceil" + lit(x))).isEqualTo(Math.ceil(x));
    }

    @Property(seed = "20250302")
    void binaryOperatorsAgreeWithJava(@ForAll @DoubleRange(min = -1e3, max = 1e3) double a,
                                      @ForAll @DoubleRange(min = -1e3, max = 1e3) double b) {
        same(eval(lit(a) + " + " + lit(b)), a + b);
        same(eval(lit(a) + " - " + lit(b)), a - b);
        same(eval(lit(a) + " * " + lit(b)), a * b);
        same(eval(lit(a) + " / " + lit(b)), a / b);
        same(eval(lit(Math.abs(a)) + " ^ " + lit(b / 100)), Math.pow(Math.abs(a), b / 100));
        same(eval(lit(a) + " < " + lit(b)), a < b ? 1 : 0);
    }

    @Property(seed = "20250303")
    void precedenceAndAssociativityLaws(@ForAll("small") double a, @ForAll("small") double b,
                                        @ForAll("small") double c) {
        String x = lit(a);
        String y = lit(b);
        String z = lit(c);
        // * binds tighter than +, and / tighter than -
        assertThat(eval(x + " + " + y + " * " + z)).isEqualTo(eval(x + " + (" + y + " * " + z + ")"));
        assertThat(eval(x + " - " + y + " / " + z)).isEqualTo(eval(x + " - (" + y + " / " + z + ")"));
        // - and / are left associative
        assertThat(eval(x + " - " + y + " - " + z)).isEqualTo(eval("(" + x + " - " + y + ") - " + z));
        assertThat(eval(x + " / " + y + " / " + z)).isEqualTo(eval("(" + x + " / " + y + ") / " + z));
        // ^ is right associative and binds tighter than unary minus
        String pa = lit(Math.abs(a) % 3);
        String pb = lit(Math.abs(b) % 2);
        String pc = lit(Math.abs(c) % 2);
        assertThat(eval(pa + " ^ " + pb + " ^ " + pc)).isEqualTo(eval(pa + " ^ (" + pb + " ^ " + pc + ")"));
        assertThat(eval("-" + pa + " ^ 2")).isEqualTo(-eval(pa + " ^ 2"));
        // unary minus and subtraction agree
        assertThat(eval(x + " + -" + y)).isEqualTo(eval(x + " - " + y));
    }

    @Provide
    Arbitrary<Double> small() {
        return Arbitraries.doubles().between(-100, 100).filter(d -> d != 0);
    }

    @Property(seed = "20250304")
    void varargsFunctionsAgreeWithADirectComputation(
            @ForAll @Size(min = 1, max = 12) java.util.List<@DoubleRange(min = -1e3, max = 1e3) Double> xs) {
        String args = String.join(", ", xs.stream().map(FormulaProperties::lit).toList());
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        double mean = sum / xs.size();
        double squares = 0;
        for (double x : xs) {
            squares += (x - mean) * (x - mean);
        }
        assertThat(eval("min(" + args + ")")).isEqualTo(xs.stream().mapToDouble(d -> d).min().orElseThrow());
        assertThat(eval("max(" + args + ")")).isEqualTo(xs.stream().mapToDouble(d -> d).max().orElseThrow());
        assertThat(eval("sum(" + args + ")")).isEqualTo(sum);
        assertThat(eval("mean(" + args + ")")).isEqualTo(mean);
        assertThat(eval("std(" + args + ")")).isEqualTo(Math.sqrt(squares / xs.size()));
    }

    @Property(seed = "20250305")
    void chooseSatisfiesPascalsRule(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(max = 40) int k) {
        double left = eval("choose(" + n + ", " + k + ")");
        double right = k == 0 ? 1 : eval("choose(" + (n - 1) + ", " + (k - 1) + ") + choose(" + (n - 1) + ", " + k
                + ")");
        assertThat(left).isEqualTo(right);
        assertThat(eval("choose(" + n + ", " + k + ")")).isEqualTo(k > n ? 0 : eval("choose(" + n + ", " + (n - k)
                + ")"));
    }

    @Property(seed = "20250306")
    void randomExpressionTreesEvaluateLikeTheirJavaMeaning(@ForAll("trees") Tree tree) {
        double expected = tree.value();
        double actual = eval(tree.text());
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** An expression with its text (fully parenthesized) and its value computed by Java. */
    record Tree(String text, double value) {
    }

    @Provide
    Arbitrary<Tree> trees() {
        return tree(4);
    }

    private Arbitrary<Tree> tree(int depth) {
        Arbitrary<Tree> leaf = Arbitraries.integers().between(-20, 20).map(i -> new Tree("(" + i + ")", i));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Tree> sub = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<Tree> binary = Combinators.combine(sub, sub, Arbitraries.of('+', '-', '*', '/'))
                .as((l, r, op) -> new Tree("(" + l.text() + " " + op + " " + r.text() + ")", switch (op) {
                    case '+' -> l.value() + r.value();
                    case '-' -> l.value() - r.value();
                    case '*' -> l.value() * r.value();
                    default -> l.value() / r.value();
                }));
        Arbitrary<Tree> neg = sub.map(t -> new Tree("(-" + t.text() + ")", -t.value()));
        Arbitrary<Tree> max = Combinators.combine(sub, sub).as((l, r) -> new Tree("max(" + l.text() + ", " + r.text()
                + ")", Math.max(l.value(), r.value())));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(4, binary), net.jqwik.api.Tuple.of(1, neg),
                net.jqwik.api.Tuple.of(1, max));
    }
}
