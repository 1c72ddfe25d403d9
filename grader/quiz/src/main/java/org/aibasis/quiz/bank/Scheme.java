package org.aibasis.quiz.bank;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a multiple-response question turns ticks into a fraction of its points (see quizzes/README.md). */
public enum Scheme {
    /** 1 if exactly the correct options are ticked, else 0. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** max(0, (t - f) / c): correct ticks minus wrong ticks, over the number of correct options. */
    NET_CORRECT("net-correct"),
    /** r / n: options decided right (ticked if correct, left if not) over all options. */
    PER_DECISION("per-decision"),
    /** 1 with no mistake, 1/2 with exactly one mistake (a wrong tick or a missed correct option), else 0. */
    PS50("ps50");

    private final String spelling;

    Scheme(String spelling) {
        this.spelling = spelling;
    }

    /** How the scheme is written in banks, quiz definitions and attempt files. */
    public String spelling() {
        return spelling;
    }

    /** The scheme written {@code spelling}, if any. */
    public static Optional<Scheme> named(String spelling) {
        return Arrays.stream(values()).filter(s -> s.spelling.equals(spelling)).findFirst();
    }

    /** All spellings, for messages. */
    public static String spellings() {
        return Arrays.stream(values()).map(Scheme::spelling).collect(Collectors.joining(" | "));
    }
}
