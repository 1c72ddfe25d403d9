package org.aibasis.grader.cli.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aibasis.grader.cli.practice.Fsrs.Rating;
import org.aibasis.quiz.scoring.Verdict;
import org.junit.jupiter.api.Test;

/** The review queue: FSRS-6 scheduling of answers, the file format, and the migration of Leitner files. */
class PracticeStateTests {
    private static final Instant DAY0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String Q = "rl-bandits/ucb-score";

    private static Instant day(double d) {
        return DAY0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    @Test
    void answersAreGradedRightGoodPartlyHardWrongAgain() {
        assertThat(PracticeState.rating(new Verdict.Correct())).isEqualTo(Rating.GOOD);
        assertThat(PracticeState.rating(new Verdict.Partial(0.5))).isEqualTo(Rating.HARD);
        assertThat(PracticeState.rating(new Verdict.Incorrect())).isEqualTo(Rating.AGAIN);
        assertThat(PracticeState.rating(new Verdict.Unanswered())).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aQuestionIsDueWhenItsPredictedRecallFallsToNinetyPercentAndAtOnceAfterAMiss() {
        PracticeState state = PracticeState.empty();

        PracticeState.Card first = state.record(Q, Rating.GOOD, DAY0);
        assertThat(first.due()).isEqualTo(day(2));
        assertThat(first.isDue(day(1.9))).isFalse();
        assertThat(first.isDue(day(2))).isTrue();
        // the worked sequence of FsrsTests: S = 10.964 after the second right answer, due 11 days later
        PracticeState.Card second = state.record(Q, Rating.GOOD, day(2));
        assertThat(second.memory().stability()).isCloseTo(10.964332335820703, within(1e-9));
        assertThat(second.due()).isEqualTo(day(13));
        assertThat(second.recall(state.fsrs(), day(13))).isCloseTo(0.8997767176252719, within(1e-9));
        PracticeState.Card missed = state.record(Q, Rating.AGAIN, day(13));
        assertThat(missed.memory().stability()).isCloseTo(1.5383372358832696, within(1e-9));
        assertThat(missed.due()).isEqualTo(day(13));
        assertThat(List.of(missed.asked(), missed.right(), missed.lapses())).containsExactly(3, 2, 1);
    }

    @Test
    void theFileKeepsEveryCardExactly() {
        PracticeState state = PracticeState.empty();
        state.startSession();
        state.record(Q, Rating.GOOD, DAY0);
        state.record("search/astar-romania-order", Rating.HARD, day(0.5));

        PracticeState.Loaded back = PracticeState.parse(Path.of("p.json"), state.toJson(), day(1));

        assertThat(back.problem()).isEmpty();
        assertThat(back.migrated()).isEmpty();
        assertThat(back.state().cards()).isEqualTo(state.cards());
        assertThat(back.state().sessions()).isEqualTo(1);
    }

    @Test
    void aCardWithAnImpossibleMemoryIsReported() {
        String json = "{\"format\": \"aibasis-practice/2\", \"questions\": {\"a/b\": {\"stability\": -1,"
                + " \"difficulty\": 5, \"lastReview\": \"2026-01-01T00:00:00Z\", \"due\": \"2026-01-02T00:00:00Z\"}}}";

        PracticeState.Loaded loaded = PracticeState.parse(Path.of("p.json"), json, DAY0);

        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("p.json: question a/b is not a"
                + " valid card"));
        assertThat(loaded.state().cards()).isEmpty();
    }

    @Test
    void aLeitnerBoxTellsHowTheAnswersEnded() {
        assertThat(LeitnerMigration.history(1, 3, 1)).containsExactly(Rating.GOOD, Rating.AGAIN, Rating.AGAIN);
        assertThat(LeitnerMigration.history(3, 4, 3)).containsExactly(Rating.GOOD, Rating.AGAIN, Rating.GOOD,
                Rating.GOOD);
        assertThat(LeitnerMigration.history(5, 6, 6)).containsOnly(Rating.GOOD).hasSize(6);
    }

    @Test
    void aMigratedCardIsReplayedAndDueWhenTheLeitnerQueueHadItDue() {
        Fsrs fsrs = Fsrs.standard();
        String json = "{\"format\": \"aibasis-practice/1\", \"sessions\": 4, \"questions\": {"
                + "\"a/missed\": {\"box\": 1, \"due\": 5, \"asked\": 1, \"right\": 0},"
                + "\"a/known\": {\"box\": 3, \"due\": 8, \"asked\": 2, \"right\": 2}}}";

        PracticeState.Loaded loaded = PracticeState.parse(Path.of("old.json"), json, DAY0);

        assertThat(loaded.migrated()).hasValueSatisfying(m -> assertThat(m).contains("migrated 2 questions",
                "1 due now", "kept as old.json.leitner"));
        PracticeState.Card missed = loaded.state().card("a/missed").orElseThrow();
        assertThat(missed.memory()).isEqualTo(fsrs.first(Rating.AGAIN));
        assertThat(missed.isDue(DAY0)).isTrue();
        PracticeState.Card known = loaded.state().card("a/known").orElseThrow();
        // two right answers, the second when the first made it due (2 days later)
        Fsrs.Memory replayed = fsrs.next(fsrs.first(Rating.GOOD), 2, Rating.GOOD);
        assertThat(known.memory()).isEqualTo(replayed);
        assertThat(known.due()).isEqualTo(day(3)); // due in session 8, the next is 5: three sessions to go
        assertThat(known.recall(fsrs, known.due())).isCloseTo(0.9, within(0.005));
    }
}
