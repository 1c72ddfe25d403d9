package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two steps of a submission's exercises: staged one at a time in order, finished in several lanes. */
class PipelineTests {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheLanesFinishIn() {
        Random random = new Random(4511);
        int[] delays = IntStream.range(0, 12).map(i -> random.nextInt(15)).toArray();
        List<String> results = assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 12, 3, i -> "s" + i,
                (i, staged) -> {
                    Thread.sleep(delays[i]);
                    return staged + "->f" + i;
                }, s -> {
                }));
        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "s" + i + "->f" + i)
                .toList());
    }

    @Test
    void stagingIsSequentialInOrderAndAtMostOneMoreThanTheLanesAhead() {
        int lanes = 2;
        List<Integer> stagedOrder = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger staging = new AtomicInteger();
        AtomicInteger concurrentStaging = new AtomicInteger();
        AtomicInteger ahead = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 20, lanes, i -> {
            concurrentStaging.accumulateAndGet(staging.incrementAndGet(), Math::max);
            stagedOrder.add(i);
            mostAhead.accumulateAndGet(ahead.incrementAndGet(), Math::max);
            staging.decrementAndGet();
            return i;
        }, (i, staged) -> {
            Thread.sleep(3);
            ahead.decrementAndGet();
            return staged;
        }, s -> {
        }));
        assertThat(stagedOrder).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        assertThat(concurrentStaging).hasValue(1);
        // an item counts as ahead from its staging until its finish ends; the window admits lanes + 1
        assertThat(mostAhead.get()).isBetween(2, lanes + 1);
    }

    @Test
    void asManyItemsAsLanesAreFinishedAtOnceAndNoMore() {
        int lanes = 3;
        CyclicBarrier allLanes = new CyclicBarrier(lanes);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 9, lanes, i -> i, (i, staged) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                // every lane must be in a finish at the same moment for any of them to get past this
                allLanes.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the lanes did not run at once", e);
            }
            running.decrementAndGet();
            return staged;
        }, s -> {
        }));
        assertThat(most).hasValue(lanes);
    }

    @Test
    void oneLaneFinishesOneItemAtATime() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> results = assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 8, 1, i -> i,
                (i, staged) -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(2);
                    running.decrementAndGet();
                    return staged;
                }, s -> {
                }));
        assertThat(results).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(most).hasValue(1);
    }

    @Test
    void moreLanesThanItemsIsFineAndNoItemsGiveNoResults() {
        assertThat(assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 2, 8, i -> i,
                (i, staged) -> staged * 10, s -> {
                }))).containsExactly(0, 10);
        assertThat(assertTimeoutPreemptively(LIMIT, () -> Pipeline.<Integer, Integer>run(threads, 0, 2, i -> i,
                (i, staged) -> staged, s -> {
                }))).isEmpty();
    }

    @Test
    void aFailedFinishEndsTheRunWithItsExceptionAndStagedItemsNoLaneTookAreAbandoned() {
        CountDownLatch secondStaged = new CountDownLatch(1);
        List<Integer> abandoned = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 5, 1, i -> {
            if (i == 1) {
                secondStaged.countDown();
            }
            return i;
        }, (i, staged) -> {
            secondStaged.await();
            throw boom;
        }, abandoned::add))).isSameAs(boom);
        // item 0 was claimed (its finish cleans up after itself); item 1 was staged and never claimed
        assertThat(abandoned).containsExactly(1);
    }

    @Test
    void aFailedStagingEndsTheRunWithoutWaitingForever() {
        Error broken = new AssertionError("broken course");
        assertThatThrownBy(() -> assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(threads, 6, 2, i -> {
            if (i == 3) {
                throw broken;
            }
            return i;
        }, (i, staged) -> staged, s -> {
        }))).isSameAs(broken);
    }

    @Test
    void interruptingTheCallerInterruptsTheFinishesUnderWay() throws Exception {
        CountDownLatch finishing = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Pipeline.run(threads, 4, 2, i -> i, (i, staged) -> {
                    finishing.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                    return staged;
                }, s -> {
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        assertThat(finishing.await(10, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
