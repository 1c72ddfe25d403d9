package org.aibasis.grader.run;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Worker JVMs that follow a script instead of running tests: each nested class is a {@code main} that holds the
 * real key and seals its lines, so it shows what the supervisor does with a worker that misbehaves in ways a
 * student cannot make the real worker misbehave (wrong indexes, early exits, a closed input).
 */
final class ScriptedWorkers {
    private ScriptedWorkers() {
    }

    /** A worker's side of the protocol, as the real worker speaks it. */
    static final class Session {
        private static final ObjectMapper JSON = new ObjectMapper();
        final InputStream in;
        private final OutputStream out = new FileOutputStream(FileDescriptor.out);
        private final LineSeal seal;
        private final BufferedReader requests;

        Session() throws IOException {
            in = new FileInputStream(FileDescriptor.in);
            byte[] hex = in.readNBytes(LineSeal.KEY_BYTES * 2 + 1);
            seal = new LineSeal(HexFormat.of().parseHex(new String(hex, 0, LineSeal.KEY_BYTES * 2,
                    StandardCharsets.US_ASCII)));
            requests = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        /** A session that has said it is ready. */
        static Session ready() throws IOException {
            Session s = new Session();
            s.send(WorkerEvent.ready());
            return s;
        }

        /** The next request, or null when the supervisor closed the input. */
        RunRequest request() throws IOException {
            String line = requests.readLine();
            return line == null ? null : JSON.readValue(line, RunRequest.class);
        }

        void send(WorkerEvent e) throws IOException {
            out.write((seal.seal(JSON.writeValueAsString(e)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void pass(int index) throws IOException {
            send(WorkerEvent.started(index));
            send(new WorkerEvent("finished", index, "passed", "", "", "", "", ""));
        }

        /** Every test of every request passes. */
        void serve() throws IOException {
            for (RunRequest r = request(); r != null; r = request()) {
                for (int i = 0; i < r.tests().size(); i++) {
                    pass(i);
                }
                send(WorkerEvent.done());
            }
        }
    }

    /**
     * The first worker a supervisor starts exits before it is ready (as one that a loaded machine starts too slowly
     * is given up); every later one serves. The marker lives in the supervisor's temporary folder, the parent of
     * each worker's own.
     */
    static final class FailsItsFirstStart {
        public static void main(String[] args) throws IOException {
            long supervisor = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
            Path marker = Path.of(System.getProperty("java.io.tmpdir")).getParent()
                    .resolve("aibasis-first-start-" + supervisor);
            if (!Files.exists(marker)) {
                Files.createFile(marker);
                System.exit(1);
            }
            Session.ready().serve();
        }
    }

    /** Test 0 passes, then it reports a start far past the last test. */
    static final class StartsPastTheEnd {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.pass(0);
            s.send(WorkerEvent.started(7));
            s.serve();
        }
    }

    /** Reports a result for test 1 that never started. */
    static final class FinishesUnstarted {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.send(new WorkerEvent("finished", 1, "passed", "", "", "", "", ""));
            s.serve();
        }
    }

    /** Says done before every test has a result. */
    static final class DoneTooSoon {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.pass(0);
            s.send(WorkerEvent.done());
            s.serve();
        }
    }

    /** Exits as soon as it is asked to run anything. */
    static final class ExitsBeforeStarting {
        public static void main(String[] args) throws IOException {
            Session.ready().request();
            System.exit(1);
        }
    }

    /**
     * Passes the first test it is given and retires, as a worker does whose test left code running; a second request
     * sent to it anyway would be answered with a result for a test that never started.
     */
    static final class RetiresAfterOneTest {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.pass(0);
            s.send(WorkerEvent.retire());
            s.request();
            s.pass(5);
        }
    }

    /** Starts a test and retires in the middle of it. */
    static final class RetiresDuringATest {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.send(WorkerEvent.started(0));
            s.send(WorkerEvent.retire());
            s.serve();
        }
    }

    /** Passes the first test it is given, then exits between tests. */
    static final class ExitsBetweenTests {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.pass(0);
            System.exit(1);
        }
    }

    /** Starts a test and exits as a JVM out of memory does. */
    static final class ExitsAsOutOfMemory {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.send(WorkerEvent.started(0));
            System.exit(WorkerProcess.OUT_OF_MEMORY_STATUS);
        }
    }

    /** Serves one request, then closes its input: the next request cannot be sent to it. */
    static final class ClosesInputAfterOneRequest {
        public static void main(String[] args) throws IOException, InterruptedException {
            Session s = Session.ready();
            RunRequest r = s.request();
            for (int i = 0; i < r.tests().size(); i++) {
                s.pass(i);
            }
            s.in.close();
            s.send(WorkerEvent.done());
            Thread.sleep(60_000);
        }
    }

    /** Closes its input before any request: nothing can be sent to it. */
    static final class ClosesInputAtOnce {
        public static void main(String[] args) throws IOException, InterruptedException {
            Session s = new Session();
            s.in.close();
            s.send(WorkerEvent.ready());
            Thread.sleep(60_000);
        }
    }

    /** Serves its first request honestly and says done at once on the second. */
    static final class LiesOnTheSecondRequest {
        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            RunRequest r = s.request();
            for (int i = 0; i < r.tests().size(); i++) {
                s.pass(i);
            }
            s.send(WorkerEvent.done());
            s.request();
            s.send(WorkerEvent.done());
            s.serve();
        }
    }

    /** Starts the first test and computes without end. */
    static final class SpinsInTheFirstTest {
        static volatile long spins;

        public static void main(String[] args) throws IOException {
            Session s = Session.ready();
            s.request();
            s.send(WorkerEvent.started(0));
            while (spins >= 0) {
                spins = spins + 1 | 1;
            }
        }
    }
}
