package org.aibasis.grader.run;

/**
 * One line of the worker's protocol, sent as JSON (sealed by a {@link LineSeal}) on the worker's standard output.
 *
 * <p>Order per request: {@code started i} then {@code finished i} for each test in order, then {@code done}.
 * {@code ready} is sent once when the worker has loaded the test engines. The supervisor rejects anything else.
 * New information about a finished test goes into new fields of this record.
 *
 * @param type           ready | started | finished | done
 * @param index          index of the test in the request
 * @param outcome        for finished: passed | failed | errored
 * @param message        for finished and not passed: what went wrong
 * @param sample         for a falsified property: the shrunk sample
 * @param originalSample for a falsified property: the sample before shrinking
 * @param seed           for a falsified property: the seed
 * @param output         what the code printed during the test, truncated
 */
public record WorkerEvent(String type, int index, String outcome, String message, String sample,
                          String originalSample, String seed, String output) {

    public static WorkerEvent ready() {
        return new WorkerEvent("ready", -1, "", "", "", "", "", "");
    }

    public static WorkerEvent started(int index) {
        return new WorkerEvent("started", index, "", "", "", "", "", "");
    }

    /** This event with {@code text} as what the code printed. */
    public WorkerEvent withOutput(String text) {
        return new WorkerEvent(type, index, outcome, message, sample, originalSample, seed, text);
    }

    public static WorkerEvent done() {
        return new WorkerEvent("done", -1, "", "", "", "", "", "");
    }
}
