package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.aibasis.grader.engine.Timings;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Option;

/** {@code --timings}: where the command's time went, per phase. */
final class TimingOptions {
    private final long started = System.nanoTime();

    @Option(names = "--timings", description = "Print the time spent in each phase (prepare, locate, compile, "
            + "inspect, run, score, report; summed over all jobs) on standard error when done.")
    boolean print;

    @Option(names = "--timings-json", paramLabel = "FILE", description = "Write the same, with each submission's "
            + "latency, as JSON to FILE (outside the class folder).")
    Optional<Path> json = Optional.empty();

    /** Reports {@code timings} as asked; the wall-clock time counts from the command's start. */
    void report(Timings timings) throws IOException {
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        if (print) {
            System.err.print(timings.table(wall));
        }
        if (json.isPresent()) {
            ReportFiles.writeAtomically(json.get(), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(timings.asData(wall)));
        }
    }
}
