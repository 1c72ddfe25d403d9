package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test model of Moodle's PHP checked against Moodle's own expectations: the formulas of
 * {@code formula_validation_test} (moodle/moodle {@code question/type/calculated/tests/formula_validation_test.php})
 * and what PHP's manual says about its operators and float printing.
 */
class MoodlePhpTests {

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 + 1", "{x} + {y}", "{x}*{y}", "{x}*({y}+1)", "abs(-1)", "tan(pi())", "log(10)",
            "log(64, 2)", "atan2(1.0, 1.0)", "max(1.0, 1.0)", "max(1.0, 1.0, 2.0)", "max(1.0, 1.0, 2, 3)"})
    void acceptsWhatMoodleAccepts(String formula) {
        assertThat(MoodlePhp.formulaErrors(formula)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{a{b}}", "{a}({b})", "2({b})", "# No need for this.", "/* Also blocked. */",
            "1 + 1 /* Blocked too. */", "// As is this.", "1/*2", "/*{a*///{x}}", "eval(1)", "system(1)",
            "base64_decode(1)", "unserialize(1)", "cos(tan(1) + abs(cos(eval)) * pi())", "eval (CONSTANTREADASSTRING)",
            "eval \t ()", "\"eval\"()", "?><?php()", "?><?php+1", "abs(-1, 1)", "abs()", "pi(1)", "log()",
            "log(64, 2, 3)", "atan2(1.0)", "atan2(1.0, 1.0, 2.0)", "max(1.0)",
            // not in Moodle's test: ^ is no longer let through, and PHP's empty("0") rejects a lone 0 argument
            "pow({a},2)^2", "exp(0)"})
    void rejectsWhatMoodleRejects(String formula) {
        assertThat(MoodlePhp.formulaErrors(formula)).isPresent();
    }

    @Test
    void computesLikePhp() {
        // unary minus binds tighter than *, and a negative value is substituted in parentheses
        assertThat(MoodlePhp.evaluate("-{a}*2-{b}/4", Map.of("a", "3", "b", "-2"))).isEqualTo(-5.5);
        assertThat(MoodlePhp.evaluate("pow(2,-1)+log(exp(2))+log(8,2)+min(3,1,2)", Map.of())).isCloseTo(6.5,
                within(1e-12));
        assertThat(MoodlePhp.evaluate("round(2.5)+round(-2.5)+round(1.955,2)", Map.of())).isEqualTo(1.96);
        assertThatThrownBy(() -> MoodlePhp.evaluate("1/({a}-1)", Map.of("a", "1")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MoodlePhp.evaluate("{a}--{b}", Map.of("a", "1", "b", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** PHP 8 with precision 14: echo 0.1 + 0.2 prints 0.3, 1/3 0.33333333333333, 1e-5 1.0E-5, 2.0 prints 2. */
    @Test
    void printsFloatsLikePhp() {
        assertThat(MoodlePhp.string(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(MoodlePhp.string(1.0 / 3)).isEqualTo("0.33333333333333");
        assertThat(MoodlePhp.string(1e-5)).isEqualTo("1.0E-5");
        assertThat(MoodlePhp.string(0.0001)).isEqualTo("0.0001");
        assertThat(MoodlePhp.string(-1.25e-7)).isEqualTo("-1.25E-7");
        assertThat(MoodlePhp.string(2.0)).isEqualTo("2");
        assertThat(MoodlePhp.string(1e15)).isEqualTo("1.0E+15");
        assertThat(MoodlePhp.replaceExpressionsInText("{a} and {={a}/4}", Map.of("a", "3"))).isEqualTo("3 and 0.75");
    }
}
