package org.aibasis.reports.view;

import java.util.List;

/**
 * One test in a student's report.
 *
 * @param name              the stable name, {@code Class.method}
 * @param displayName       what a person reads; equal to {@code name} when the test has no display name
 * @param points            points earned
 * @param maxPoints         points available
 * @param outcome           passed, failed, errored, timed out or not run
 * @param passed            whether it passed
 * @param explained         whether the report explains it: it did not pass and its exercise was graded (when no
 *                          test could run, the exercise says why); the fields below are for an explained test
 * @param message           why it did not pass, bounded; empty when passed
 * @param rootCause         for a test that builds on tests that did not pass either: which, to fix first; else empty
 * @param hasCounterexample whether a property was falsified by a known input
 * @param counterexample    the shrunk sample, bounded
 * @param seed              the seed that finds it again
 * @param originalSample    the sample before shrinking, bounded; empty when the same or unknown
 * @param hint              the instructor's hint; empty when passed or there is none
 * @param output            what the student's code printed while the test ran, bounded; empty if nothing
 * @param charts            the figures the test published, laid out; shown whether or not it passed
 */
public record TestView(String name, String displayName, String points, String maxPoints, Badge outcome,
                       boolean passed, boolean explained, String message, String rootCause, boolean hasCounterexample,
                       String counterexample, String seed, String originalSample, String hint, String output,
                       List<ChartView> charts) {
    public TestView {
        charts = List.copyOf(charts);
    }
}
