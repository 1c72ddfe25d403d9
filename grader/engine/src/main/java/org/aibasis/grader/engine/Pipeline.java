package org.aibasis.grader.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A submission's exercises in two steps: staged in this process one at a time and in order (locate, compile,
 * inspect), then finished in up to {@code lanes} workers at once (run, score). Staging keeps at most one exercise
 * more than the lanes ahead of the finished ones, so the compiler works while the workers run tests without
 * compiling the whole submission before the first test.
 */
final class Pipeline {
    /** The second step; it may wait for a worker. */
    interface Finish<S, R> {
        R apply(int index, S staged) throws InterruptedException;
    }

    private Pipeline() {
    }

    /**
     * The results in the items' order. The first failure of either step (a runtime exception or an error) ends
     * the run and is thrown here; so is an interruption of the calling thread, after the steps under way are
     * interrupted.
     *
     * @param abandon what to do with a staged item that will not be finished (the run ended early)
     */
    static <S, R> List<R> run(ExecutorService threads, int count, int lanes, IntFunction<S> stage,
                              Finish<S, R> finish, Consumer<S> abandon) throws InterruptedException {
        if (count == 0) {
            return List.of();
        }
        int width = Math.max(1, Math.min(lanes, count));
        List<CompletableFuture<S>> staged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staged.add(new CompletableFuture<>());
        }
        Object[] results = new Object[count];
        Semaphore window = new Semaphore(width + 1);
        AtomicInteger claimed = new AtomicInteger();
        CompletionService<Void> done = new ExecutorCompletionService<>(threads);
        List<Future<Void>> steps = new ArrayList<>();
        steps.add(done.submit(() -> {
            for (int i = 0; i < count; i++) {
                window.acquire();
                try {
                    staged.get(i).complete(stage.apply(i));
                } catch (RuntimeException | Error e) {
                    staged.get(i).completeExceptionally(e);
                    throw e;
                }
            }
            return null;
        }));
        for (int lane = 0; lane < width; lane++) {
            steps.add(done.submit(() -> {
                for (int i = claimed.getAndIncrement(); i < count; i = claimed.getAndIncrement()) {
                    results[i] = finish.apply(i, await(staged.get(i)));
                    window.release();
                }
                return null;
            }));
        }
        try {
            for (int i = 0; i < steps.size(); i++) {
                await(done.take());
            }
        } finally {
            steps.forEach(s -> s.cancel(true));
            // what was staged but never claimed by a lane; a claimed one is cleaned up by its finish
            for (int i = claimed.getAndSet(count); i < count; i++) {
                CompletableFuture<S> s = staged.get(i);
                if (s.isDone() && !s.isCompletedExceptionally() && !s.isCancelled()) {
                    abandon.accept(s.join());
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(results);
        return List.copyOf(inOrder);
    }

    /** What the future holds, or its failure as it was thrown. */
    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** A step's failure as it was thrown; an interruption of a step as this thread's. */
    private static RuntimeException rethrown(Throwable cause) throws InterruptedException {
        switch (cause) {
            case InterruptedException i -> throw i;
            case RuntimeException r -> throw r;
            case Error err -> throw err;
            default -> throw new IllegalStateException(cause);
        }
    }
}
