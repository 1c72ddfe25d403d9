package org.aibasis.grader.run;

import java.util.List;

import org.aibasis.grader.api.Figure;

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
 * @param durationMs     for finished: how long the test ran in the worker, in milliseconds
 * @param figures        for finished: the figures the test published, bounded in size by the worker
 */
public record WorkerEvent(String type, int index, String outcome, String message, String sample,
                          String originalSample, String seed, String output, long durationMs,
                          List<Figure> figures) {
    public WorkerEvent {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** An event that carries no duration and no figure. */
    public WorkerEvent(String type, int index, String outcome, String message, String sample, String originalSample,
                       String seed, String output) {
        this(type, index, outcome, message, sample, originalSample, seed, output, 0, List.of());
    }

    public static WorkerEvent ready() {
        return new WorkerEvent("ready", -1, "", "", "", "", "", "");
    }

    public static WorkerEvent started(int index) {
        return new WorkerEvent("started", index, "", "", "", "", "", "");
    }

    /** This event with what the code printed, the test's running time and the figures it published. */
    public WorkerEvent completed(String text, long millis, List<Figure> published) {
        return new WorkerEvent(type, index, outcome, message, sample, originalSample, seed, text, millis, published);
    }

    /**
     * The worker cannot run another test (something it ran is still running in the background) and exits; the
     * supervisor runs the rest of the request on a fresh one.
     */
    public static WorkerEvent retire() {
        return new WorkerEvent("retire", -1, "", "", "", "", "", "");
    }

    public static WorkerEvent done() {
        return new WorkerEvent("done", -1, "", "", "", "", "", "");
    }
}
