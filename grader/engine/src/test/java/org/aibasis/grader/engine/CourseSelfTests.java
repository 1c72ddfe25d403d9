package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.run.TestListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The course's own content, graded by the real engine: every reference solution scores full marks, every
 * skeleton compiles and scores 0. (The sample class is checked through the command line, in grader-cli.)
 */
class CourseSelfTests {
    private static Course course;
    private static Grader grader;

    @BeforeAll
    static void start() {
        course = Course.load(RepositoryRoot.find());
        grader = new Grader(course, 2, "aibasis");
    }

    @AfterAll
    static void stop() {
        grader.close();
    }

    @Test
    void theCourseHasTheFourNamedExercises() {
        assertThat(course.exercises()).extracting(Exercise::id).contains("mdp-evaluation", "astar-consistency",
                "attention-scaling", "knn-hyperparameters");
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceSolutionScoresFullMarks() throws InterruptedException {
        SubmissionResult r = grader.grade(new Submission("solutions", course.home().resolve("solutions")),
                Set.of(), TestListener.NONE);
        return r.exercises().stream().map(e -> DynamicTest.dynamicTest(e.exercise().id(), () -> {
            assertThat(e.status()).isInstanceOf(ExerciseStatus.Graded.class);
            assertThat(e.maxScore()).isPositive();
            assertThat(e.tests()).allSatisfy(t -> assertThat(t.outcome())
                    .as("%s: %s", t.name(), t.outcome()).isInstanceOf(Outcome.Passed.class));
            assertThat(e.notes()).as("structural notes on the reference").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySkeletonCompilesAndScoresZero() throws InterruptedException {
        SubmissionResult r = grader.grade(new Submission("exercises", course.home().resolve("exercises")),
                Set.of(), TestListener.NONE);
        return r.exercises().stream().map(e -> DynamicTest.dynamicTest(e.exercise().id(), () -> {
            assertThat(e.status()).isInstanceOf(ExerciseStatus.Graded.class);
            assertThat(e.notes()).isEmpty();
            assertThat(e.tests()).allSatisfy(t -> assertThat(t.points()).as(t.name()).isZero());
        }));
    }
}
