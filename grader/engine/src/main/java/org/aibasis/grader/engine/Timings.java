package org.aibasis.grader.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a command's time went, summed per phase over every exercise and submission (so with several jobs the
 * phases add up to more than the wall-clock time), and each submission's latency. Thread-safe.
 */
public final class Timings {
    /** The steps of grading, in the order data flows through them. */
    public enum Phase {
        /** Compiling (or reading from the cache) the course's hidden tests and skeletons. */
        PREPARE,
        /** Finding each exercise's files in a submission. */
        LOCATE,
        /** Compiling the student's code. */
        COMPILE,
        /** The bytecode scan and the comparison with the skeleton. */
        INSPECT,
        /** Running the tests in worker JVMs, waiting for a worker included. */
        RUN,
        /** Turning outcomes into points. */
        SCORE,
        /** Writing the reports. */
        REPORT;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Work whose time is measured. */
    public interface Timed<T, E extends Exception> {
        T get() throws E;
    }

    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
    private final ConcurrentLinkedQueue<Latency> submissions = new ConcurrentLinkedQueue<>();

    /** One submission's latency. */
    private record Latency(String name, long nanos) {
    }

    public Timings() {
        for (Phase p : Phase.values()) {
            nanos.put(p, new LongAdder());
        }
    }

    /** Runs {@code work}, adding its time to {@code phase}. */
    public <T, E extends Exception> T time(Phase phase, Timed<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(phase).add(System.nanoTime() - start);
        }
    }

    /** Records one submission's latency, from the start of its grading to its reports written. */
    public void submission(String name, Duration latency) {
        submissions.add(new Latency(name, latency.toNanos()));
    }

    /** The total per phase. */
    public Map<Phase, Duration> totals() {
        Map<Phase, Duration> out = new EnumMap<>(Phase.class);
        nanos.forEach((p, n) -> out.put(p, Duration.ofNanos(n.sum())));
        return out;
    }

    /** Each submission's latency in milliseconds, in the order they finished. */
    public List<Long> submissionMillis() {
        return submissions.stream().map(l -> l.nanos() / 1_000_000).toList();
    }

    /** A table for the terminal: each phase's time and share of the phases' sum, then the wall-clock time. */
    public String table(Duration wall) {
        long sum = nanos.values().stream().mapToLong(LongAdder::sum).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %10s %7s%n", "phase", "ms", "share"));
        for (Phase p : Phase.values()) {
            long n = nanos.get(p).sum();
            out.append(String.format(Locale.ROOT, "%-10s %10d %6.1f%%%n", p.label(), n / 1_000_000,
                    sum == 0 ? 0.0 : 100.0 * n / sum));
        }
        out.append(String.format(Locale.ROOT, "%-10s %10d%n", "wall", wall.toMillis()));
        return out.toString();
    }

    /**
     * The same as data: phase totals, wall-clock time and submission latencies, all in milliseconds; the
     * latencies both as a list and by submission (so that a benchmark can set them beside other measurements of
     * the same submissions).
     */
    public Map<String, Object> asData(Duration wall) {
        Map<String, Object> phases = new LinkedHashMap<>();
        totals().forEach((p, d) -> phases.put(p.label(), d.toMillis()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("phasesMs", phases);
        out.put("wallMs", wall.toMillis());
        out.put("submissionsMs", new ArrayList<>(submissionMillis()));
        Map<String, Long> byName = new java.util.TreeMap<>();
        submissions.forEach(l -> byName.put(l.name(), l.nanos() / 1_000_000));
        out.put("submissionMsByName", byName);
        return out;
    }
}
