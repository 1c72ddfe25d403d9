package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 */
public record TestResult(String name, String displayName, double maxPoints, Outcome outcome,
                         Optional<String> hint, String output, List<String> failedPrerequisites) {
    public TestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(output, "output");
        failedPrerequisites = List.copyOf(failedPrerequisites);
        if (maxPoints < 0) {
            throw new IllegalArgumentException("maxPoints must be >= 0");
        }
    }

    /** A test that declares no prerequisite, or whose prerequisites passed. */
    public TestResult(String name, String displayName, double maxPoints, Outcome outcome, Optional<String> hint,
                      String output) {
        this(name, displayName, maxPoints, outcome, hint, output, List.of());
    }

    /** Points earned: all of them for a passed test, none otherwise. */
    public double points() {
        return outcome instanceof Outcome.Passed ? maxPoints : 0;
    }
}
