package org.aibasis.grader.cli.practice;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aibasis.grader.cli.practice.Fsrs.Memory;
import org.aibasis.grader.cli.practice.Fsrs.Rating;

/**
 * Turns a Leitner-box review queue ({@value PracticeState#LEITNER_FORMAT}: per question a box 1 to 5, the session
 * it is due, how often it was asked and answered right) into FSRS-6 memories.
 *
 * <p>A Leitner card does not keep its history, but its box tells how it ended: box b &gt;= 2 means the last b - 1
 * answers were right, box 1 that the last one was wrong. So the answers are replayed through the model as: the
 * other right answers first, then the wrong ones, then that final run (box 1: nothing after the wrong ones), each
 * answer given when the one before made the question due (a day after a wrong one). The card is due as many days
 * after the migration as the Leitner queue had sessions to go (a session counted as a day; due at once if it was
 * due in the next session), and its last answer is dated one model interval before that, so that its predicted
 * recall reaches the target retention when it falls due.
 */
final class LeitnerMigration {
    private static final int TOP_BOX = 5;

    private LeitnerMigration() {
    }

    static PracticeState.Loaded migrate(Path file, JsonNode root, Instant now) {
        Fsrs fsrs = Fsrs.standard();
        int sessions = Math.max(0, root.path("sessions").asInt(0));
        Map<String, PracticeState.Card> cards = new LinkedHashMap<>();
        int dueNow = 0;
        for (Map.Entry<String, JsonNode> e : root.path("questions").properties()) {
            JsonNode n = e.getValue();
            int box = n.path("box").asInt(0);
            if (box < 1 || box > TOP_BOX) {
                return PracticeState.broken(file, 0, "question " + e.getKey() + " has box " + n.path("box")
                        + " (boxes are 1 to " + TOP_BOX + ")");
            }
            int asked = Math.max(1, n.path("asked").asInt(1));
            int right = Math.max(0, Math.min(asked, n.path("right").asInt(0)));
            PracticeState.Card card = card(fsrs, history(box, asked, right),
                    Math.max(0, n.path("due").asInt(0) - (sessions + 1)), now);
            if (card.isDue(now)) {
                dueNow++;
            }
            cards.put(e.getKey(), card);
        }
        String note = "migrated " + cards.size() + (cards.size() == 1 ? " question" : " questions")
                + " of the Leitner review queue (" + PracticeState.LEITNER_FORMAT + ") to FSRS-6: each one's answers"
                + " were replayed through the memory model (a session counted as a day); " + dueNow + " due now. The"
                + " old file is kept as " + PracticeState.leitnerCopy(file).getFileName();
        return new PracticeState.Loaded(new PracticeState(fsrs, sessions, cards), Optional.empty(), Optional.of(note));
    }

    /** The answers a Leitner card implies, in the order they are replayed. */
    static List<Rating> history(int box, int asked, int right) {
        int streak = box == 1 ? 0 : Math.min(box - 1, right);
        List<Rating> history = new ArrayList<>(Collections.nCopies(right - streak, Rating.GOOD));
        history.addAll(Collections.nCopies(asked - right, Rating.AGAIN));
        history.addAll(Collections.nCopies(streak, Rating.GOOD));
        return history;
    }

    /** The card after replaying {@code history}, due {@code daysToGo} days after {@code now}. */
    static PracticeState.Card card(Fsrs fsrs, List<Rating> history, int daysToGo, Instant now) {
        Memory memory = fsrs.first(history.get(0));
        long waited = wait(fsrs, memory, history.get(0));
        int lapses = 0;
        for (Rating r : history.subList(1, history.size())) {
            memory = fsrs.next(memory, waited, r);
            waited = wait(fsrs, memory, r);
            lapses += r == Rating.AGAIN ? 1 : 0;
        }
        Instant due = now.plus(Duration.ofDays(daysToGo));
        int right = (int) history.stream().filter(r -> r == Rating.GOOD).count();
        return new PracticeState.Card(memory, due.minus(Duration.ofDays(waited)), due, history.size(), right, lapses);
    }

    /** Days until the next answer: the model's interval after a right one, a day after a wrong one. */
    private static long wait(Fsrs fsrs, Memory memory, Rating rating) {
        return rating == Rating.AGAIN ? 1 : fsrs.interval(memory.stability());
    }
}
