package org.aibasis.grader.cli.practice;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.aibasis.grader.cli.practice.Fsrs.Memory;
import org.aibasis.grader.cli.practice.Fsrs.Rating;
import org.aibasis.quiz.scoring.Verdict;
import org.aibasis.reports.ReportFiles;

/**
 * The local review queue of {@code quiz practice}: the FSRS-6 memory of every question answered ({@link Fsrs}),
 * kept in a JSON file ({@value #FORMAT}).
 *
 * <p>Each answer is graded for the model ({@link #rating}): right is good, partly right (partial credit) is hard,
 * wrong or unanswered is again (easy is never given, since an answer says nothing about effort). After a right or
 * partly right answer the question is due when its predicted recall falls to the target retention of 90%, after
 * {@link Fsrs#interval} days; after a wrong one it is due at once, so it comes back first in the next session (the
 * model's same-day formula then applies). Files of the Leitner queue that came before ({@value #LEITNER_FORMAT})
 * are still read, and migrated ({@link LeitnerMigration}).
 */
public final class PracticeState {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "aibasis-practice/2";
    /** The format of the Leitner-box files written before FSRS. */
    public static final String LEITNER_FORMAT = "aibasis-practice/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What is known of one question.
     *
     * @param memory     its FSRS stability and difficulty
     * @param lastReview when it was last answered
     * @param due        when it is due again
     * @param asked      how often it was answered
     * @param right      how often it was answered right
     * @param lapses     how often it was answered wrongly after the first time
     */
    public record Card(Memory memory, Instant lastReview, Instant due, int asked, int right, int lapses) {
        public Card {
            java.util.Objects.requireNonNull(memory, "memory");
            java.util.Objects.requireNonNull(lastReview, "lastReview");
            java.util.Objects.requireNonNull(due, "due");
        }

        /** The predicted probability of recalling it at {@code now}. */
        public double recall(Fsrs fsrs, Instant now) {
            return fsrs.retrievability(days(lastReview, now), memory.stability());
        }

        /** Whether it is due at {@code now}. */
        public boolean isDue(Instant now) {
            return !due.isAfter(now);
        }
    }

    private final Fsrs fsrs;
    private int sessions;
    private final Map<String, Card> cards;

    PracticeState(Fsrs fsrs, int sessions, Map<String, Card> cards) {
        this.fsrs = fsrs;
        this.sessions = sessions;
        this.cards = new LinkedHashMap<>(cards);
    }

    /** A state with no session and no question seen, scheduled by the standard model. */
    public static PracticeState empty() {
        return new PracticeState(Fsrs.standard(), 0, Map.of());
    }

    /** The memory model that schedules this queue. */
    public Fsrs fsrs() {
        return fsrs;
    }

    /** How an answer's outcome is graded for the memory model. */
    public static Rating rating(Verdict outcome) {
        return switch (outcome) {
            case Verdict.Correct c -> Rating.GOOD;
            case Verdict.Partial p -> Rating.HARD;
            case Verdict.Incorrect i -> Rating.AGAIN;
            case Verdict.Unanswered u -> Rating.AGAIN;
        };
    }

    /** Days from {@code from} to {@code to} (fractional; 0 if {@code to} is earlier). */
    static double days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis() / 86_400_000.0);
    }

    /** How many sessions were started. */
    public int sessions() {
        return sessions;
    }

    /** Starts a session and returns its number (1 for the first); the number makes fresh variants. */
    public int startSession() {
        return ++sessions;
    }

    /** The card of the question {@code bank/id}, empty if it was never answered. */
    public Optional<Card> card(String qualifiedId) {
        return Optional.ofNullable(cards.get(qualifiedId));
    }

    /** Every card, by qualified question id, in the order first answered. */
    public Map<String, Card> cards() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    }

    /** Records an answer graded {@code rating} at {@code now} and returns the question's new card. */
    public Card record(String qualifiedId, Rating rating, Instant now) {
        Card old = cards.get(qualifiedId);
        Memory memory = old == null ? fsrs.first(rating)
                : fsrs.next(old.memory(), (long) Math.floor(days(old.lastReview(), now)), rating);
        Instant due = rating == Rating.AGAIN ? now : now.plus(Duration.ofDays(fsrs.interval(memory.stability())));
        boolean lapse = old != null && rating == Rating.AGAIN;
        Card card = new Card(memory, now, due, old == null ? 1 : old.asked() + 1,
                (old == null ? 0 : old.right()) + (rating == Rating.GOOD ? 1 : 0),
                (old == null ? 0 : old.lapses()) + (lapse ? 1 : 0));
        cards.put(qualifiedId, card);
        return card;
    }

    /** The state as JSON text. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("model", "FSRS-6");
        root.put("targetRetention", fsrs.targetRetention());
        root.put("sessions", sessions);
        ObjectNode questions = root.putObject("questions");
        cards.forEach((id, c) -> {
            ObjectNode node = questions.putObject(id);
            node.put("stability", c.memory().stability());
            node.put("difficulty", c.memory().difficulty());
            node.put("lastReview", c.lastReview().toString());
            node.put("due", c.due().toString());
            node.put("asked", c.asked());
            node.put("right", c.right());
            node.put("lapses", c.lapses());
        });
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
        }
    }

    /** Writes the state to {@code file} atomically (a crash leaves the old file or the new one, never half). */
    public void save(Path file) throws IOException {
        ReportFiles.writeAtomically(file, toJson());
    }

    /**
     * What reading a state file gave: a state, the problem that made it start afresh, if any, and what a migration
     * from the Leitner format did, if one was needed.
     */
    public record Loaded(PracticeState state, Optional<String> problem, Optional<String> migrated) {
    }

    /** A state file is a few KiB per thousand questions; a larger one is not read. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /**
     * Reads {@code file}; a missing file gives an empty state. A file that is not a practice state gives an empty
     * state and a one-line problem naming the file (and line); a copy of it is kept as {@link #backup}. A Leitner
     * file is migrated as of {@code now} and a copy of it is kept as {@link #leitnerCopy}.
     */
    public static Loaded load(Path file, Instant now) {
        if (!Files.exists(file)) {
            return new Loaded(empty(), Optional.empty(), Optional.empty());
        }
        String content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return keepCopy(file, broken(file, 0, "the practice state is larger than " + MAX_FILE_BYTES
                        / (1024 * 1024) + " MiB and was not read"));
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return broken(file, 0, "cannot read the practice state: " + e.getMessage());
        }
        return keepCopy(file, parse(file, content, now));
    }

    /** Keeps a copy of a state file that could not be read or is migrated, before a new state replaces it. */
    private static Loaded keepCopy(Path file, Loaded loaded) {
        Optional<Path> copy = loaded.problem().isPresent() ? Optional.of(backup(file))
                : loaded.migrated().isPresent() ? Optional.of(leitnerCopy(file)) : Optional.empty();
        if (copy.isPresent()) {
            try {
                Files.copy(file, copy.get(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                String why = "; could not keep a copy: " + e.getMessage();
                return new Loaded(loaded.state(), loaded.problem().map(p -> p + why),
                        loaded.migrated().map(m -> m + why));
            }
        }
        return loaded;
    }

    /** Where a state file that could not be read is kept before it is replaced. */
    public static Path backup(Path file) {
        return file.resolveSibling(file.getFileName() + ".broken");
    }

    /** Where a Leitner state file is kept when it is migrated. */
    public static Path leitnerCopy(Path file) {
        return file.resolveSibling(file.getFileName() + ".leitner");
    }

    /** Parses JSON text as if it were the content of {@code file}. */
    static Loaded parse(Path file, String content, Instant now) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return broken(file, at == null ? 0 : Math.max(0, at.getLineNr()), "not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        String format = root == null || !root.isObject() ? "" : root.path("format").asText();
        int sessions = root == null ? 0 : Math.max(0, root.path("sessions").asInt(0));
        if (format.equals(LEITNER_FORMAT)) {
            return LeitnerMigration.migrate(file, root, now);
        }
        if (!format.equals(FORMAT)) {
            return broken(file, 0, "not a practice state file (no \"format\": \"" + FORMAT + "\")");
        }
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("questions").properties()) {
            JsonNode n = e.getValue();
            try {
                cards.put(e.getKey(), new Card(new Memory(n.path("stability").asDouble(-1),
                        n.path("difficulty").asDouble(-1)), Instant.parse(n.path("lastReview").asText()),
                        Instant.parse(n.path("due").asText()), n.path("asked").asInt(0), n.path("right").asInt(0),
                        n.path("lapses").asInt(0)));
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                return broken(file, 0, "question " + e.getKey() + " is not a valid card: " + ex.getMessage());
            }
        }
        return new Loaded(new PracticeState(Fsrs.standard(), sessions, cards), Optional.empty(), Optional.empty());
    }

    static Loaded broken(Path file, int line, String message) {
        return new Loaded(empty(), Optional.of(file + (line > 0 ? ":" + line : "") + ": " + message
                + " (starting with an empty review queue; a copy of the file is kept as "
                + backup(file).getFileName() + ")"), Optional.empty());
    }
}
