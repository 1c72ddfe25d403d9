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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.aibasis.reports.ReportFiles;

/**
 * The local review queue of {@code quiz practice}: a Leitner box and a due session per question seen, kept in a
 * JSON file ({@value #FORMAT}). A question answered wrongly (or partly) goes back to box 1 and is due in the next
 * session; one answered right moves up a box and comes back after {@link #interval(int)} sessions.
 */
public final class PracticeState {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "aibasis-practice/1";
    /** The highest box. */
    public static final int TOP_BOX = 5;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What is known of one question.
     *
     * @param box   1 (just missed, or new) to {@value #TOP_BOX} (known well)
     * @param due   the session number from which it is due again
     * @param asked how often it was answered
     * @param right how often it was answered right
     */
    public record Card(int box, int due, int asked, int right) {
        public Card {
            if (box < 1 || box > TOP_BOX) {
                throw new IllegalArgumentException("box must lie in 1.." + TOP_BOX + ", was " + box);
            }
        }
    }

    private int sessions;
    private final Map<String, Card> cards;

    private PracticeState(int sessions, Map<String, Card> cards) {
        this.sessions = sessions;
        this.cards = new LinkedHashMap<>(cards);
    }

    /** A state with no session and no question seen. */
    public static PracticeState empty() {
        return new PracticeState(0, Map.of());
    }

    /** Sessions between two showings of a question answered right, by its (new) box: 1, 2, 4, 8, 16. */
    public static int interval(int box) {
        return 1 << (box - 1);
    }

    /** How many sessions were started. */
    public int sessions() {
        return sessions;
    }

    /** Starts a session and returns its number (1 for the first). */
    public int startSession() {
        return ++sessions;
    }

    /** The card of the question {@code bank/id}, empty if it was never answered. */
    public Optional<Card> card(String qualifiedId) {
        return Optional.ofNullable(cards.get(qualifiedId));
    }

    /** Every card, by qualified question id. */
    public Map<String, Card> cards() {
        return Map.copyOf(cards);
    }

    /** Records an answer in session {@code session}: right moves the question up a box, anything else to box 1. */
    public Card record(String qualifiedId, boolean right, int session) {
        Card old = cards.get(qualifiedId);
        int asked = old == null ? 1 : old.asked() + 1;
        int rights = (old == null ? 0 : old.right()) + (right ? 1 : 0);
        Card card;
        if (right) {
            int box = old == null ? 2 : Math.min(TOP_BOX, old.box() + 1);
            card = new Card(box, session + interval(box), asked, rights);
        } else {
            card = new Card(1, session + 1, asked, rights);
        }
        cards.put(qualifiedId, card);
        return card;
    }

    /** The state as JSON text. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("sessions", sessions);
        ObjectNode questions = root.putObject("questions");
        cards.forEach((id, c) -> {
            ObjectNode node = questions.putObject(id);
            node.put("box", c.box());
            node.put("due", c.due());
            node.put("asked", c.asked());
            node.put("right", c.right());
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

    /** What reading a state file gave: a state, and the problem that made it start afresh, if any. */
    public record Loaded(PracticeState state, Optional<String> problem) {
    }

    /** A state file is a few KiB per thousand questions; a larger one is not read. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /**
     * Reads {@code file}; a missing file gives an empty state. A file that is not a practice state gives an empty
     * state and a one-line problem naming the file (and line); a copy of it is kept as {@link #backup}.
     */
    public static Loaded load(Path file) {
        if (!Files.exists(file)) {
            return new Loaded(empty(), Optional.empty());
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
        return keepCopy(file, parse(file, content));
    }

    /** Keeps a copy of a state file that could not be read, before a new state replaces it. */
    private static Loaded keepCopy(Path file, Loaded loaded) {
        if (loaded.problem().isPresent()) {
            try {
                Files.copy(file, backup(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return new Loaded(loaded.state(), Optional.of(loaded.problem().get() + "; could not keep a copy: "
                        + e.getMessage()));
            }
        }
        return loaded;
    }

    /** Where a state file that could not be read is kept before it is replaced. */
    public static Path backup(Path file) {
        return file.resolveSibling(file.getFileName() + ".broken");
    }

    /** Parses JSON text as if it were the content of {@code file}. */
    static Loaded parse(Path file, String content) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return broken(file, at == null ? 0 : Math.max(0, at.getLineNr()), "not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return broken(file, 0, "not a practice state file (no \"format\": \"" + FORMAT + "\")");
        }
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("questions").properties()) {
            JsonNode n = e.getValue();
            int box = n.path("box").asInt(0);
            if (box < 1 || box > TOP_BOX) {
                return broken(file, 0, "question " + e.getKey() + " has box " + n.path("box") + " (boxes are 1 to "
                        + TOP_BOX + ")");
            }
            cards.put(e.getKey(), new Card(box, n.path("due").asInt(0), n.path("asked").asInt(0),
                    n.path("right").asInt(0)));
        }
        return new Loaded(new PracticeState(Math.max(0, root.path("sessions").asInt(0)), cards), Optional.empty());
    }

    private static Loaded broken(Path file, int line, String message) {
        return new Loaded(empty(), Optional.of(file + (line > 0 ? ":" + line : "") + ": " + message
                + " (starting with an empty review queue; a copy of the file is kept as "
                + backup(file).getFileName() + ")"));
    }
}
