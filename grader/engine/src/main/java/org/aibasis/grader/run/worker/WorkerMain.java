package org.aibasis.grader.run.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * <p>It reads one {@link RunRequest} per line on standard input and answers with {@link WorkerEvent}s, one JSON
 * object per line, on the real standard output. {@code System.out} and {@code System.err} are redirected to a
 * bounded buffer first, so nothing the student prints can corrupt the protocol. Each request gets a fresh
 * class loader, so no state leaks from one exercise or submission to the next.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BoundedOutput captured = new BoundedOutput(0);
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        System.setIn(InputStream.nullInputStream());
        // jqwik logs through java.util.logging; that chatter is not the student's output
        java.util.logging.LogManager.getLogManager().reset();
        ObjectMapper json = new ObjectMapper();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        Warmup.run(launcher);
        captured.drain(0);
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
                StandardCharsets.UTF_8));
        send(protocol, json, WorkerEvent.ready());
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            RunRequest request = json.readValue(line, RunRequest.class);
            run(request, launcher, captured, protocol, json);
            send(protocol, json, WorkerEvent.done());
        }
    }

    private static void run(RunRequest request, Launcher launcher, BoundedOutput captured, PrintStream protocol,
                            ObjectMapper json) throws IOException {
        FixedSeedHook.activate(request.seedBase());
        URL[] urls = new URL[request.classPath().size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = Path.of(request.classPath().get(i)).toUri().toURL();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("submission", urls, WorkerMain.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            TestExecutor executor = new TestExecutor(launcher, request.triesDefault(), request.shrinkSeconds(),
                    new HashSet<>(request.studentClasses()));
            List<TestRef> tests = request.tests();
            for (int i = 0; i < tests.size(); i++) {
                TestRef ref = tests.get(i);
                send(protocol, json, WorkerEvent.started(i));
                captured.drain(request.outputLimit());
                WorkerEvent result;
                try {
                    Class<?> testClass = Class.forName(ref.className(), false, loader);
                    result = executor.run(i, testClass, ref);
                } catch (ClassNotFoundException | LinkageError e) {
                    result = new WorkerEvent("finished", i, "errored", "cannot load the test class "
                            + ref.className() + ": " + executor.describe(e), "", "", "", "");
                }
                String output = captured.drain(0);
                send(protocol, json, new WorkerEvent(result.type(), result.index(), result.outcome(),
                        result.message(), result.sample(), result.originalSample(), result.seed(), output));
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void send(PrintStream protocol, ObjectMapper json, WorkerEvent event) throws IOException {
        synchronized (protocol) {
            protocol.println(json.writeValueAsString(event));
            protocol.flush();
        }
    }
}
