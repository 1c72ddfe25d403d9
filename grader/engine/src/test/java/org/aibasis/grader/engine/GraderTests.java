package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.Isolation;
import org.aibasis.grader.run.TestListener;
import org.aibasis.grader.run.WorkerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the fixture course, one submission per kind of trouble. */
class GraderTests {
    private static Grader grader;

    @BeforeAll
    static void start() {
        grader = new Grader(FixtureCourse.course(), 1, "tests");
    }

    @AfterAll
    static void stop() {
        grader.close();
    }

    private static ExerciseResult grade(Submission s) throws InterruptedException {
        SubmissionResult r = grader.grade(s, Set.of("demo"), TestListener.NONE);
        assertThat(r.exercises()).hasSize(1);
        return r.exercises().get(0);
    }

    private static Map<String, TestResult> byName(ExerciseResult r) {
        return r.tests().stream().collect(Collectors.toMap(TestResult::name, Function.identity()));
    }

    @Test
    void referenceSolutionScoresFullMarks() throws InterruptedException {
        ExerciseResult r = grade(new Submission("solutions", FixtureCourse.home().resolve("solutions")));
        assertThat(r.status()).isInstanceOf(ExerciseStatus.Graded.class);
        assertThat(r.maxScore()).isEqualTo(8.0);
        assertThat(r.score()).isEqualTo(8.0);
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.hint()).isEmpty());
    }

    @Test
    void skeletonScoresZeroAndSaysTodo() throws InterruptedException {
        ExerciseResult r = grade(new Submission("exercises", FixtureCourse.home().resolve("exercises")));
        assertThat(r.status()).isInstanceOf(ExerciseStatus.Graded.class);
        assertThat(r.score()).isZero();
        assertThat(r.tests()).allSatisfy(t -> {
            assertThat(t.outcome()).isInstanceOf(Outcome.Errored.class);
            assertThat(((Outcome.Errored) t.outcome()).message()).contains("UnsupportedOperationException", "TODO",
                    "Arith.java");
        });
    }

    @Test
    void falsifiedPropertyReportsShrunkCounterexampleSeedAndHint() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("wrong-max"));
        assertThat(r.score()).isEqualTo(6.0);
        TestResult max = byName(r).get("ArithProperties.maxIsTheLargest");
        assertThat(max.outcome()).isInstanceOf(Outcome.Failed.class);
        Outcome.Failed failed = (Outcome.Failed) max.outcome();
        assertThat(failed.counterexample()).hasValueSatisfying(c -> {
            // shrinking takes an all-negative array down to a single -1
            assertThat(c.sample()).startsWith("xs:").endsWith("[-1]");
            assertThat(c.seed()).matches("-?\\d+");
        });
        assertThat(max.hint()).contains("max must return an element no smaller than any other");
    }

    @Test
    void gradingTwiceGivesTheSameResult() throws InterruptedException {
        ExerciseResult first = grade(FixtureCourse.submission("wrong-max"));
        ExerciseResult second = grade(FixtureCourse.submission("wrong-max"));
        assertThat(untimed(second)).isEqualTo(untimed(first));
    }

    @Test
    void aSubmissionSpreadOverTwoWorkersScoresAsOnOne() throws InterruptedException {
        Submission wrong = FixtureCourse.submission("wrong-max");
        Submission reference = new Submission("solutions", FixtureCourse.home().resolve("solutions"));
        try (Grader two = new Grader(FixtureCourse.course(), 2, "tests")) {
            for (Submission s : List.of(wrong, reference)) {
                SubmissionResult alone = grader.grade(s, Set.of(), TestListener.NONE);
                SubmissionResult spread = two.grade(s, Set.of(), TestListener.NONE);
                assertThat(spread.exercises()).hasSize(FixtureCourse.course().exercises().size());
                assertThat(spread.exercises().stream().map(GraderTests::untimed).toList())
                        .isEqualTo(alone.exercises().stream().map(GraderTests::untimed).toList());
            }
        }
    }

    @Test
    void infiniteLoopTimesOutOneTestAndTheOthersStillRun() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("loops"));
        Map<String, TestResult> tests = byName(r);
        assertThat(tests.get("ArithTests.factorialOfFive").outcome()).isInstanceOf(Outcome.TimedOut.class);
        assertThat(r.tests()).filteredOn(t -> !t.name().equals("ArithTests.factorialOfFive"))
                .allSatisfy(t -> assertThat(t.outcome()).isInstanceOf(Outcome.Passed.class));
        assertThat(r.score()).isEqualTo(6.0);
    }

    @Test
    void renamedAndRetypedMethodsCostOnlyTheTestsThatCallThem() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("missing-method"));
        assertThat(r.status()).isInstanceOf(ExerciseStatus.Graded.class);
        assertThat(r.notes()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .contains("expected `int max(int[])` in `Arith`", "`maximum(int[])`", "renamed"));
        assertThat(r.notes()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .contains("expected `long factorial(int)` in `Arith`", "found `factorial(long)`"));
        Map<String, TestResult> tests = byName(r);
        assertThat(tests.get("ArithProperties.maxIsTheLargest").outcome()).isInstanceOfSatisfying(
                Outcome.Errored.class, e -> assertThat(e.message()).contains("does not have the method",
                        "Arith.max(int[])"));
        assertThat(tests.get("ArithTests.factorialOfFive").outcome()).isInstanceOf(Outcome.Errored.class);
        assertThat(r.score()).isEqualTo(4.0);
    }

    @Test
    void compileErrorNamesFileLineAndSource() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("compile-error"));
        assertThat(r.status()).isInstanceOfSatisfying(ExerciseStatus.CompileError.class, c -> {
            Diagnostic d = c.diagnostics().get(0);
            assertThat(d.file()).isEqualTo("demo/src/course/demo/Arith.java");
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).contains("';' expected");
            assertThat(d.sourceLine()).contains("return a + b");
        });
        assertThat(r.score()).isZero();
        assertThat(r.maxScore()).isEqualTo(8.0);
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.outcome()).isInstanceOf(Outcome.NotRun.class));
    }

    @Test
    void forbiddenCallsAreRejectedBeforeAnythingRuns() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("forbidden"));
        assertThat(r.status()).isInstanceOfSatisfying(ExerciseStatus.Rejected.class, rej -> {
            assertThat(rej.violations()).extracting(Diagnostic::line).contains(12L, 19L, 26L);
            assertThat(rej.violations()).extracting(Diagnostic::message).anySatisfy(m ->
                    assertThat(m).contains("java.lang.System.exit"));
            assertThat(rej.violations()).extracting(Diagnostic::message).anySatisfy(m ->
                    assertThat(m).contains("java.nio.file.Files"));
            assertThat(rej.violations()).extracting(Diagnostic::message).anySatisfy(m ->
                    assertThat(m).contains("java.lang.Thread"));
            assertThat(rej.violations()).allSatisfy(d ->
                    assertThat(d.file()).isEqualTo("demo/src/course/demo/Arith.java"));
        });
        assertThat(r.score()).isZero();
    }

    @Test
    void printedOutputIsCapturedAndCannotForgeTheProtocol() throws InterruptedException {
        ExerciseResult r = grade(FixtureCourse.submission("prints"));
        Map<String, TestResult> tests = byName(r);
        TestResult add = tests.get("ArithTests.addsSmallNumbers");
        assertThat(add.outcome()).isInstanceOf(Outcome.Passed.class);
        assertThat(add.output()).startsWith("{\"type\":\"done\"} <script>").contains("more bytes of output not shown");
        assertThat(add.output().length()).isLessThan(4200);
        assertThat(tests.get("ArithTests.factorialOfFive").outcome()).isInstanceOfSatisfying(Outcome.Errored.class,
                e -> assertThat(e.message()).contains("StackOverflowError"));
        assertThat(tests.get("ArithProperties.maxIsTheLargest").outcome()).isInstanceOf(Outcome.Passed.class);
    }

    @Test
    void linesForgedOnTheRealStandardOutputRejectTheExercise() throws InterruptedException {
        // the policy is widened so that the forgery reaches the real standard output: the seal alone must hold
        try (Grader open = new Grader(FixtureCourse.widened(List.of("java.io.FileDescriptor",
                "java.io.FileOutputStream", "java.lang.Runtime")), 1, "tests")) {
            SubmissionResult r = open.grade(FixtureCourse.submission("forges"), Set.of("demo"), TestListener.NONE);
            ExerciseResult e = r.exercises().get(0);
            assertThat(e.status()).isInstanceOfSatisfying(ExerciseStatus.Rejected.class, rej ->
                    assertThat(rej.violations()).extracting(Diagnostic::message).singleElement().satisfies(m ->
                            assertThat(m).contains("forged", "unsigned line", "\"type\":\"started\"")));
            assertThat(e.score()).isZero();
            ExerciseResult honest = open.grade(FixtureCourse.submission("wrong-max"), Set.of("demo"), TestListener.NONE)
                    .exercises().get(0);
            assertThat(honest.score()).as("the next submission on the pool").isEqualTo(6.0);
        }
    }

    @Test
    void isolatedWorkersHaveNoNetwork() throws InterruptedException {
        Course course = FixtureCourse.widened(List.of("java.net."));
        Submission s = FixtureCourse.submission("networks");
        try (Grader isolated = new Grader(course, 1, "tests", WorkerSettings.defaults().withNetworkIsolation(true))) {
            assumeTrue(isolated.isolation() instanceof Isolation.NetworkNamespace, isolated.isolation().description());
            assertThat(isolated.grade(s, Set.of("demo"), TestListener.NONE).score()).isEqualTo(8.0);
        }
        try (Grader online = new Grader(course, 1, "tests")) {
            assertThat(online.grade(s, Set.of("demo"), TestListener.NONE).score()).as("a network is up").isEqualTo(6.0);
        }
    }

    @Test
    void heapExhaustionIsReportedAsOutOfMemoryEveryTime() throws InterruptedException {
        ExerciseResult first = grade(FixtureCourse.submission("hoards"));
        assertThat(byName(first).get("ArithProperties.maxIsTheLargest").outcome()).isInstanceOfSatisfying(
                Outcome.Errored.class, e -> assertThat(e.message()).contains("ran out of memory (limit 512 MiB)"));
        assertThat(first.tests()).filteredOn(t -> !t.name().equals("ArithProperties.maxIsTheLargest"))
                .allSatisfy(t -> assertThat(t.outcome()).isInstanceOf(Outcome.Passed.class));
        assertThat(untimed(grade(FixtureCourse.submission("hoards")))).isEqualTo(untimed(first));
    }

    @Test
    void settingsOneSubmissionChangesDoNotReachTheNextOnTheSameWorker() throws InterruptedException {
        Submission polluter = FixtureCourse.submission("pollutes");
        Submission reference = new Submission("solutions", FixtureCourse.home().resolve("solutions"));
        List<ExerciseResult> referenceFirst = gradeStateInOrder(reference, polluter);
        List<ExerciseResult> polluterFirst = gradeStateInOrder(polluter, reference);
        assertThat(referenceFirst.get(0).score()).isEqualTo(3.0);
        assertThat(referenceFirst.get(1).score()).as("the polluter's own answers are right").isEqualTo(3.0);
        assertThat(untimed(polluterFirst.get(1))).as("the reference after the polluter")
                .isEqualTo(untimed(referenceFirst.get(0)));
        assertThat(untimed(polluterFirst.get(0))).isEqualTo(untimed(referenceFirst.get(1)));
        assertThat(byName(polluterFirst.get(1)).get("FormatsTests.flagIsUnset").output())
                .as("System.out closed by the polluter").isEqualTo("reading course.flag");
    }

    /** The result without its measured durations, the one part that differs from run to run. */
    private static ExerciseResult untimed(ExerciseResult r) {
        return new ExerciseResult(r.exercise(), r.status(), r.tests().stream().map(t -> new TestResult(t.name(),
                t.displayName(), t.maxPoints(), t.outcome(), t.hint(), t.output(), t.failedPrerequisites(), 0,
                t.figures(), t.hintZh())).toList(), r.notes());
    }

    /** The state exercise of both submissions, in this order, on one worker. */
    private static List<ExerciseResult> gradeStateInOrder(Submission first, Submission second)
            throws InterruptedException {
        try (Grader one = new Grader(FixtureCourse.course(), 1, "tests")) {
            return List.of(one.grade(first, Set.of("state"), TestListener.NONE).exercises().get(0),
                    one.grade(second, Set.of("state"), TestListener.NONE).exercises().get(0));
        }
    }

    @Test
    void missingExerciseIsReportedWithAllItsPoints() throws InterruptedException {
        ExerciseResult r = grade(new Submission("empty", FixtureCourse.home().resolve("submissions")));
        assertThat(r.status()).isInstanceOfSatisfying(ExerciseStatus.Missing.class, m ->
                assertThat(m.reason()).contains("demo/src/course/demo/Arith.java"));
        assertThat(r.maxScore()).isEqualTo(8.0);
    }

    @Test
    void selfCheckRunsThePublicTests(@TempDir Path workingCopy) throws Exception {
        // a student's working copy: the exercises folder with their own Arith.java in it
        Path demo = workingCopy.resolve("demo/src/course/demo");
        Files.createDirectories(demo);
        Files.copy(FixtureCourse.home().resolve("solutions/demo/src/course/demo/Arith.java"),
                demo.resolve("Arith.java"));
        SubmissionResult ok = grader.check(new Submission("sol", workingCopy), Set.of("demo"), TestListener.NONE);
        assertThat(ok.exercises().get(0).tests()).extracting(TestResult::name)
                .containsExactly("ArithPublicTests.addsOneAndOne", "ArithPublicTests.maxOfOne");
        assertThat(ok.score()).isEqualTo(2.0);
        SubmissionResult skeleton = grader.check(new Submission("ex", FixtureCourse.home().resolve("exercises")),
                Set.of("demo"), TestListener.NONE);
        assertThat(skeleton.score()).isZero();
    }
}
