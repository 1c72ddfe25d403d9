package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
                "CounterProperties.neverMoreThanTheLength", "CounterProperties.noPositiveAmongNonPositives",
                "CounterTests.countsPositives",
                "CounterTests.occurrences()", "CounterTests.occurrences(int)", "CounterTests.positivesOfThree");
        assertThat(plan()).extracting(PlannedTest::points).containsExactly(1.0, 1.0, 2.0, 1.0, 3.0, 1.0);
    }

    @Test
    void inheritedTestRunsInTheConcreteClassAndKeepsItsAnnotations() {
        PlannedTest inherited = plan().get(2);
        assertThat(inherited.ref().className()).isEqualTo("course.plans.CounterTests");
        assertThat(inherited.hints().zh()).isEqualTo("只数大于零的值");
        assertThat(plan().get(3).hints().timeoutZh()).isEqualTo("遍历字符串的循环没有结束");
    }

    @Test
    void everyPlannedTestRunsByItsUniqueId() throws InterruptedException {
        ExerciseResult solved = grade("solutions");
        assertThat(solved.tests()).allSatisfy(t -> assertThat(t.outcome()).isInstanceOf(Outcome.Passed.class));
        assertThat(solved.score()).isEqualTo(9.0);
        assertThat(solved.tests()).filteredOn(t -> t.name().equals("CounterTests.positivesOfThree"))
                .singleElement().satisfies(t -> assertThat(t.figures()).hasSize(1));
        assertThat(solved.tests().stream().mapToLong(TestResult::durationMs).sum()).as("worker-measured durations")
                .isPositive();
        ExerciseResult skeleton = grade("exercises");
        assertThat(skeleton.tests()).extracting(TestResult::outcome).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(Outcome.Errored.class, e ->
                        assertThat(e.message()).contains("TODO")));
    }

    @Test
    void aTestWhosePrerequisiteFailedNamesItAsTheRootCause() throws InterruptedException {
        ExerciseResult r = grader.grade(FixtureCourse.submission("counts-zero"), Set.of("plans"), TestListener.NONE)
                .exercises().get(0);
        Map<String, TestResult> byName = r.tests().stream().collect(Collectors.toMap(TestResult::name, t -> t));
        TestResult root = byName.get("CounterTests.countsPositives");
        TestResult dependent = byName.get("CounterTests.positivesOfThree");
        assertThat(root.outcome()).isInstanceOf(Outcome.Failed.class);
        assertThat(root.failedPrerequisites()).isEmpty();
        assertThat(dependent.outcome()).isInstanceOf(Outcome.Failed.class);
        assertThat(dependent.failedPrerequisites()).containsExactly("CounterTests.countsPositives");
        assertThat(dependent.points()).as("still charged").isZero();
        assertThat(dependent.figures()).singleElement().satisfies(f -> {
            assertThat(f.titleZh()).isEqualTo("0..k 中的正数个数");
            assertThat(f.series()).extracting(s -> s.y()).containsExactly(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                    List.of(0.0, 1.0, 2.0, 3.0, 4.0));
        });

        assertThat(byName.get("CounterProperties.neverMoreThanTheLength").failedPrerequisites()).isEmpty();
        TestResult loops = byName.get("CounterTests.occurrences()");
        assertThat(loops.outcome()).isInstanceOf(Outcome.TimedOut.class);
        assertThat(loops.durationMs()).as("measured by the supervisor's clock").isGreaterThanOrEqualTo(1000);
        assertThat(loops.hint()).as("the timeout text replaces the hint").contains("the loop over the string never ends");
        assertThat(root.hint()).contains("count only values above zero");
    }

    @Test
    void aFalsifiedPropertyCarriesSeedShrunkAndOriginalSampleFromJqwiksResult() throws InterruptedException {
        ExerciseResult r = grader.grade(FixtureCourse.submission("counts-zero"), Set.of("plans"), TestListener.NONE)
                .exercises().get(0);
        TestResult property = r.tests().stream().filter(t -> t.name().equals(
                "CounterProperties.noPositiveAmongNonPositives")).findFirst().orElseThrow();
        assertThat(property.outcome()).isInstanceOfSatisfying(Outcome.Failed.class, f ->
                assertThat(f.counterexample()).hasValueSatisfying(c -> {
                    assertThat(c.sample()).isEqualTo("v: [0, 0, 0]");
                    assertThat(c.seed()).matches("-?\\d+");
                    assertThat(c.originalSample()).hasValueSatisfying(o -> assertThat(o).startsWith("v: [")
                            .isNotEqualTo(c.sample()));
                }));
    }

    private static ExerciseResult grade(String folder) throws InterruptedException {
        return grader.grade(new Submission(folder, FixtureCourse.home().resolve(folder)), Set.of("plans"),
                TestListener.NONE).exercises().get(0);
    }
}
