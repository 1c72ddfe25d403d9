package org.aibasis.grader.cli.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.quiz.variant.Seeds;
import org.aibasis.quiz.variant.Variants;

/** Chooses the questions of a practice session from the review queue and poses a fresh variant of each. */
public final class Planner {
    private Planner() {
    }

    /** Why a question is asked in this session. */
    public enum Reason {
        /** Seen before and due again (least likely recalled first). */
        REVIEW,
        /** Never answered. */
        NEW,
        /** Seen before and not yet due: asked only when there is nothing due or new left. */
        EXTRA
    }

    /**
     * A question chosen for the session.
     *
     * @param posed  the variant asked
     * @param reason why it was chosen
     * @param card   what the review queue knew of it before this session; empty for a new question
     */
    public record Planned(PosedQuestion posed, Reason reason, Optional<PracticeState.Card> card) {
    }

    /**
     * Up to {@code count} questions of {@code pool} (banks with their questions, in the order given): first the
     * ones due at {@code now} (lowest predicted recall first), then new ones in bank order, then, if that is not
     * enough, those due soonest.
     *
     * @param seedBase makes the variants; with the session number and the question id it gives each question a
     *                 fresh variant per session
     */
    public static List<Planned> plan(List<Bank> pool, PracticeState state, int session, int count, String seedBase,
                                     Instant now) {
        record Candidate(Bank bank, Question question, Optional<PracticeState.Card> card, int order) {
            double recall(PracticeState state, Instant now) {
                return card.orElseThrow().recall(state.fsrs(), now);
            }
        }
        List<Candidate> due = new ArrayList<>();
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> later = new ArrayList<>();
        int order = 0;
        for (Bank bank : pool) {
            for (Question q : bank.questions()) {
                Optional<PracticeState.Card> card = state.card(bank.id() + "/" + q.id());
                Candidate c = new Candidate(bank, q, card, order++);
                if (card.isEmpty()) {
                    fresh.add(c);
                } else if (card.get().isDue(now)) {
                    due.add(c);
                } else {
                    later.add(c);
                }
            }
        }
        due.sort(Comparator.comparingDouble((Candidate c) -> c.recall(state, now)).thenComparingInt(Candidate::order));
        later.sort(Comparator.comparing((Candidate c) -> c.card().orElseThrow().due())
                .thenComparingInt(Candidate::order));
        List<Planned> planned = new ArrayList<>();
        for (List<Candidate> group : List.of(due, fresh, later)) {
            for (Candidate c : group) {
                if (planned.size() >= count) {
                    return planned;
                }
                Reason reason = group == due ? Reason.REVIEW : group == fresh ? Reason.NEW : Reason.EXTRA;
                long seed = Seeds.hash(seedBase + "|practice|" + session + "|" + c.bank().id() + "/" + c.question()
                        .id());
                planned.add(new Planned(Variants.pose(c.bank(), c.question(), seed, Optional.empty()), reason,
                        c.card()));
            }
        }
        return planned;
    }
}
