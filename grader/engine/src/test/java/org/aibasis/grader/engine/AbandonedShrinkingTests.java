package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.TestListener;
import org.junit.jupiter.api.Test;

/**
 * jqwik shrinks in the common fork-join pool and does not stop when its time bound is reached; on a warm worker the
 * abandoned shrinking used to hold up every later one (the pool has one thread on two cores), so later properties
 * reported unshrunk counterexamples after waiting out the whole bound. The fixture exercise {@code shrinks} has a
 * property whose shrinking outlasts the bound, one whose tries are stuck when it is reached, and after each a property
 * that shrinks in a few steps.
 */
class AbandonedShrinkingTests {

    @Test
    void aShrinkingPastItsBoundHoldsUpNoLaterProperty() throws InterruptedException {
        try (Grader grader = new Grader(FixtureCourse.course(), 1, "tests")) {
            ExerciseResult r = grader.grade(FixtureCourse.submission("wrong-max"), Set.of("shrinks"),
                    TestListener.NONE).exercises().get(0);
            Map<String, TestResult> tests = r.tests().stream()
                    .collect(Collectors.toMap(TestResult::name, Function.identity()));
            assertThat(tests.get("ShrinkingProperties.a1EveryElementIsZero").outcome())
                    .isInstanceOf(Outcome.Failed.class);
            assertThat(tests.get("ShrinkingProperties.c3SlowTriesWhileShrinking").outcome())
                    .isInstanceOf(Outcome.Failed.class);
            // shrinking an all-negative array for a max that starts at 0 ends at a single -1 (GraderTests does the
            // same with a fresh worker); a pair ends at two -1s
            assertShrunkTo(tests.get("ShrinkingProperties.b2LargestIsTheLargest"), "[-1]");
            assertShrunkTo(tests.get("ShrinkingProperties.d4LargestOfTwo"), "[-1, -1]");
        }
    }

    private static void assertShrunkTo(TestResult test, String sample) {
        assertThat(test.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.counterexample())
                .hasValueSatisfying(c -> assertThat(c.sample()).as(test.name()).endsWith(sample)));
        // the bound is half the 4 s limit: a property that waited for a free pool thread took all of it
        assertThat(test.durationMs()).as(test.name()).isLessThan(2000);
    }
}
