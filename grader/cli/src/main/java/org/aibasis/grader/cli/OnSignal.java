package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command must do when Ctrl-C or SIGTERM stops the JVM half-way: remove its temporary folders, stop its
 * workers, and say what was finished. The JVM runs shutdown hooks on those signals; grading threads go on running
 * while the hook runs, so the command asks {@link #stopping()} before it writes a result (a worker killed by the
 * same Ctrl-C must not leave a result saying the student's test crashed).
 *
 * <p>Open one per command with try-with-resources; {@link #close()} removes the hook and the temporary folders
 * when the command ends normally.
 */
final class OnSignal implements AutoCloseable {
    private final Thread hook;
    private final List<Path> scratch = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private volatile Runnable report = () -> { };
    private volatile boolean stopping;

    OnSignal() {
        hook = new Thread(this::stop, "grader-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A new temporary folder ({@code grader-<what>-...}), removed at the end or on a signal. */
    synchronized Path scratch(String what) throws IOException {
        Path dir = Files.createTempDirectory("grader-" + what + "-");
        scratch.add(dir);
        return dir;
    }

    /** Something to close (a grader and its workers) on a signal; the command closes it itself otherwise. */
    synchronized <T extends AutoCloseable> T closeOnSignal(T resource) {
        resources.add(resource);
        return resource;
    }

    /** What to print when a signal stops the command (what was finished, how to go on). */
    void onStop(Runnable message) {
        report = message;
    }

    /** Whether a signal is stopping the JVM: results finished from now on are not to be trusted or written. */
    boolean stopping() {
        return stopping;
    }

    private void stop() {
        stopping = true;
        report.run();
        List<AutoCloseable> toClose;
        synchronized (this) {
            toClose = List.copyOf(resources);
        }
        for (AutoCloseable r : toClose) {
            try {
                r.close();
            } catch (Exception e) {
                // stopping anyway; what cannot be closed dies with the JVM
            }
        }
        deleteScratch();
    }

    private synchronized void deleteScratch() {
        scratch.forEach(Cleanup::delete);
        scratch.clear();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return; // the JVM is shutting down: the hook cleans up
        }
        deleteScratch();
    }
}
