package org.aibasis.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.model.Outcome;
import org.junit.jupiter.api.Test;

/** The supervisor's side of the protocol, against scripted workers that break it in every way it can break. */
class ProtocolTests {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final RunRequest THREE_TESTS = tests(3);

    private static RunRequest tests(int n) {
        return new RunRequest(List.of(), IntStream.range(0, n).mapToObj(i -> new TestRef("[test:" + i + "]",
                "course.demo.ScriptTests", "ScriptTests.test" + i)).toList(), List.of(), "seed", 10, 100, 1);
    }

    private static RunResult run(Class<?> script, RunRequest... requests) throws InterruptedException {
        try (WorkerPool pool = new WorkerPool(1, WorkerSettings.defaults(), script.getName())) {
            RunResult last = null;
            for (RunRequest r : requests) {
                last = pool.run(r, LIMIT, LIMIT.multipliedBy(3), TestListener.NONE);
            }
            return last;
        }
    }

    private static List<Outcome> outcomes(RunResult r) {
        assertThat(r).isInstanceOf(RunResult.Finished.class);
        return ((RunResult.Finished) r).runs().stream().map(TestRun::outcome).toList();
    }

    @Test
    void aStartPastTheLastTestIsAViolation() throws InterruptedException {
        assertThat(run(ScriptedWorkers.StartsPastTheEnd.class, THREE_TESTS)).isInstanceOfSatisfying(
                RunResult.ProtocolViolated.class, v -> assertThat(v.reason()).contains("'started' for test 7 of 3",
                        "the start of test 1"));
    }

    @Test
    void aResultForATestThatNeverStartedIsAViolation() throws InterruptedException {
        assertThat(run(ScriptedWorkers.FinishesUnstarted.class, THREE_TESTS)).isInstanceOfSatisfying(
                RunResult.ProtocolViolated.class, v -> assertThat(v.reason()).contains("'finished' for test 1",
                        "the start of test 0"));
    }

    @Test
    void doneBeforeEveryResultIsAViolation() throws InterruptedException {
        assertThat(run(ScriptedWorkers.DoneTooSoon.class, THREE_TESTS)).isInstanceOfSatisfying(
                RunResult.ProtocolViolated.class, v -> assertThat(v.reason()).contains("'done'",
                        "the start of test 1"));
    }

    @Test
    void aWorkerThatStopsBetweenTestsChargesNoTest() throws InterruptedException {
        // every fresh worker passes one test and exits: the two tests take two workers and both pass
        assertThat(outcomes(run(ScriptedWorkers.ExitsBetweenTests.class, tests(2))))
                .allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Passed.class));
    }

    @Test
    void aWorkerThatRetiresIsReplacedAndNoTestIsLost() throws InterruptedException {
        assertThat(outcomes(run(ScriptedWorkers.RetiresAfterOneTest.class, THREE_TESTS)))
                .hasSize(3).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Passed.class));
    }

    @Test
    void retiringInTheMiddleOfATestIsAViolation() throws InterruptedException {
        assertThat(run(ScriptedWorkers.RetiresDuringATest.class, THREE_TESTS)).isInstanceOfSatisfying(
                RunResult.ProtocolViolated.class, v -> assertThat(v.reason()).contains("'retire'",
                        "the result of test 0"));
    }

    @Test
    void aWorkerThatStopsBeforeStartingIsReplacedOnceThenTheTestsError() throws InterruptedException {
        assertThat(outcomes(run(ScriptedWorkers.ExitsBeforeStarting.class, THREE_TESTS))).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(Outcome.Errored.class, e -> assertThat(e.message())
                        .contains("could not run this test", "exit status 1", "before starting a test")));
    }

    @Test
    void theExitStatusOfAnOutOfMemoryJvmNamesTheHeapLimit() throws InterruptedException {
        assertThat(outcomes(run(ScriptedWorkers.ExitsAsOutOfMemory.class, tests(1)))).singleElement()
                .isInstanceOfSatisfying(Outcome.Errored.class, e ->
                assertThat(e.message()).isEqualTo("the test crashed: it ran out of memory (limit "
                        + WorkerSettings.DEFAULT_HEAP_MEGABYTES + " MiB): the code keeps far more data than the "
                        + "problem needs"));
    }

    @Test
    void aFailedSendIsRetriedOnAFreshWorker() throws InterruptedException {
        // the first request closes the worker's input; the second cannot be sent to it and goes to a new one
        assertThat(outcomes(run(ScriptedWorkers.ClosesInputAfterOneRequest.class, THREE_TESTS, THREE_TESTS)))
                .allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Passed.class));
    }

    @Test
    void aSendThatFailsTwiceErrorsTheTestsWithTheReason() throws InterruptedException {
        assertThat(outcomes(run(ScriptedWorkers.ClosesInputAtOnce.class, THREE_TESTS))).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(Outcome.Errored.class, e -> assertThat(e.message())
                        .contains("could not run this test", "could not be sent the tests")));
    }

    @Test
    void aWorkerThatFailsToStartIsReplacedOnce() throws Exception {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"),
                "aibasis-first-start-" + ProcessHandle.current().pid());
        Files.deleteIfExists(marker);
        try {
            assertThat(outcomes(run(ScriptedWorkers.FailsItsFirstStart.class, THREE_TESTS)))
                    .allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Passed.class));
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    @Test
    void aWorkerIsRetiredAfterItsRequests() throws InterruptedException {
        // each worker of this script lies on its second request: retired after one, none gets to lie
        try (WorkerPool pool = new WorkerPool(1, WorkerSettings.defaults().withRequestsPerWorker(1),
                ScriptedWorkers.LiesOnTheSecondRequest.class.getName())) {
            for (int i = 0; i < 2; i++) {
                assertThat(outcomes(pool.run(THREE_TESTS, LIMIT, LIMIT.multipliedBy(3), TestListener.NONE)))
                        .allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Passed.class));
            }
        }
        assertThat(run(ScriptedWorkers.LiesOnTheSecondRequest.class, THREE_TESTS, THREE_TESTS))
                .as("kept for more requests").isInstanceOf(RunResult.ProtocolViolated.class);
    }

    @Test
    void theExerciseTimeLimitEndsARunThatTheTestLimitWouldNot() throws InterruptedException {
        try (WorkerPool pool = new WorkerPool(1, WorkerSettings.defaults(),
                ScriptedWorkers.SpinsInTheFirstTest.class.getName())) {
            RunResult r = pool.run(THREE_TESTS, Duration.ofSeconds(60), Duration.ofSeconds(2), TestListener.NONE);
            assertThat(outcomes(r)).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.NotRun.class,
                    n -> assertThat(n.reason()).contains("time limit of 2 s for all its tests together ran out")));
        }
    }
}
