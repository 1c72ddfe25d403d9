package org.aibasis.grader.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that calls with invalid arguments throw their documented exception, and collects every one that does
 * not, so that a test of input validation reports all the calls a submission accepts in one message (one failure
 * site) instead of stopping at the first.
 *
 * <pre>{@code
 * Optional<String> problem = new Rejections()
 *         .mustThrow(IllegalArgumentException.class, "evaluate with theta = NaN", () -> evaluate(mdp, pi, Double.NaN))
 *         .mustThrow(IllegalStateException.class, "predict before fit", () -> knn.predict(query))
 *         .problem();   // "these calls must throw:\n  evaluate with theta = NaN: returned normally ..."
 * }</pre>
 */
public final class Rejections {
    private final List<String> accepted = new ArrayList<>();

    /** Runs {@code call} and notes it unless it throws {@code expected} (or a subclass of it). */
    public Rejections mustThrow(Class<? extends RuntimeException> expected, String what, Runnable call) {
        Objects.requireNonNull(expected, "expected");
        try {
            call.run();
            accepted.add("  " + what + ": returned normally instead of throwing " + expected.getSimpleName());
        } catch (RuntimeException e) {
            if (!expected.isInstance(e)) {
                accepted.add("  " + what + ": threw " + e.getClass().getSimpleName() + " instead of "
                        + expected.getSimpleName());
            }
        }
        return this;
    }

    /** The calls that did not throw as documented, one per line; empty when every call did. */
    public Optional<String> problem() {
        return accepted.isEmpty() ? Optional.empty()
                : Optional.of("these calls must throw:\n" + String.join("\n", accepted));
    }
}
