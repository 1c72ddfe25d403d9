package org.aibasis.grader.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Outcome;

/**
 * The supervisor: keeps up to {@code size} warm worker JVMs and runs tests on them, one request per worker at a
 * time; once workers need replacing, one spare is kept started ahead so that a replacement costs no wait.
 *
 * <p>Nothing a worker says is taken on trust: every line must carry the worker's seal, results are stored by
 * test index and must follow the order {@code started i, finished i, ..., done}, where a worker may say
 * {@code retire} instead of starting the next test (the rest then runs on a fresh one); anything else ends the
 * exercise as {@link RunResult.ProtocolViolated}. A test that overruns its time limit, or a worker that dies,
 * costs that one test: the worker is killed and the remaining tests run on a fresh one. A worker that stops
 * before starting a test costs nothing and is replaced once. Results already received are never lost.
 *
 * <p>Thread-safe: {@link #run} may be called from any number of threads; a call waits for an idle worker (its
 * time limits start when it has one).
 */
public final class WorkerPool implements AutoCloseable {
    /**
     * A JVM with JUnit and jqwik loaded starts in about a second on an idle machine, but a minute or more on one
     * loaded twenty times over; no student class is loaded before "ready", so waiting long costs only a broken
     * installation time, never a test.
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** Slack on top of a test's limit for the protocol and class loading. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** Code that waits without computing is stopped after this many times its limit, plus the slack below. */
    private static final int WALL_FACTOR = 4;
    private static final Duration WALL_SLACK = Duration.ofSeconds(20);
    /** How often a running test's clock is read. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final WorkerSettings settings;
    private final String mainClass;
    private final Isolation isolation;
    private final BlockingQueue<Optional<WorkerProcess>> idle = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> all = new HashSet<>();
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worker-spare-starter");
        t.setDaemon(true);
        return t;
    });
    private final int size;
    private final AtomicInteger starts = new AtomicInteger();
    private Future<WorkerProcess> spare;
    private volatile boolean closed;

    public WorkerPool(int size, WorkerSettings settings) {
        this(size, settings, WorkerProcess.MAIN_CLASS);
    }

    /** A pool whose workers run {@code mainClass} (the protocol's tests run scripted workers). */
    WorkerPool(int size, WorkerSettings settings, String mainClass) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1");
        }
        this.size = size;
        this.settings = settings;
        this.mainClass = mainClass;
        this.isolation = settings.isolateNetwork() ? Isolation.probe() : new Isolation.Off();
        for (int i = 0; i < size; i++) {
            idle.add(Optional.empty());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "worker-pool-shutdown"));
    }

    /** Whether the workers have a network, as a sentence for the user. */
    public Isolation isolation() {
        return isolation;
    }

    /**
     * Runs the request's tests in order on one worker at a time.
     *
     * @param perTest     a test that has used this much CPU time is timed out
     * @param perExercise the tests not finished when all together have used this much CPU time are not run
     */
    public RunResult run(RunRequest request, Duration perTest, Duration perExercise, TestListener listener)
            throws InterruptedException {
        Optional<WorkerProcess> slot = idle.take();
        // the exercise's clock starts with a worker: waiting for one is not the student's time
        Exchange exchange = new Exchange(request, perTest, perExercise, listener);
        try {
            int failedStarts = 0;
            while (exchange.next < exchange.results.length) {
                WorkerProcess worker = slot.orElse(null);
                if (worker == null || !worker.isAlive()) {
                    slot.ifPresent(this::retire);
                    slot = Optional.empty();
                    try {
                        worker = fresh();
                    } catch (IOException e) {
                        if (++failedStarts < 2) {
                            continue; // one more fresh worker, as for a worker that stops before a test starts
                        }
                        exchange.chargeRemaining(new Outcome.Errored("the grader could not run this test: "
                                + e.getMessage(), Optional.empty()));
                        break;
                    }
                    slot = Optional.of(worker);
                }
                Attempt attempt = exchange.on(worker);
                if (!(attempt instanceof Attempt.Done)) {
                    retire(worker);
                    slot = Optional.empty();
                }
                switch (attempt) {
                    case Attempt.Done d -> {
                    }
                    case Attempt.Replace r -> failedStarts = 0;
                    case Attempt.NothingStarted n -> {
                        if (++failedStarts >= 2) {
                            exchange.chargeRemaining(new Outcome.Errored("the grader could not run this test: "
                                    + n.reason(), Optional.empty()));
                        }
                    }
                    case Attempt.TimeUp t -> exchange.chargeRemaining(new Outcome.NotRun("the exercise's time limit "
                            + "of " + perExercise.toSeconds() + " s for all its tests together ran out before this "
                            + "test finished"));
                    case Attempt.Violated v -> {
                        return new RunResult.ProtocolViolated(v.reason());
                    }
                }
            }
            return new RunResult.Finished(Arrays.asList(exchange.results));
        } catch (InterruptedException | RuntimeException e) {
            // the worker may be in the middle of the request: it must not answer the next one with this one's events
            slot.ifPresent(this::retire);
            slot = Optional.empty();
            throw e;
        } finally {
            if (slot.isPresent() && slot.get().requests() >= settings.requestsPerWorker()) {
                retire(slot.get());
                slot = Optional.empty();
                ensureSpare();
            }
            idle.add(slot);
        }
    }

    /** How one attempt to run the rest of a request on one worker ended. */
    private sealed interface Attempt {
        /** Every test has a result and the worker said done. */
        record Done() implements Attempt {
        }

        /** The worker must be replaced; the test it was running, if any, has been charged. */
        record Replace() implements Attempt {
        }

        /** The worker failed before starting any test of this attempt. */
        record NothingStarted(String reason) implements Attempt {
        }

        /** The exercise's time is up. */
        record TimeUp() implements Attempt {
        }

        /** The worker broke the protocol. */
        record Violated(String reason) implements Attempt {
        }
    }

    /**
     * Time since a test started, as CPU time of its worker and as wall-clock time. Limits are CPU time, so that
     * a machine busy with other work does not turn a test into a timeout and the same submission gets the same
     * outcome; wall-clock time only backs them up ({@link #wallCap}), for code that waits without computing.
     */
    private static final class Stopwatch {
        private final WorkerProcess worker;
        private final long wallStart = System.nanoTime();
        private final Optional<Duration> cpuStart;

        Stopwatch(WorkerProcess worker) {
            this.worker = worker;
            this.cpuStart = worker.cpuTime();
        }

        Duration wall() {
            return Duration.ofNanos(System.nanoTime() - wallStart);
        }

        /** CPU time the worker spent since the start (wall-clock time where the platform does not say). */
        Duration cpu() {
            return cpuStart.flatMap(start -> worker.cpuTime().map(now -> now.minus(start))).orElseGet(this::wall);
        }

        /** Whether a test has used up {@code limit} (plus {@link #GRACE} for loading it). */
        boolean overran(Duration limit) {
            return cpu().compareTo(limit.plus(GRACE)) > 0 || wall().compareTo(wallCap(limit)) > 0;
        }
    }

    /** The wall-clock time after which a limit of CPU time counts as used up whatever the CPU time says. */
    private static Duration wallCap(Duration limit) {
        return limit.multipliedBy(WALL_FACTOR).plus(WALL_SLACK);
    }

    /** One request's progress: results by test index and the next test without one. */
    private final class Exchange {
        final RunRequest request;
        final Duration perTest;
        final Duration perExercise;
        final long started = System.nanoTime();
        final TestListener listener;
        final TestRun[] results;
        /** CPU time of the tests that have finished or been stopped. */
        Duration spent = Duration.ZERO;
        int next;

        Exchange(RunRequest request, Duration perTest, Duration perExercise, TestListener listener) {
            this.request = request;
            this.perTest = perTest;
            this.perExercise = perExercise;
            this.listener = listener;
            this.results = new TestRun[request.tests().size()];
        }

        /** Whether the exercise has used up its limit, counting the running test's CPU time so far. */
        boolean timeIsUp(Optional<Stopwatch> runningTest) {
            Duration used = spent.plus(runningTest.map(Stopwatch::cpu).orElse(Duration.ZERO));
            return used.compareTo(perExercise) > 0
                    || Duration.ofNanos(System.nanoTime() - started).compareTo(wallCap(perExercise)) > 0;
        }

        Attempt on(WorkerProcess worker) throws InterruptedException {
            int offset = next;
            try {
                worker.send(request.from(offset));
            } catch (IOException e) {
                return new Attempt.NothingStarted("a worker JVM could not be sent the tests (" + e.getMessage()
                        + ")");
            }
            int running = -1;
            Stopwatch clock = new Stopwatch(worker);
            while (true) {
                Optional<WorkerProcess.Incoming> said = Optional.empty();
                boolean expired = false;
                while (said.isEmpty() && !expired) {
                    if (timeIsUp(running >= 0 ? Optional.of(clock) : Optional.empty())) {
                        return new Attempt.TimeUp();
                    }
                    said = worker.next(POLL);
                    expired = running >= 0 ? clock.overran(perTest) : clock.wall().compareTo(START_TIMEOUT) > 0;
                }
                if (said.isEmpty() && !worker.isAlive()) {
                    // it died just as the time ran out: its end is on the way and says more than the clock
                    said = worker.next(Duration.ofSeconds(5));
                }
                if (said.isEmpty()) {
                    if (running < 0) {
                        return new Attempt.NothingStarted("a worker JVM did not start the tests within "
                                + START_TIMEOUT.toSeconds() + " s");
                    }
                    spent = spent.plus(clock.cpu());
                    record(running, new Outcome.TimedOut(perTest), "", clock.wall().toMillis(), List.of());
                    return new Attempt.Replace();
                }
                switch (said.get()) {
                    case WorkerProcess.Incoming.Unsealed u -> {
                        return new Attempt.Violated("the worker's result channel carried " + u.what());
                    }
                    case WorkerProcess.Incoming.End end -> {
                        String why = worker.stopReason(settings.heapMegabytes());
                        if (running >= 0) {
                            spent = spent.plus(clock.wall());
                            record(running, new Outcome.Errored("the test crashed: " + why, Optional.empty()), "",
                                    clock.wall().toMillis(), List.of());
                            return new Attempt.Replace();
                        }
                        return next == offset ? new Attempt.NothingStarted(why + ", before starting a test")
                                : new Attempt.Replace();
                    }
                    case WorkerProcess.Incoming.Event(WorkerEvent e) -> {
                        int index = offset + e.index();
                        switch (e.type()) {
                            case "started" -> {
                                if (running >= 0 || e.index() < 0 || index >= results.length || index != next) {
                                    return violated(e, index, running);
                                }
                                running = index;
                                clock = new Stopwatch(worker);
                                listener.testStarted(request.tests().get(index));
                            }
                            case "finished" -> {
                                if (running < 0 || index != running) {
                                    return violated(e, index, running);
                                }
                                spent = spent.plus(clock.cpu());
                                record(running, toOutcome(e), e.output(), Math.max(0, e.durationMs()), e.figures());
                                running = -1;
                                clock = new Stopwatch(worker);
                            }
                            case "retire" -> {
                                if (running >= 0) {
                                    return violated(e, index, running);
                                }
                                return new Attempt.Replace();
                            }
                            case "done" -> {
                                if (running >= 0 || next != results.length) {
                                    return violated(e, index, running);
                                }
                                return new Attempt.Done();
                            }
                            default -> {
                                return violated(e, index, running);
                            }
                        }
                    }
                }
            }
        }

        private Attempt violated(WorkerEvent e, int index, int running) {
            String due = running >= 0 ? "the result of test " + running
                    : next < results.length ? "the start of test " + next : "the end of the exercise";
            return new Attempt.Violated("the worker sent '" + e.type() + "'" + (e.index() < 0 ? ""
                    : " for test " + index + " of " + results.length) + " when " + due + " was due");
        }

        private void record(int index, Outcome outcome, String output, long durationMs, List<Figure> figures) {
            TestRef t = request.tests().get(index);
            results[index] = new TestRun(t, outcome, output, durationMs, figures);
            listener.testFinished(t, outcome, output);
            next = index + 1;
        }

        void chargeRemaining(Outcome outcome) {
            while (next < results.length) {
                record(next, outcome, "", 0, List.of());
            }
        }
    }

    /**
     * A started worker. The first {@code size} are started on the spot (one may have been started ahead by
     * {@link #prestart}); after that the pool is replacing workers (killed after a timeout or a crash, or
     * retired), so it takes the spare if there is one and starts the next spare in the background, where it
     * costs no test any time.
     */
    private WorkerProcess fresh() throws IOException, InterruptedException {
        boolean replacing = starts.incrementAndGet() > size;
        Future<WorkerProcess> ready;
        synchronized (this) {
            ready = spare;
            spare = null;
        }
        if (replacing) {
            ensureSpare();
        } else if (ready == null) {
            return startWorker();
        }
        if (ready != null) {
            try {
                WorkerProcess w = ready.get();
                if (w.isAlive()) {
                    return w;
                }
                retire(w);
            } catch (ExecutionException e) {
                // the spare did not start; the attempt below reports why if it fails again
            }
        }
        return startWorker();
    }

    /**
     * Starts a worker in the background now, while the caller compiles and inspects, so that the first request
     * finds it ready.
     */
    public void prestart() {
        ensureSpare();
    }

    private synchronized void ensureSpare() {
        if (spare == null && !closed) {
            spare = starter.submit(this::startWorker);
        }
    }

    private WorkerProcess startWorker() throws IOException, InterruptedException {
        if (closed) {
            throw new IOException("the grader is shutting down");
        }
        WorkerProcess w = WorkerProcess.start(settings, isolation, mainClass);
        synchronized (all) {
            all.add(w);
        }
        Optional<WorkerProcess.Incoming> ready;
        try {
            ready = w.next(START_TIMEOUT);
        } catch (InterruptedException e) {
            retire(w);
            throw e;
        }
        boolean ok = ready.isPresent() && ready.get() instanceof WorkerProcess.Incoming.Event(WorkerEvent e)
                && e.type().equals("ready");
        if (!ok || closed) {
            String err = w.isAlive() ? "" : w.stderrTail();
            retire(w);
            throw new IOException("a worker JVM did not start" + (err.isEmpty() ? "" : ": " + err));
        }
        return w;
    }

    private void retire(WorkerProcess worker) {
        worker.close();
        synchronized (all) {
            all.remove(worker);
        }
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
        starter.shutdownNow();
        List<WorkerProcess> running;
        synchronized (all) {
            running = new ArrayList<>(all);
            all.clear();
        }
        running.forEach(WorkerProcess::close);
    }
}
