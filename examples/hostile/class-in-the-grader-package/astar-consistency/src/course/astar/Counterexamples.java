package org.aibasis.grader.run.worker;

/** Lives in the grader's package. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static Object reopeningNeeded() {
        return null;
    }
}
