package org.aibasis.reports;

import java.time.Duration;

import org.aibasis.grader.model.TestResult;

/** How long a test ran, for the formats that carry times (JUnit XML, GitHub Classroom). */
final class Durations {
    private Durations() {
    }

    /** The test's running time as the worker measured it (the supervisor's clock for a test it stopped). */
    static Duration of(TestResult t) {
        return Duration.ofMillis(t.durationMs());
    }

    /** Seconds with millisecond precision, as JUnit XML writes {@code time}: {@code 0.25}, {@code 3}. */
    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
