package org.aibasis.grader.run;

import java.util.List;
import java.util.Objects;

/** What running one exercise's tests produced. */
public sealed interface RunResult {

    /** Every test of the request has a result (passed or not), in the request's order. */
    record Finished(List<TestRun> runs) implements RunResult {
        public Finished {
            runs = List.copyOf(runs);
        }
    }

    /**
     * The worker said something the protocol does not allow (a line it did not sign, a result for a test that
     * never started, an index out of range): nothing it reported for this exercise can be trusted.
     *
     * @param reason what was received, for the report
     */
    record ProtocolViolated(String reason) implements RunResult {
        public ProtocolViolated {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
