package org.aibasis.grader.run.worker;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.LockSupport;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import org.aibasis.grader.testkit.EveryPropertyHook;

/**
 * Ends what jqwik leaves running when the shrinking of a falsified property reaches its time bound.
 *
 * <p>jqwik shrinks in a task of the common fork-join pool and, once the bound is reached, reports the best sample so
 * far without cancelling that task, which goes on calling the property, and so the student's code, in the
 * background. On a warm worker it would run beside the next tests, the next student's included: it takes a core,
 * prints into their output, and, the common pool having a single thread on a two-core machine, every later shrinking
 * queues behind it until its own bound, so later students got unshrunk counterexamples and paid the whole bound for
 * every failing property. This hook ends such a task at its next try; {@link #settled} says whether the pool is idle
 * again, and a worker whose pool is not (a try stuck in the student's code) retires.
 *
 * <p>Registered globally through {@code META-INF/services}, and inert until the worker activates it.
 */
public final class AbandonedShrinking implements AroundPropertyHook, AroundTryHook, EveryPropertyHook {
    private static volatile boolean active;
    /** The test instance of the property running now; jqwik makes one per property, so it names the run. */
    private static volatile Optional<Object> running = Optional.empty();

    /** Starts guarding: called once by the worker. */
    static void activate() {
        active = true;
    }

    /** Whether the common pool is idle, waiting up to {@code patience} for a task this hook has stopped to unwind. */
    static boolean settled(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        ForkJoinPool pool = ForkJoinPool.commonPool();
        while (!pool.isQuiescent()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        running = Optional.of(context.testInstance());
        try {
            return property.execute();
        } finally {
            running = Optional.empty();
        }
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        if (active && running.filter(p -> p == context.testInstance()).isEmpty()) {
            throw new Abandoned();
        }
        return aTry.execute(parameters);
    }

    @Override
    public int aroundTryProximity() {
        // outermost: an abandoned try must not reach any other hook, let alone the property
        return -1000;
    }

    /**
     * Unwinds an abandoned shrinking task: an {@link Error} that is not an {@link AssertionError}, which jqwik passes
     * on instead of counting the try as falsified, so it ends the task.
     */
    private static final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the property this try belongs to has finished", null, false, false);
        }
    }
}
