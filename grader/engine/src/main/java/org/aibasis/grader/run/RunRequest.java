package org.aibasis.grader.run;

import java.util.List;
import java.util.Objects;

/**
 * What the supervisor asks a worker to do: run these tests, in this order, with these classes.
 *
 * @param classPath      folders holding the student's classes and the compiled tests
 * @param tests          tests to run, in order
 * @param studentClasses binary names of the student's classes, so that stack traces can point into them
 * @param seedBase       the base from which every property's seed is derived
 * @param triesDefault   jqwik tries for properties that do not set them
 * @param outputLimit    characters of printed output kept per test
 * @param shrinkSeconds  jqwik's shrinking budget: below the time limit, so a failing property reports its
 *                       counterexample instead of timing out while shrinking
 */
public record RunRequest(List<String> classPath, List<TestRef> tests, List<String> studentClasses,
                         String seedBase, int triesDefault, int outputLimit, int shrinkSeconds) {
    public RunRequest {
        classPath = List.copyOf(classPath);
        tests = List.copyOf(tests);
        studentClasses = List.copyOf(studentClasses);
        Objects.requireNonNull(seedBase, "seedBase");
    }

    /** The same request for the tests from {@code index} on: how a run resumes on a fresh worker. */
    public RunRequest from(int index) {
        return new RunRequest(classPath, tests.subList(index, tests.size()), studentClasses, seedBase,
                triesDefault, outputLimit, shrinkSeconds);
    }
}
