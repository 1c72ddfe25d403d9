package org.aibasis.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.quiz.variant.Variants;
import org.junit.jupiter.api.Test;

class MarkerTests {
    private final Bank bank = Fixtures.demo();

    private PosedQuestion posed(int index) {
        return Variants.pose(bank, bank.questions().get(index), 7, Optional.empty());
    }

    @Test
    void singleChoice() {
        PosedQuestion q = posed(0);
        QuestionResult right = Marker.score(q, new Response.Ticked(Set.of("o1")));
        assertThat(right.outcome()).isInstanceOf(Verdict.Correct.class);
        assertThat(right.points()).isEqualTo(1);
        assertThat(right.feedback()).isEmpty();

        QuestionResult wrong = Marker.score(q, new Response.Ticked(Set.of("o2")));
        assertThat(wrong.outcome()).isInstanceOf(Verdict.Incorrect.class);
        assertThat(wrong.points()).isZero();
        assertThat(wrong.feedback()).extracting(OptionFeedback::optionId, OptionFeedback::mistake)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("o2", OptionFeedback.Mistake.WRONGLY_TICKED),
                        org.assertj.core.groups.Tuple.tuple("o1", OptionFeedback.Mistake.MISSED));
        assertThat(wrong.feedback()).filteredOn(f -> f.optionId().equals("o2")).singleElement()
                .satisfies(f -> {
                    assertThat(f.feedback()).contains(new Text("That is exploration.", "那是探索。"));
                    assertThat(f.letter()).isEqualTo(q.letterOf("o2"));
                });
        assertThat(Marker.score(q, new Response.Ticked(Set.of("o1", "o2"))).points()).isZero();
        assertThat(Marker.score(q, new Response.Blank()).outcome()).isInstanceOf(Verdict.Unanswered.class);
        assertThat(Marker.score(q, new Response.Number(1)).outcome()).isInstanceOf(Verdict.Incorrect.class);
    }

    @Test
    void aQuestionNeverAnsweredEarnsNothingEvenUnderPerDecision() {
        PosedQuestion q = Variants.pose(bank, bank.questions().get(1), 7,
                Optional.of(org.aibasis.quiz.bank.Scheme.PER_DECISION));
        QuestionResult none = Marker.score(q, new Response.Blank());
        assertThat(none.points()).isZero();
        assertThat(none.outcome()).isInstanceOf(Verdict.Unanswered.class);
        // ticking nothing on purpose is a response: per-decision credits the wrong options left unticked
        assertThat(Marker.score(q, new Response.Ticked(Set.of())).points()).isPositive();
    }

    @Test
    void multipleResponseGivesFeedbackForWrongTicksAndMissedOptions() {
        PosedQuestion q = posed(1); // 2 points, net-correct, correct: untried, bonus
        QuestionResult r = Marker.score(q, new Response.Ticked(Set.of("untried", "random")));
        // t = 1, f = 1, c = 2: max(0, (1 - 1) / 2) = 0
        assertThat(r.points()).isZero();
        assertThat(r.outcome()).isInstanceOf(Verdict.Incorrect.class);
        assertThat(r.feedback()).extracting(OptionFeedback::optionId).containsExactlyInAnyOrder("random", "bonus");
        assertThat(r.feedback()).filteredOn(f -> f.optionId().equals("random")).singleElement()
                .satisfies(f -> assertThat(f.feedback().orElseThrow().en()).contains("deterministically"));
        assertThat(r.feedback()).filteredOn(f -> f.optionId().equals("bonus")).singleElement()
                .satisfies(f -> {
                    assertThat(f.mistake()).isEqualTo(OptionFeedback.Mistake.MISSED);
                    assertThat(f.feedback()).isEmpty();
                });

        QuestionResult half = Marker.score(q, new Response.Ticked(Set.of("untried")));
        assertThat(half.points()).isEqualTo(1);
        assertThat(half.outcome()).isEqualTo(new Verdict.Partial(0.5));
        assertThat(half.feedback()).singleElement().satisfies(f -> {
            assertThat(f.optionId()).isEqualTo("bonus");
            assertThat(f.mistake()).isEqualTo(OptionFeedback.Mistake.MISSED);
        });
        QuestionResult missedWithFeedback = Marker.score(q, new Response.Ticked(Set.of("bonus")));
        assertThat(missedWithFeedback.feedback()).singleElement().satisfies(f ->
                assertThat(f.feedback().orElseThrow().en()).contains("N = 0"));
    }

    @Test
    void trueFalseAndNumeric() {
        PosedQuestion tf = posed(2);
        assertThat(Marker.score(tf, new Response.Truth(false)).points()).isEqualTo(1);
        assertThat(Marker.score(tf, new Response.Truth(true)).points()).isZero();

        PosedQuestion num = posed(3);
        double key = ((Key.Number) num.key()).value();
        assertThat(Marker.score(num, new Response.Number(key + 0.004)).outcome()).isInstanceOf(Verdict.Correct.class);
        assertThat(Marker.score(num, new Response.Number(key - 0.004)).outcome()).isInstanceOf(Verdict.Correct.class);
        assertThat(Marker.score(num, new Response.Number(key + 0.006)).outcome())
                .isInstanceOf(Verdict.Incorrect.class);
        assertThat(Marker.score(num, new Response.Number(Double.NaN)).points()).isZero();
    }

    @Test
    void gradedAttemptSumsPointsAndMasteryPerTopic() {
        Attempt a = new Attempt("demo", Text.both("Demo"), "s", 1, 0, List.of(posed(0), posed(1), posed(2), posed(3)));
        GradedAttempt g = Marker.grade(a, new Responses(Map.of(
                "demo/greedy", new Response.Ticked(Set.of("o1")),
                "demo/bandit-facts", new Response.Ticked(Set.of("untried")),
                "demo/explore-forever", new Response.Truth(true))));
        assertThat(g.points()).isEqualTo(2);
        assertThat(g.maxPoints()).isEqualTo(5);
        assertThat(g.byTopic()).containsExactly(new TopicScore("rl", 2, 5, 4));
        assertThat(g.byTopic().get(0).mastery()).isEqualTo(0.4);
        assertThat(g.result("demo/ucb-score").orElseThrow().outcome()).isInstanceOf(Verdict.Unanswered.class);
    }
}
