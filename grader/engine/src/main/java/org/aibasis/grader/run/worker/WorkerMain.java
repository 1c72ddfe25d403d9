package org.aibasis.grader.run.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.run.LineSeal;
import org.aibasis.grader.run.RunRequest;
import org.aibasis.grader.run.TestRef;
import org.aibasis.grader.run.WorkerEvent;
import org.aibasis.grader.testkit.FixedSeedHook;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The worker JVM: the only process in which student code runs.
 *
 * <p>Its standard input first carries the key of a {@link LineSeal} (one line of hex, read before anything else
 * and not kept anywhere but in the seal), then one {@link RunRequest} per line. It answers with
 * {@link WorkerEvent}s, one sealed JSON line each, on the real standard output. {@code System.out} and
 * {@code System.err} are redirected to a bounded buffer first, so what the student prints is output, never
 * protocol; and whatever finds its way to the real standard output anyway cannot produce a line the
 * supervisor accepts. Each request gets a fresh class loader, and the JVM-wide settings are restored before
 * every test ({@link JvmState}), so no state leaks from one exercise or submission to the next.
 */
public final class WorkerMain {
    /** How long a test's leftover background work may take to stop before the worker gives up on it and retires. */
    private static final Duration SETTLE = Duration.ofMillis(500);

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        Channel channel = new Channel(new FileOutputStream(FileDescriptor.out), new LineSeal(readKey(stdin)));
        BoundedOutput captured = new BoundedOutput(0);
        installCapture(captured);
        // jqwik logs through java.util.logging; that chatter is not the student's output
        java.util.logging.LogManager.getLogManager().reset();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        FalsifiedSamples.activate();
        AbandonedShrinking.activate();
        Warmup.run(launcher);
        captured.drain(0);
        JvmState pristine = JvmState.capture();
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        channel.send(WorkerEvent.ready());
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            RunRequest request = channel.json.readValue(line, RunRequest.class);
            run(request, launcher, captured, pristine, channel);
            pristine.restore();
            channel.send(WorkerEvent.done());
        }
    }

    /** The seal's key: 64 hex digits and a line feed, read exactly, so that no reader's buffer keeps a copy. */
    private static byte[] readKey(InputStream in) throws IOException {
        byte[] hex = in.readNBytes(LineSeal.KEY_BYTES * 2 + 1);
        try {
            if (hex.length != LineSeal.KEY_BYTES * 2 + 1 || hex[hex.length - 1] != '\n') {
                throw new IOException("the supervisor did not send the protocol key first");
            }
            byte[] key = new byte[LineSeal.KEY_BYTES];
            for (int i = 0; i < key.length; i++) {
                key[i] = (byte) (HexFormat.fromHexDigit(hex[2 * i]) << 4 | HexFormat.fromHexDigit(hex[2 * i + 1]));
            }
            return key;
        } finally {
            Arrays.fill(hex, (byte) 0);
        }
    }

    /** Fresh streams over the buffer before every test, so that a test that closed System.out costs no output. */
    private static void installCapture(BoundedOutput captured) {
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        System.setIn(InputStream.nullInputStream());
    }

    private static void run(RunRequest request, Launcher launcher, BoundedOutput captured, JvmState pristine,
                            Channel channel) throws IOException {
        FixedSeedHook.activate(request.seedBase());
        URL[] urls = new URL[request.classPath().size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = Path.of(request.classPath().get(i)).toUri().toURL();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("submission", urls, WorkerMain.class.getClassLoader())) {
            TestExecutor executor = new TestExecutor(launcher, request.triesDefault(), request.shrinkSeconds(),
                    new HashSet<>(request.studentClasses()));
            List<TestRef> tests = request.tests();
            for (int i = 0; i < tests.size(); i++) {
                pristine.restore();
                installCapture(captured);
                Thread.currentThread().setContextClassLoader(loader);
                channel.send(WorkerEvent.started(i));
                captured.drain(request.outputLimit());
                Figures.drain();
                long start = System.nanoTime();
                WorkerEvent result = executor.runSafely(i, loader, tests.get(i));
                long millis = (System.nanoTime() - start) / 1_000_000;
                boolean settled = AbandonedShrinking.settled(SETTLE);
                channel.send(result.completed(captured.drain(0), millis, FigureBounds.bound(Figures.drain())));
                if (!settled) {
                    // the student's code is still running in the background: no later test may run beside it
                    channel.send(WorkerEvent.retire());
                    Runtime.getRuntime().halt(0);
                }
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The real standard output, every line sealed. */
    private static final class Channel {
        final ObjectMapper json = new ObjectMapper();
        private final OutputStream out;
        private final LineSeal seal;

        Channel(OutputStream out, LineSeal seal) {
            this.out = out;
            this.seal = seal;
        }

        synchronized void send(WorkerEvent event) throws IOException {
            out.write((seal.seal(json.writeValueAsString(event)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
