package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.BankParser;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Tolerance;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The translation of one formula at a time into Moodle's syntax, each expected string written by hand from the rule
 * (quizzes/README.md, "Moodle GIFT and XML"), and every reason for staying one fixed variant.
 */
class MoodleCalculatedTests {

    /** A bank {@code t} whose one question {@code q} is written by {@code body}: its keys after {@code id: q}. */
    static Bank oneQuestion(String body) {
        String yaml = "bank: t\ntopic: rl\ntitle: {en: \"T\", zh: \"T\"}\nquestions:\n  - id: q\n" + body.indent(4);
        BankParser.Result r = Fixtures.parse("t", yaml);
        assertThat(r.problems()).as(yaml).isEmpty();
        return r.bank().orElseThrow();
    }

    /** A numeric question over a, b, c in 1..5 and n in 4..9, plus the given parameters and keys. */
    private static Bank bank(String answer, String extraParams, String more) {
        return oneQuestion("""
                type: numeric
                params:
                  a: {min: 1, max: 5}
                  b: {min: 1, max: 5}
                  c: {min: 1, max: 5}
                  n: {min: 4, max: 9}
                %s
                answer: "%s"
                tolerance: {abs: 0.01, rel: 0}
                text: {en: "a = {a}, b = {b}, c = {c}, n = {n}", zh: "a = {a}，b = {b}，c = {c}，n = {n}"}
                explanation: {en: "answer {answer:3}", zh: "答案 {answer:3}"}
                %s""".formatted(extraParams, answer, more));
    }

    private static MoodleCalculated.Result result(Bank bank) {
        return MoodleCalculated.of(bank, bank.questions().get(0));
    }

    private static MoodleCalculated.Calculated calculated(Bank bank) {
        MoodleCalculated.Result r = result(bank);
        assertThat(r).isInstanceOf(MoodleCalculated.Calculated.class);
        return (MoodleCalculated.Calculated) r;
    }

    private static String fallback(Bank bank) {
        MoodleCalculated.Result r = result(bank);
        assertThat(r).isInstanceOf(MoodleCalculated.Fallback.class);
        return ((MoodleCalculated.Fallback) r).reason();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a ^ b                    | pow({a},{b})
            a ^ b ^ 2                | pow({a},pow({b},2))
            ln(a)                    | log({a})
            log2(a)                  | log({a})/log(2)
            b / log2(a)              | {b}/(log({a})/log(2))
            log10(a) + exp(b)        | log10({a})+exp({b})
            sqrt(a) * abs(b - c)     | sqrt({a})*abs({b}-{c})
            floor(a / b) + ceil(c)   | floor({a}/{b})+ceil({c})
            pi * a                   | pi()*{a}
            e ^ a                    | pow(exp(1),{a})
            round(a / b)             | floor({a}/{b}+0.5)
            round(-a / 2)            | floor((-{a})/2+0.5)
            sum(a, b, c)             | {a}+{b}+{c}
            2 * sum(a, b)            | 2*({a}+{b})
            mean(a, b)               | ({a}+{b})/2
            min(a) + max(a, b, 2)    | {a}+max({a},{b},2)
            min(a - b, c)            | min({a}-{b},{c})
            a - (b - c)              | {a}-({b}-{c})
            a - b - c                | {a}-{b}-{c}
            a + (b + c)              | {a}+({b}+{c})
            (a + b) * c              | ({a}+{b})*{c}
            a / (b * c)              | {a}/({b}*{c})
            a * (b / c)              | {a}*({b}/{c})
            -a ^ 2                   | -pow({a},2)
            a * -b                   | {a}*(-{b})
            a - -b                   | {a}-(-{b})
            -(a + b)                 | -({a}+{b})
            - -a                     | -(-{a})
            1e-3 * a                 | 0.001*{a}
            1e21 * a                 | 1000000000000000000000*{a}
            exp(0) * a               | exp(0.0)*{a}
            """)
    void translatesEachRule(String ours, String moodle) {
        Bank bank = bank(ours, "", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.answer()).isEqualTo(moodle);
        assertThat(MoodlePhp.formulaErrors(c.answer())).isEmpty();
        keysAgree(bank, c);
    }

    /** std over two values, written out as our engine computes it (mean first, squares summed from the left). */
    @Test
    void stdIsWrittenOutInTheEnginesOrder() {
        Bank bank = bank("std(a, b)", "", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.answer()).isEqualTo(
                "sqrt((({a}-({a}+{b})/2)*({a}-({a}+{b})/2)+({b}-({a}+{b})/2)*({b}-({a}+{b})/2))/2)");
        // a = 1, b = 3: mean 2, squares 1 + 1, std sqrt(2 / 2) = 1
        assertThat(MoodlePhp.evaluate(c.answer(), Map.of("a", "1", "b", "3"))).isEqualTo(1.0);
        keysAgree(bank, c);
    }

    @Test
    void derivedParametersAreInlinedIntoTheAnswerAndTheTexts() {
        Bank bank = bank("e2 * 2", "  d: \"a + b\"\n  e2: \"d / c\"\n", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.answer()).isEqualTo("({a}+{b})/{c}*2");
        assertThat(c.wildcards()).containsExactly("a", "b", "c", "n");
        assertThat(c.explanation().en()).isEqualTo("answer {=round(({a}+{b})/{c}*2,3)}");
        assertThat(c.text().en()).as("drawn whole numbers print as Moodle prints dataset values")
                .isEqualTo("a = {a}, b = {b}, c = {c}, n = {n}");
    }

    /**
     * Our round rounds halves up: round(-2.5) = -2. PHP's round rounds them away from zero (-3), so round is written
     * as floor(x + 0.5), our definition, and never as PHP's round.
     */
    @Test
    void roundOfANegativeHalfKeepsOurMeaning() {
        Bank bank = bank("round(x)", "  x: {values: [-2.5, -1.5, 0.5, 2.5]}\n", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.answer()).isEqualTo("floor({x}+0.5)");
        assertThat(MoodlePhp.evaluate(c.answer(), Map.of("x", "-2.5"))).isEqualTo(-2.0);
        assertThat(MoodlePhp.evaluate("round({x})", Map.of("x", "-2.5"))).as("what PHP's round would give")
                .isEqualTo(-3.0);
        assertThat(c.items()).extracting(i -> i.values().get("x")).contains(-2.5);
        keysAgree(bank, c);
    }

    @Test
    void chooseStaysOneFixedVariant() {
        assertThat(fallback(bank("choose(n, 2)", "", ""))).isEqualTo("the answer uses choose(n, k), which Moodle's"
                + " formulas lack (no binomial or factorial function)");
    }

    @ParameterizedTest
    @CsvSource({"(a < b) * 2 + a, <", "a + (b >= c), >=", "(a == b) + c, ==", "(a != b) * c, !="})
    void comparisonsStayOneFixedVariant(String answer, String operator) {
        assertThat(fallback(bank(answer, "", ""))).isEqualTo("the answer compares with '" + operator
                + "', which Moodle's formulas lack");
    }

    @Test
    void aDerivedParameterTheTextsPrintMustBeTranslatableToo() {
        Bank unused = bank("a + b", "  pairs: \"choose(n, 2)\"\n", "");
        Bank withText = oneQuestion("""
                type: numeric
                params:
                  n: {min: 4, max: 9}
                  pairs: "choose(n, 2)"
                answer: "n * 2"
                text: {en: "n = {n}", zh: "n = {n}"}
                explanation: {en: "{pairs} pairs", zh: "{pairs} 对"}
                """);
        assertThat(fallback(withText)).isEqualTo("a text prints {pairs}, whose formula uses choose(n, k), which"
                + " Moodle's formulas lack (no binomial or factorial function)");
        assertThat(calculated(unused).answer()).as("choose only in an unused derived parameter does not matter")
                .isEqualTo("{a}+{b}");
    }

    @Test
    void aDerivedParameterUsedOnlyInRequireNeedsNoTranslation() {
        Bank bank = bank("a * b", "  k: \"choose(n, 2)\"\n", "require: [\"k > a\", \"a < b\"]\n");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.answer()).isEqualTo("{a}*{b}");
        assertThat(c.items()).allMatch(i -> i.values().get("a") < i.values().get("b"));
    }

    @Test
    void aChoiceQuestionStaysOneFixedVariant() {
        Bank bank = oneQuestion("""
                type: single
                params:
                  a: {min: 1, max: 5}
                text: {en: "Is {a} small?", zh: "{a} 小吗？"}
                options:
                  - {text: {en: "yes", zh: "是"}, correct: true}
                  - {text: {en: "no", zh: "否"}}
                explanation: {en: "{a} < 6", zh: "{a} < 6"}
                """);
        assertThat(fallback(bank)).isEqualTo("a single question: Moodle's calculated questions are numeric, and"
                + " calculatedmulti is not written");
    }

    @ParameterizedTest
    @CsvSource({"_a", "mlang"})
    void aParameterThatCannotBeAWildcardStaysOneFixedVariant(String name) {
        Bank bank = bank(name + " * 2", "  " + name + ": {values: [1, 2]}\n", "");
        assertThat(fallback(bank)).isEqualTo("parameter " + name + " cannot be a Moodle wildcard (a name starts with a"
                + " letter, and mlang is taken by the language tags)");
    }

    @Test
    void aLiteralBraceThatMoodleWouldFillStaysOneFixedVariant() {
        Bank bank = oneQuestion("""
                type: numeric
                params:
                  a: {min: 1, max: 5}
                answer: "a * 2"
                text: {en: "Write {{a}} for a = {a}", zh: "a = {a}"}
                explanation: {en: "2a", zh: "2a"}
                """);
        assertThat(fallback(bank)).isEqualTo("a text writes {a} literally, which Moodle would fill in");
    }

    @Test
    void aKeyWithoutParametersStaysOneFixedVariant() {
        assertThat(fallback(bank("2 + 3", "", ""))).isEqualTo("the key does not depend on the parameters (Moodle"
                + " wants a wildcard in the answer formula)");
    }

    /** a = 0 gives 1 / (1 + infinity) = 0 for us; PHP 8 throws on 1 / 0, so such draws are left out, with a note. */
    @Test
    void drawsWithAZeroDivisorAreLeftOut() {
        Bank bank = bank("1 / (1 + 1 / x)", "  x: {values: [0, 1, 2, 3]}\n", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.items()).extracting(i -> i.values().get("x")).doesNotContain(0.0).contains(1.0, 2.0, 3.0);
        assertThat(c.notes()).anyMatch(n -> n.contains("draws were left out") && n.contains("division by 0"));
        keysAgree(bank, c);
    }

    @Test
    void theFirstItemIsTheFixedVariantAndItemsDiffer() {
        Bank bank = bank("a * b", "", "");
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.items().get(0).values()).isEqualTo(ExportVariant.of(bank, bank.questions().get(0)).values());
        assertThat(c.items()).hasSize(MoodleCalculated.ITEMS).doesNotHaveDuplicates();
    }

    @Test
    void decimalsAndSmallNumbersInTextsComeAsCloseAsMoodleAllows() {
        Bank bank = oneQuestion("""
                type: numeric
                params:
                  a: {min: 1, max: 5}
                  tiny: "a / 100000"
                  half: "a / 2"
                answer: "a * 2"
                tolerance: {abs: 0.01, rel: 0}
                text: {en: "{a:2} {half} {tiny}", zh: "{a}"}
                explanation: {en: "{answer}", zh: "{answer}"}
                """);
        MoodleCalculated.Calculated c = calculated(bank);
        assertThat(c.text().en()).isEqualTo("{=round({a},2)} {=round({a}/2,4)} {={a}/100000}");
        assertThat(c.explanation().en()).isEqualTo("{=round({a}*2,4)}");
        assertThat(c.notes()).containsExactly("{tiny} prints with PHP's 14 significant digits, since some values are"
                + " below 0.001 (where we print 4 significant digits) or too large for 4 decimals");
    }

    @Test
    void toleranceWithOnePartIsExact() {
        assertThat(MoodleTolerance.of(new Tolerance(0.005, 0), List.of(1.0, 2.0))).isEqualTo(new MoodleTolerance(
                List.of(new MoodleTolerance.Part(MoodleTolerance.NOMINAL, 0.005)), Optional.empty()));
        assertThat(MoodleTolerance.of(new Tolerance(0, 0.01), List.of(1.0, 2.0))).isEqualTo(new MoodleTolerance(
                List.of(new MoodleTolerance.Part(MoodleTolerance.RELATIVE, 0.01)), Optional.empty()));
    }

    /**
     * abs 0.01 + rel 0.001 for keys 10, 40, 100: nominal 0.01 + 0.001 * 10 = 0.02, relative 0.001 + 0.01 / 100 =
     * 0.0011. At 40 ours is 0.05 and the better of the two is 0.0011 * 40 = 0.044, i.e. 88%.
     */
    @Test
    void toleranceWithBothPartsIsTwoAnswersNeverWiderThanOurs() {
        MoodleTolerance t = MoodleTolerance.of(new Tolerance(0.01, 0.001), List.of(10.0, 40.0, 100.0));
        assertThat(t.answers()).containsExactly(new MoodleTolerance.Part(MoodleTolerance.NOMINAL, 0.02),
                new MoodleTolerance.Part(MoodleTolerance.RELATIVE, 0.0011));
        assertThat(t.note()).hasValueSatisfying(n -> assertThat(n).contains("nominal 0.02 and relative 0.0011")
                .contains("at least 88.0% of our range"));
        // never wider anywhere between the smallest and the largest key (of either sign)
        for (double key = 10; key <= 100; key += 0.5) {
            for (MoodleTolerance.Part p : t.answers()) {
                assertThat(p.around(key)).isLessThanOrEqualTo(new Tolerance(0.01, 0.001).around(key) + 1e-15);
                assertThat(p.around(-key)).isLessThanOrEqualTo(new Tolerance(0.01, 0.001).around(-key) + 1e-15);
            }
        }
        assertThat(MoodleTolerance.of(new Tolerance(0.01, 0.01), List.of(1.8, 5.0)).answers().get(0).value())
                .as("0.01 + 0.01 * 1.8 without floating-point noise").isEqualTo(0.028);
    }

    /** Moodle computes the same key as our engine for every dataset item (its arithmetic as modelled by MoodlePhp). */
    private static void keysAgree(Bank bank, MoodleCalculated.Calculated c) {
        Question q = bank.questions().get(0);
        assertThat(c.items()).isNotEmpty();
        for (MoodleCalculated.Item item : c.items()) {
            Map<String, String> dataset = new LinkedHashMap<>();
            c.wildcards().forEach(w -> dataset.put(w, Weights.number(item.values().get(w))));
            double ours = ((Key.Number) Variants.key(bank, q, item.values(), Optional.empty())).value();
            assertThat(MoodlePhp.evaluate(c.answer(), dataset)).as("%s for %s", c.answer(), dataset)
                    .isCloseTo(ours, within(1e-12 * Math.max(1, Math.abs(ours))));
        }
    }
}
