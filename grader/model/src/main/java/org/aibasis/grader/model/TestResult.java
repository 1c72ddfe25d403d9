package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.aibasis.grader.api.Figure;

/**
 * The result of one test (one test method; all invocations of a parameterized test count as one).
 *
 * @param name                stable name, {@code SimpleClassName.methodName}
 * @param displayName         what a person reads, e.g. the method's {@code @DisplayName} or {@code @Label}
 * @param maxPoints           the test's points
 * @param outcome             what happened
 * @param hint                feedback shown when the test did not pass
 * @param output              what the student's code printed while the test ran, truncated; empty if nothing
 * @param failedPrerequisites for a test that did not pass: the tests it declares it builds on
 *                            ({@code @DependsOn}) that did not pass either, the likely root cause; by name
 * @param durationMs          how long the test ran, in milliseconds; 0 for a test that did not run
 * @param figures             charts the test published as feedback; they never change points
 * @param hintZh              the hint in Chinese, when the suite wrote one
 */
public record TestResult(String name, String displayName, double maxPoints, Outcome outcome,
                         Optional<String> hint, String output, List<String> failedPrerequisites, long durationMs,
                         List<Figure> figures, Optional<String> hintZh) {
    public TestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(hintZh, "hintZh");
        failedPrerequisites = List.copyOf(failedPrerequisites);
        figures = List.copyOf(figures);
        if (maxPoints < 0) {
            throw new IllegalArgumentException("maxPoints must be >= 0");
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must be >= 0");
        }
    }

    /** A test without a failed prerequisite, a measured duration, a figure or a Chinese hint. */
    public TestResult(String name, String displayName, double maxPoints, Outcome outcome, Optional<String> hint,
                      String output) {
        this(name, displayName, maxPoints, outcome, hint, output, List.of(), 0, List.of(), Optional.empty());
    }

    /** Points earned: all of them for a passed test, none otherwise. */
    public double points() {
        return outcome instanceof Outcome.Passed ? maxPoints : 0;
    }
}
