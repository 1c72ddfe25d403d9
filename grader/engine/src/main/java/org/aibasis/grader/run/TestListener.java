package org.aibasis.grader.run;

import org.aibasis.grader.model.Outcome;

/**
 * Receives each test's outcome as soon as it is known, on the thread that runs the exercise.
 *
 * <p>Call order: {@link #testStarted} then {@link #testFinished} for each test, in the request's order; a test
 * that times out or crashes its worker gets only {@link #testFinished}.
 */
public interface TestListener {
    TestListener NONE = new TestListener() {
    };

    default void testStarted(TestRef test) {
    }

    default void testFinished(TestRef test, Outcome outcome, String output) {
    }
}
