package org.aibasis.grader.cli;

import java.util.concurrent.atomic.AtomicInteger;

/** Run in a child JVM by {@link LauncherJvmTests}: prints how many dropped finalizable objects were finalized. */
final class FinalizerProbe {
    private static final AtomicInteger FINALIZED = new AtomicInteger();

    private FinalizerProbe() {
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static final class Finalizable {
        @Override
        protected void finalize() {
            FINALIZED.incrementAndGet();
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 5000; i++) {
            new Finalizable();
        }
        for (int round = 0; round < 20 && FINALIZED.get() == 0; round++) {
            System.gc();
            Runtime.getRuntime().runFinalization();
            Thread.sleep(20);
        }
        System.out.println(FINALIZED.get());
    }
}
