package org.aibasis.grader.run;

import java.util.List;
import java.util.Objects;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.model.Outcome;

/**
 * What running one test produced.
 *
 * @param test    the test
 * @param outcome its outcome
 * @param output  what the code printed meanwhile, truncated
 * @param durationMs how long it ran, in milliseconds: as the worker measured it, or for a test that timed out or
 *                   crashed its worker, as the supervisor's clock did
 * @param figures    the figures it published (none when it timed out or crashed)
 */
public record TestRun(TestRef test, Outcome outcome, String output, long durationMs, List<Figure> figures) {
    public TestRun {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(output, "output");
        figures = List.copyOf(figures);
    }
}
