package org.aibasis.grader.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What happened to one test. */
public sealed interface Outcome {

    /** The JSON name of the outcome, as documented in the README. */
    String label();

    /** The test passed. */
    record Passed() implements Outcome {
        @Override
        public String label() {
            return "passed";
        }
    }

    /**
     * An assertion did not hold.
     *
     * @param message        the assertion's message
     * @param counterexample for a property: the shrunk sample that falsified it and the seed that finds it
     */
    record Failed(String message, Optional<Counterexample> counterexample) implements Outcome {
        public Failed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(counterexample, "counterexample");
        }

        @Override
        public String label() {
            return "failed";
        }
    }

    /**
     * The student's code threw, or could not be linked (e.g. a missing method).
     *
     * @param message        what was thrown, and where in the student's code
     * @param counterexample for a property: the input on which it threw
     */
    record Errored(String message, Optional<Counterexample> counterexample) implements Outcome {
        public Errored {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(counterexample, "counterexample");
        }

        @Override
        public String label() {
            return "errored";
        }
    }

    /** The test did not finish within its time limit; the worker running it was stopped. */
    record TimedOut(Duration limit) implements Outcome {
        public TimedOut {
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public String label() {
            return "timed-out";
        }
    }

    /** The test never ran, e.g. because the exercise did not compile. */
    record NotRun(String reason) implements Outcome {
        public NotRun {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String label() {
            return "not-run";
        }
    }
}
