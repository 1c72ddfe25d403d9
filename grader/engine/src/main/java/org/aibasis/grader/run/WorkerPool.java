package org.aibasis.grader.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Outcome;

/**
 * The supervisor: keeps up to {@code size} warm worker JVMs and runs tests on them, one request per worker at a
 * time. A test that overruns its time limit, or a worker that dies, costs that one test: the worker is killed,
 * a fresh one is started, and the remaining tests run there. Results already received are never lost.
 *
 * <p>Thread-safe: {@link #run} may be called from {@code size} threads at once.
 */
public final class WorkerPool implements AutoCloseable {
    /** A JVM with JUnit and jqwik loaded starts in about a second; this much is a broken worker. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Slack on top of a test's limit for the protocol and class loading. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final WorkerSettings settings;
    private final BlockingQueue<Optional<WorkerProcess>> idle;
    private final List<WorkerProcess> all = new ArrayList<>();
    private volatile boolean closed;

    public WorkerPool(int size, WorkerSettings settings) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1");
        }
        this.settings = settings;
        this.idle = new LinkedBlockingQueue<>();
        for (int i = 0; i < size; i++) {
            idle.add(Optional.empty());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "worker-pool-shutdown"));
    }

    /**
     * Runs the request's tests in order and returns one result per test, in the same order.
     *
     * @param timeLimit per-test limit
     */
    public List<TestRun> run(RunRequest request, Duration timeLimit, TestListener listener)
            throws InterruptedException {
        List<TestRun> results = new ArrayList<>();
        Optional<WorkerProcess> slot = idle.take();
        try {
            while (results.size() < request.tests().size()) {
                WorkerProcess worker = slot.filter(WorkerProcess::isAlive).orElse(null);
                if (worker == null) {
                    worker = startWorker();
                    slot = Optional.of(worker);
                }
                boolean healthy = runOn(worker, request.from(results.size()), timeLimit, listener, results);
                if (!healthy) {
                    retire(worker);
                    slot = Optional.empty();
                }
            }
            return results;
        } catch (IOException e) {
            slot.ifPresent(this::retire);
            slot = Optional.empty();
            for (int i = results.size(); i < request.tests().size(); i++) {
                TestRef t = request.tests().get(i);
                Outcome o = new Outcome.Errored("the grader could not run this test: " + e.getMessage(),
                        Optional.empty());
                listener.testFinished(t, o, "");
                results.add(new TestRun(t, o, ""));
            }
            return results;
        } finally {
            idle.add(slot);
        }
    }

    private WorkerProcess startWorker() throws IOException, InterruptedException {
        if (closed) {
            throw new IOException("the grader is shutting down");
        }
        WorkerProcess w = WorkerProcess.start(settings);
        synchronized (all) {
            all.add(w);
        }
        Optional<WorkerEvent> ready = w.next(START_TIMEOUT);
        if (ready.isEmpty() || !ready.get().type().equals("ready")) {
            String err = w.stderrTail();
            w.close();
            throw new IOException("a worker JVM did not start" + (err.isEmpty() ? "" : ": " + err));
        }
        return w;
    }

    /** Runs until done (true) or until the worker must be replaced (false). */
    private boolean runOn(WorkerProcess worker, RunRequest request, Duration timeLimit,
                          TestListener listener, List<TestRun> results) throws IOException, InterruptedException {
        worker.send(request);
        int running = -1;
        while (true) {
            Duration wait = running >= 0 ? timeLimit.plus(GRACE) : START_TIMEOUT;
            Optional<WorkerEvent> next = worker.next(wait);
            if (next.isEmpty() || WorkerProcess.isEof(next.get())) {
                int victim = running >= 0 ? running : 0;
                TestRef t = request.tests().get(victim);
                Outcome o = next.isEmpty() && running >= 0
                        ? new Outcome.TimedOut(timeLimit)
                        : new Outcome.Errored(crashMessage(worker), Optional.empty());
                listener.testFinished(t, o, "");
                results.add(new TestRun(t, o, ""));
                return false;
            }
            WorkerEvent e = next.get();
            switch (e.type()) {
                case "started" -> {
                    running = e.index();
                    listener.testStarted(request.tests().get(running));
                }
                case "finished" -> {
                    TestRef t = request.tests().get(e.index());
                    Outcome o = toOutcome(e);
                    listener.testFinished(t, o, e.output());
                    results.add(new TestRun(t, o, e.output()));
                    running = -1;
                }
                case "done" -> {
                    return true;
                }
                default -> throw new IOException("unexpected worker event " + e.type());
            }
        }
    }

    private void retire(WorkerProcess worker) {
        worker.close();
        synchronized (all) {
            all.remove(worker);
        }
    }

    private static String crashMessage(WorkerProcess worker) {
        String err = worker.stderrTail();
        String reason = err.contains("OutOfMemoryError") || err.contains("Java heap space")
                ? "it ran out of memory (the code keeps far more data than the problem needs)"
                : "the JVM running it stopped";
        return "the test crashed: " + reason;
    }

    static Outcome toOutcome(WorkerEvent e) {
        Optional<Counterexample> ce = e.sample() == null || e.sample().isEmpty()
                ? Optional.empty()
                : Optional.of(new Counterexample(e.sample(), e.seed() == null ? "" : e.seed(),
                        e.originalSample() == null || e.originalSample().isEmpty()
                                ? Optional.empty() : Optional.of(e.originalSample())));
        return switch (e.outcome()) {
            case "passed" -> new Outcome.Passed();
            case "failed" -> new Outcome.Failed(e.message(), ce);
            default -> new Outcome.Errored(e.message(), ce);
        };
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            all.forEach(WorkerProcess::close);
            all.clear();
        }
    }
}
