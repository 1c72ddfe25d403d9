package org.aibasis.grader.cli.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Tolerance;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.Test;

/** How a typed line becomes a response. */
class QuizPracticeAnswersTests {
    private static final Question.Common COMMON = new Question.Common("q", 1, Optional.empty(), Text.both("?"),
            Text.both("because"), List.of(), List.of(), 1);
    private static final List<Option> OPTIONS = List.of(opt("o1"), opt("o2"), opt("o3"));

    private static Option opt(String id) {
        return new Option(id, Text.both(id), id.equals("o1"), Optional.empty());
    }

    private static PosedQuestion multiple() {
        return new PosedQuestion("b", "rl", new Question.MultipleResponse(COMMON, OPTIONS, true, Optional.empty()), 1,
                java.util.Map.of(), new Key.Options(Set.of("o1"), Scheme.ALL_OR_NOTHING), List.of("o3", "o1", "o2"));
    }

    private static Answers.Parsed parse(PosedQuestion q, String line) {
        return Answers.parse(q, line, Language.EN);
    }

    @Test
    void lettersMapToOptionIdsInDisplayedOrder() {
        assertThat(parse(multiple(), "ac")).isEqualTo(new Answers.Parsed.Ok(new Response.Ticked(Set.of("o3", "o2"))));
        assertThat(parse(multiple(), " A, c ")).isEqualTo(parse(multiple(), "AC"));
        assertThat(parse(multiple(), "2")).isEqualTo(new Answers.Parsed.Ok(new Response.Ticked(Set.of("o1"))));
        assertThat(parse(multiple(), "-")).isEqualTo(new Answers.Parsed.Ok(new Response.Ticked(Set.of())));
        assertThat(parse(multiple(), "AD")).isInstanceOf(Answers.Parsed.Again.class);
    }

    @Test
    void singleChoiceTakesExactlyOneLetter() {
        PosedQuestion single = new PosedQuestion("b", "rl", new Question.SingleChoice(COMMON, OPTIONS, true), 1,
                java.util.Map.of(), new Key.OneOption("o1"), List.of("o1", "o2", "o3"));
        assertThat(parse(single, "b")).isEqualTo(new Answers.Parsed.Ok(new Response.Ticked(Set.of("o2"))));
        assertThat(parse(single, "AB")).isEqualTo(new Answers.Parsed.Again("Type one letter, A to C."));
    }

    @Test
    void truthAndNumbers() {
        PosedQuestion tf = new PosedQuestion("b", "rl", new Question.TrueFalse(COMMON, true), 1, java.util.Map.of(),
                new Key.Truth(true), List.of());
        assertThat(parse(tf, "F")).isEqualTo(new Answers.Parsed.Ok(new Response.Truth(false)));
        assertThat(parse(tf, "对")).isEqualTo(new Answers.Parsed.Ok(new Response.Truth(true)));
        assertThat(parse(tf, "maybe")).isInstanceOf(Answers.Parsed.Again.class);
        PosedQuestion num = new PosedQuestion("b", "rl", new Question.Numeric(COMMON,
                new org.aibasis.quiz.bank.LocatedFormula(org.aibasis.quiz.formula.Formula.constant(2), 1), Tolerance.DEFAULT), 1,
                java.util.Map.of(), new Key.Number(2, Tolerance.DEFAULT), List.of());
        assertThat(parse(num, "-1.5e-3")).isEqualTo(new Answers.Parsed.Ok(new Response.Number(-0.0015)));
        assertThat(parse(num, "NaN")).isEqualTo(new Answers.Parsed.Again("Type a number, e.g. 0.25 or -3."));
        assertThat(parse(num, "0x10")).isInstanceOf(Answers.Parsed.Again.class);
    }
}
