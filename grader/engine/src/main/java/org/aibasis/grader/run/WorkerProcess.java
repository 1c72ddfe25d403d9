package org.aibasis.grader.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One worker JVM seen from the supervisor: send a request, poll events with a deadline, kill it when needed.
 */
final class WorkerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sentinel put in the queue when the worker's output ends: it exited or crashed. */
    private static final WorkerEvent EOF = new WorkerEvent("eof", -1, "", "", "", "", "", "");

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<WorkerEvent> events = new LinkedBlockingQueue<>();
    private final StringBuilder stderrTail = new StringBuilder();
    private final Path workDir;

    private WorkerProcess(Process process, Path workDir) {
        this.process = process;
        this.workDir = workDir;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread out = new Thread(this::pumpEvents, "worker-events-" + process.pid());
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(this::pumpStderr, "worker-stderr-" + process.pid());
        err.setDaemon(true);
        err.start();
    }

    static WorkerProcess start(WorkerSettings settings) throws IOException {
        Path dir = Files.createTempDirectory("grader-worker-");
        List<String> cmd = new ArrayList<>();
        cmd.add(settings.javaExecutable());
        cmd.add("-Xmx" + settings.heapMegabytes() + "m");
        cmd.add("-Xss" + settings.stackKilobytes() + "k");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(settings.classPath());
        cmd.add("org.aibasis.grader.run.worker.WorkerMain");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("LANG") && !k.startsWith("LC_"));
        return new WorkerProcess(pb.start(), dir);
    }

    void send(RunRequest request) throws IOException {
        stdin.write(JSON.writeValueAsString(request));
        stdin.write('\n');
        stdin.flush();
    }

    /** The next event, or empty when none came within {@code timeout}; {@code eof} when the worker is gone. */
    Optional<WorkerEvent> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    static boolean isEof(WorkerEvent e) {
        return e == EOF;
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.toString().strip();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(workDir);
    }

    private void pumpEvents() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("{")) {
                    try {
                        events.add(JSON.readValue(line, WorkerEvent.class));
                    } catch (IOException e) {
                        appendStderr("unreadable worker line: " + line);
                    }
                }
            }
        } catch (IOException e) {
            appendStderr(e.toString());
        } finally {
            events.add(EOF);
        }
    }

    private void pumpStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                appendStderr(line);
            }
        } catch (IOException e) {
            appendStderr(e.toString());
        }
    }

    private void appendStderr(String line) {
        synchronized (stderrTail) {
            stderrTail.append(line).append('\n');
            if (stderrTail.length() > 4000) {
                stderrTail.delete(0, stderrTail.length() - 4000);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
