package org.aibasis.grader.score;

import java.util.Objects;
import java.util.Optional;

/**
 * A test's {@code @Hint}, both languages; empty text means none.
 *
 * @param en        the hint
 * @param zh        the hint in Chinese
 * @param timeout   what to say instead when the test timed out
 * @param timeoutZh the same in Chinese
 */
public record Hints(String en, String zh, String timeout, String timeoutZh) {
    /** A test without a hint. */
    public static final Hints NONE = new Hints("", "", "", "");

    public Hints {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(timeoutZh, "timeoutZh");
    }

    /** The English hint for a test that ended this way: the timeout text for a timed-out test when there is one. */
    public Optional<String> english(boolean timedOut) {
        return present(timedOut && !timeout.isBlank() ? timeout : en);
    }

    /** The Chinese hint for a test that ended this way, if the suite wrote one. */
    public Optional<String> chinese(boolean timedOut) {
        return present(timedOut && !timeoutZh.isBlank() ? timeoutZh : zh);
    }

    private static Optional<String> present(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
