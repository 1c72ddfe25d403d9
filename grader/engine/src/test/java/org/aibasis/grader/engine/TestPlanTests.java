package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.TestListener;
import org.aibasis.grader.score.PlannedTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan is what the JUnit Platform discovers: inherited, composed and overloaded tests, never disabled ones. */
class TestPlanTests {
    private static Grader grader;

    @BeforeAll
    static void start() {
        grader = new Grader(FixtureCourse.course(), 1, "tests");
    }

    @AfterAll
    static void stop() {
        grader.close();
    }

    private static List<PlannedTest> plan() {
        Exercise plans = grader.course().find("plans").orElseThrow();
        return grader.plan(plans);
    }

    @Test
    void findsInheritedComposedAndOverloadedTestsButNotDisabledOnes() {
        assertThat(plan()).extracting(p -> p.ref().name()).containsExactly(
                "CounterProperties.neverMoreThanTheLength", "CounterTests.countsPositives",
                "CounterTests.occurrences()", "CounterTests.occurrences(int)");
        assertThat(plan()).extracting(PlannedTest::points).containsExactly(1.0, 2.0, 1.0, 3.0);
    }

    @Test
    void inheritedTestRunsInTheConcreteClassAndKeepsItsAnnotations() {
        PlannedTest inherited = plan().get(1);
        assertThat(inherited.ref().className()).isEqualTo("course.plans.CounterTests");
        assertThat(inherited.hints().zh()).isEqualTo("只数大于零的值");
        assertThat(plan().get(2).hints().timeoutZh()).isEqualTo("遍历字符串的循环没有结束");
    }

    @Test
    void everyPlannedTestRunsByItsUniqueId() throws InterruptedException {
        ExerciseResult solved = grade("solutions");
        assertThat(solved.tests()).allSatisfy(t -> assertThat(t.outcome()).isInstanceOf(Outcome.Passed.class));
        assertThat(solved.score()).isEqualTo(7.0);
        ExerciseResult skeleton = grade("exercises");
        assertThat(skeleton.tests()).extracting(TestResult::outcome).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(Outcome.Errored.class, e ->
                        assertThat(e.message()).contains("TODO")));
    }

    private static ExerciseResult grade(String folder) throws InterruptedException {
        return grader.grade(new Submission(folder, FixtureCourse.home().resolve(folder)), Set.of("plans"),
                TestListener.NONE).exercises().get(0);
    }
}
