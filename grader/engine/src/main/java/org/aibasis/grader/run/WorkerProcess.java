package org.aibasis.grader.run;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One worker JVM seen from the supervisor: send a request, poll what it says with a deadline, learn why it
 * stopped, kill it when needed.
 *
 * <p>Everything the worker says is checked by a {@link LineSeal} whose key is handed over on the worker's
 * standard input before anything else; a line that fails the check ends the conversation.
 */
final class WorkerProcess implements AutoCloseable {
    static final String MAIN_CLASS = "org.aibasis.grader.run.worker.WorkerMain";
    /** Exit status of a JVM that {@code -XX:+ExitOnOutOfMemoryError} stopped. */
    static final int OUT_OF_MEMORY_STATUS = 3;
    /** Longest line a genuine worker sends (messages, output and samples are truncated far below this). */
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What the worker said, in order. */
    sealed interface Incoming {
        /** A genuine protocol event. */
        record Event(WorkerEvent event) implements Incoming {
        }

        /** A line that the worker's seal does not vouch for: forged, corrupted or unreadable. */
        record Unsealed(String what) implements Incoming {
        }

        /** The worker's standard output ended: it exited or was killed. */
        record End() implements Incoming {
        }
    }

    private final Process process;
    private final OutputStream stdin;
    private final LineSeal seal;
    private final BlockingQueue<Incoming> incoming = new LinkedBlockingQueue<>();
    private final StringBuilder stderrTail = new StringBuilder();
    private final Thread stderrPump;
    private final Path workDir;
    private int requests;

    private WorkerProcess(Process process, Path workDir, byte[] key) throws IOException {
        this.process = process;
        this.workDir = workDir;
        this.stdin = process.getOutputStream();
        byte[] hex = HexFormat.of().formatHex(key).concat("\n").getBytes(StandardCharsets.US_ASCII);
        this.seal = new LineSeal(key);
        try {
            stdin.write(hex);
            stdin.flush();
        } finally {
            Arrays.fill(hex, (byte) 0);
        }
        Thread out = new Thread(this::pumpEvents, "worker-events-" + process.pid());
        out.setDaemon(true);
        out.start();
        stderrPump = new Thread(this::pumpStderr, "worker-stderr-" + process.pid());
        stderrPump.setDaemon(true);
        stderrPump.start();
    }

    static WorkerProcess start(WorkerSettings settings, Isolation isolation, String mainClass) throws IOException {
        Path dir = Files.createTempDirectory("grader-worker-");
        List<String> cmd = new ArrayList<>(isolation.prefix());
        List<String> jvm = command(settings, dir, mainClass);
        if (mainClass.equals(MAIN_CLASS)) {
            List<String> use = StartupArchive.use(settings, jvm);
            jvm.addAll(1, use);
        }
        cmd.addAll(jvm);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        minimalEnvironment(pb, dir);
        byte[] key = new byte[LineSeal.KEY_BYTES];
        RANDOM.nextBytes(key);
        Process process = pb.start();
        try {
            return new WorkerProcess(process, dir, key);
        } catch (IOException e) {
            process.destroyForcibly();
            deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * The worker's java command line: the launcher, its options, the class path and the main class.
     *
     * <p>A worker stops at the first JIT tier ({@code -XX:TieredStopAtLevel=1}): each exercise's student and test
     * classes are new classes in a new class loader, so code the optimizing compiler made for one exercise is of no
     * use to the next, and its compiler threads were the largest consumer of CPU in a batch (more than the tests'
     * own threads). Measured on the bench's class at {@code --jobs 1}: a quarter less wall time, a third less CPU,
     * the tests' own time lower too, every outcome the same.
     */
    static List<String> command(WorkerSettings settings, Path dir, String mainClass) {
        return new ArrayList<>(List.of(settings.javaExecutable(), "-XX:TieredStopAtLevel=1",
                "-Xmx" + settings.heapMegabytes() + "m", "-Xss" + settings.stackKilobytes() + "k",
                "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-XX:+DisableAttachMechanism", "--finalization=disabled",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
                "-Djava.io.tmpdir=" + dir, "-Duser.home=" + dir,
                "-cp", settings.classPath(), mainClass));
    }

    /** Nothing of the grader's environment reaches a worker but a path, a locale and its own folder. */
    static void minimalEnvironment(ProcessBuilder pb, Path dir) {
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8", "HOME", dir.toString(),
                "TMPDIR", dir.toString()));
    }

    void send(RunRequest request) throws IOException {
        requests++;
        stdin.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** How many requests this worker has been sent. */
    int requests() {
        return requests;
    }

    /** What the worker said next, or empty when it said nothing within {@code timeout}. */
    Optional<Incoming> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** CPU time the worker has used so far (all its threads), where the platform says. */
    Optional<Duration> cpuTime() {
        return process.toHandle().info().totalCpuDuration();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Why the worker stopped, decided from its exit status once it has exited (so the same crash always reads
     * the same), with the JVM's last words when they say more than the status.
     */
    String stopReason(int heapMegabytes) throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            return "the JVM running it stopped answering";
        }
        int status = process.exitValue();
        return switch (status) {
            case OUT_OF_MEMORY_STATUS -> "it ran out of memory (limit " + heapMegabytes + " MiB): the code keeps "
                    + "far more data than the problem needs";
            case 134 -> "the JVM running it crashed (exit status 134)";
            case 137 -> "the JVM running it was killed (signal 9; the machine may be short of memory)";
            default -> "the JVM running it stopped (exit status " + status + ")";
        };
    }

    /** What the worker wrote on its standard error, complete once it has exited. */
    String stderrTail() throws InterruptedException {
        if (!process.isAlive()) {
            stderrPump.join(Duration.ofSeconds(5));
        }
        synchronized (stderrTail) {
            return stderrTail.toString().strip();
        }
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
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            Optional<byte[]> line;
            while ((line = readLine(in)).isPresent()) {
                Incoming said = parse(line.get());
                incoming.add(said);
                if (said instanceof Incoming.Unsealed) {
                    return;
                }
            }
        } catch (IOException e) {
            appendStderr(e.toString());
        } finally {
            incoming.add(new Incoming.End());
        }
    }

    private Incoming parse(byte[] bytes) {
        if (bytes.length > MAX_LINE_BYTES) {
            return new Incoming.Unsealed("a line of more than " + MAX_LINE_BYTES + " bytes");
        }
        String line = new String(bytes, StandardCharsets.UTF_8);
        Optional<String> json = seal.open(line);
        if (json.isEmpty()) {
            return new Incoming.Unsealed("an unsigned line: " + excerpt(line));
        }
        try {
            return new Incoming.Event(JSON.readValue(json.get(), WorkerEvent.class));
        } catch (IOException e) {
            return new Incoming.Unsealed("a signed line that is not an event: " + excerpt(json.get()));
        }
    }

    /** The next line without its terminator; one byte past the limit marks a line that is too long. */
    private static Optional<byte[]> readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() <= MAX_LINE_BYTES) {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? Optional.empty() : Optional.of(line.toByteArray());
    }

    private static String excerpt(String line) {
        String one = line.strip().replaceAll("\\p{Cntrl}", "?");
        return one.length() <= 120 ? one : one.substring(0, 120) + "...";
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
