package org.aibasis.grader.run;

import java.util.Objects;

import org.aibasis.grader.model.Outcome;

/**
 * What running one test produced.
 *
 * @param test    the test
 * @param outcome its outcome
 * @param output  what the code printed meanwhile, truncated
 */
public record TestRun(TestRef test, Outcome outcome, String output) {
    public TestRun {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(output, "output");
    }
}
