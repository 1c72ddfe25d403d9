package org.aibasis.quiz.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTests {

    private static double eval(String source, Map<String, Double> values) {
        return Formula.parse(source).evaluate(values);
    }

    private static double eval(String source) {
        return eval(source, Map.of());
    }

    @Test
    void arithmeticFollowsTheUsualPrecedence() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9);
        assertThat(eval("8 / 4 / 2")).isEqualTo(1);
        assertThat(eval("10 - 3 - 2")).isEqualTo(5);
        assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512);
        assertThat(eval("-2 ^ 2")).isEqualTo(-4);
        assertThat(eval("2 ^ -1")).isEqualTo(0.5);
        assertThat(eval("--3")).isEqualTo(3);
        assertThat(eval("1e-3 * 1000")).isEqualTo(1);
        assertThat(eval(".5 + 0.25")).isEqualTo(0.75);
    }

    @Test
    void constantsAndParameters() {
        assertThat(eval("pi")).isEqualTo(Math.PI);
        assertThat(eval("e")).isEqualTo(Math.E);
        assertThat(eval("q + c * sqrt(ln(t) / n)", Map.of("q", 0.5, "c", 2.0, "t", 20.0, "n", 4.0)))
                .isCloseTo(0.5 + 2 * Math.sqrt(Math.log(20) / 4), within(1e-12));
        assertThat(Formula.parse("q + c * sqrt(ln(t) / n) + pi").names()).containsExactly("q", "c", "t", "n");
    }

    @Test
    void functions() {
        assertThat(eval("sqrt(16)")).isEqualTo(4);
        assertThat(eval("log2(8)")).isCloseTo(3, within(1e-12));
        assertThat(eval("log10(1000)")).isCloseTo(3, within(1e-12));
        assertThat(eval("exp(0)")).isEqualTo(1);
        assertThat(eval("abs(-3)")).isEqualTo(3);
        assertThat(eval("floor(-1.5)")).isEqualTo(-2);
        assertThat(eval("ceil(1.2)")).isEqualTo(2);
        assertThat(eval("round(2.5)")).isEqualTo(3);
        assertThat(eval("round(-2.5)")).isEqualTo(-2);
        assertThat(eval("min(3, 1, 2)")).isEqualTo(1);
        assertThat(eval("max(3, 1, 2, 7)")).isEqualTo(7);
        assertThat(eval("sum(1, 2, 3, 4)")).isEqualTo(10);
        assertThat(eval("mean(1, 2, 3, 4)")).isEqualTo(2.5);
        // population std of 2,4,4,4,5,5,7,9 is 2 (the textbook example)
        assertThat(eval("std(2, 4, 4, 4, 5, 5, 7, 9)")).isEqualTo(2);
        assertThat(eval("max(5)")).isEqualTo(5);
        assertThat(eval("choose(5, 2)")).isEqualTo(10);
        assertThat(eval("choose(52, 5)")).isEqualTo(2598960);
        assertThat(eval("choose(3, 5)")).isZero();
        assertThat(eval("choose(4, 0)")).isEqualTo(1);
        assertThat(eval("choose(2.5, 1)")).isNaN();
    }

    @Test
    void comparisonsGiveOneOrZero() {
        assertThat(eval("1 < 2")).isEqualTo(1);
        assertThat(eval("2 <= 1")).isZero();
        assertThat(eval("1 + 1 == 2")).isEqualTo(1);
        assertThat(eval("3 != 3")).isZero();
        assertThat(eval("n < t", Map.of("n", 3.0, "t", 20.0))).isEqualTo(1);
    }

    @Test
    void domainErrorsGiveNaNOrInfinityNotExceptions() {
        assertThat(eval("sqrt(-1)")).isNaN();
        assertThat(eval("ln(0)")).isInfinite();
        assertThat(eval("1 / 0")).isInfinite();
    }

    @Test
    void syntaxErrorsSayWhereAndWhatToDo() {
        assertThatThrownBy(() -> Formula.parse("1 + * 2")).isInstanceOf(FormulaException.class)
                .hasMessageContaining("column 5").hasMessageContaining("expected a number");
        assertThatThrownBy(() -> Formula.parse("(1 + 2")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Formula.parse("foo(1)")).hasMessageContaining("unknown function 'foo'")
                .hasMessageContaining("sqrt");
        assertThatThrownBy(() -> Formula.parse("choose(1)")).hasMessageContaining("choose takes 2 arguments");
        assertThatThrownBy(() -> Formula.parse("min()")).hasMessageContaining("one or more arguments");
        assertThatThrownBy(() -> Formula.parse("2 ** 3")).hasMessageContaining("'^'");
        assertThatThrownBy(() -> Formula.parse("a = b")).hasMessageContaining("'=='");
        assertThatThrownBy(() -> Formula.parse("1 < 2 < 3")).hasMessageContaining("chained");
        assertThatThrownBy(() -> Formula.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Formula.parse("1.2.3")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Formula.parse("sqrt + 1")).hasMessageContaining("is a function");
        assertThatThrownBy(() -> Formula.parse("2 3")).hasMessageContaining("unexpected '3'");
        FormulaException e = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class,
                () -> Formula.parse("1 + $"));
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void unknownNameAtEvaluationIsReported() {
        assertThatThrownBy(() -> eval("x + 1")).isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown name 'x'");
    }
}
