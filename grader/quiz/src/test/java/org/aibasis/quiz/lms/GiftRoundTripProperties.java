package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.LocatedFormula;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Tolerance;
import org.aibasis.quiz.formula.Formula;

/** import(export(bank)) keeps every question, key, weight and feedback, texts full of GIFT's special characters. */
class GiftRoundTripProperties {
    private static final Path FILE = Path.of("quizzes", "gen.yaml");

    @Property(seed = "31337", tries = 300)
    void giftRoundTripInEnglish(@ForAll("banks") Bank bank) {
        roundTrip(bank, LmsLanguage.EN);
    }

    @Property(seed = "31338", tries = 200)
    void giftRoundTripInBothLanguages(@ForAll("banks") Bank bank) {
        roundTrip(bank, LmsLanguage.BOTH);
    }

    private static void roundTrip(Bank bank, LmsLanguage language) {
        String gift = Gift.export(bank, language);
        GiftImport imported = Gift.parse(Path.of("gen.gift"), gift);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).hasSameSizeAs(bank.questions());
        for (int i = 0; i < bank.questions().size(); i++) {
            same(bank, bank.questions().get(i), imported.questions().get(i), language);
        }
        // weights included: exporting what was imported gives the same text
        Bank again = new Bank(bank.id(), bank.topic(), bank.title(), bank.scheme(), imported.questions(), bank.file());
        assertThat(Gift.export(again, language)).isEqualTo(gift);
    }

    private static void same(Bank bank, Question original, Question back, LmsLanguage language) {
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.type()).isEqualTo(original.type());
        assertThat(back.points()).isEqualTo(original.points());
        assertThat(back.common().source()).isEqualTo(original.common().source());
        text(back.common().text(), original.common().text(), language);
        text(back.common().explanation(), original.common().explanation(), language);
        switch (original) {
            case Question.SingleChoice s -> options(((Question.SingleChoice) back).options(), s.options(), language);
            case Question.MultipleResponse m -> {
                Question.MultipleResponse b = (Question.MultipleResponse) back;
                options(b.options(), m.options(), language);
                assertThat(b.scheme()).contains(m.scheme().orElse(bank.scheme()));
            }
            case Question.TrueFalse t -> assertThat(((Question.TrueFalse) back).answer()).isEqualTo(t.answer());
            case Question.Numeric n -> {
                Question.Numeric b = (Question.Numeric) back;
                assertThat(b.answer().formula().evaluate(Map.of())).isEqualTo(n.answer().formula().evaluate(Map.of()));
                assertThat(b.tolerance()).isEqualTo(n.tolerance());
            }
        }
    }

    private static void options(List<Option> back, List<Option> original, LmsLanguage language) {
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(back.get(i).id()).isEqualTo(original.get(i).id());
            assertThat(back.get(i).correct()).isEqualTo(original.get(i).correct());
            text(back.get(i).text(), original.get(i).text(), language);
            assertThat(back.get(i).feedback().isPresent()).isEqualTo(original.get(i).feedback().isPresent());
            Option o = original.get(i);
            back.get(i).feedback().ifPresent(f -> text(f, o.feedback().orElseThrow(), language));
        }
    }

    private static void text(Text back, Text original, LmsLanguage language) {
        switch (language) {
            case EN -> assertThat(back.en()).isEqualTo(original.en());
            case ZH -> assertThat(back.zh()).isEqualTo(original.zh());
            case BOTH -> assertThat(back).isEqualTo(original);
        }
    }

    // ---- generators ----

    private static Arbitrary<String> strings() {
        return Arbitraries.strings().withChars("ab xyz~=#{}:\\%[]-_.,?!\n'\"<>&中文")
                .ofMinLength(1).ofMaxLength(25)
                .filter(s -> s.strip().equals(s) && !s.isEmpty())
                .filter(s -> Placeholders.fill(s, Map.of()).equals(s) && !s.contains("mlang"));
    }

    private static Arbitrary<Text> texts() {
        return Combinators.combine(strings(), strings()).as(Text::new);
    }

    private static Arbitrary<Question.Common> common(int index) {
        return Combinators.combine(Arbitraries.of(1.0, 2.0, 0.5), Arbitraries.of("past-exam", "notes").optional(),
                texts(), texts()).as((points, source, text, explanation) -> new Question.Common("q" + index, points,
                source, text, explanation, List.of(), List.of(), 0));
    }

    private static Arbitrary<List<Option>> options(boolean single) {
        return Arbitraries.integers().between(2, 8).flatMap(n -> Combinators.combine(
                texts().list().ofSize(n), texts().optional().list().ofSize(n),
                Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(1, (1 << n) - 1))
                .as((texts, feedback, oneCorrect, mask) -> {
                    List<Option> options = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        boolean correct = single ? i == oneCorrect : (mask >> i & 1) == 1;
                        options.add(new Option("o" + (i + 1), texts.get(i), correct, feedback.get(i)));
                    }
                    return options;
                }));
    }

    private static Arbitrary<Question> question(int index) {
        Arbitrary<Question> single = Combinators.combine(common(index), options(true))
                .as((c, o) -> new Question.SingleChoice(c, o, true));
        Arbitrary<Question> multiple = Combinators.combine(common(index), options(false),
                Arbitraries.of(Scheme.class).optional())
                .as((c, o, s) -> new Question.MultipleResponse(c, o, true, s));
        Arbitrary<Question> tf = Combinators.combine(common(index), Arbitraries.of(true, false))
                .as(Question.TrueFalse::new);
        Arbitrary<Question> numeric = Combinators.combine(common(index), Arbitraries.integers().between(-4000, 4000),
                Arbitraries.of(0.0, 0.01, 0.5, 2.0)).as((c, k, tol) -> new Question.Numeric(c,
                new LocatedFormula(Formula.constant(k / 4.0), 0), new Tolerance(tol, 0)));
        return Arbitraries.oneOf(single, multiple, tf, numeric);
    }

    @Provide
    Arbitrary<Bank> banks() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> {
            List<Arbitrary<Question>> questions = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                questions.add(question(i));
            }
            return Combinators.combine(Combinators.combine(questions).as(List::copyOf), Arbitraries.of(Scheme.class))
                    .as((qs, scheme) -> new Bank("gen", "rl", Text.both("Generated"), scheme, qs, FILE));
        });
    }
}
