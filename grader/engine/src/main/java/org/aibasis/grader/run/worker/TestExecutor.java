package org.aibasis.grader.run.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.aibasis.grader.run.TestRef;
import org.aibasis.grader.run.WorkerEvent;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Runs one test method through the JUnit Platform and condenses everything that happened (all invocations,
 * container failures, jqwik's report) into one {@code finished} event.
 */
final class TestExecutor {
    private static final int MAX_MESSAGE = 4000;

    private final Launcher launcher;
    private final int triesDefault;
    private final int shrinkSeconds;
    private final Set<String> studentClasses;

    TestExecutor(Launcher launcher, int triesDefault, int shrinkSeconds, Set<String> studentClasses) {
        this.launcher = launcher;
        this.triesDefault = triesDefault;
        this.shrinkSeconds = shrinkSeconds;
        this.studentClasses = studentClasses;
    }

    /**
     * Runs one test; whatever goes wrong, even in the student's code that describing a failure calls (an
     * exception's {@code getMessage}), becomes this test's result rather than the worker's end.
     */
    WorkerEvent runSafely(int index, ClassLoader loader, TestRef ref) {
        try {
            Class.forName(ref.className(), false, loader);
            return run(index, ref);
        } catch (ClassNotFoundException | LinkageError e) {
            return finished(index, "errored", "cannot load the test class " + ref.className() + ": "
                    + describe(e), Optional.empty());
        } catch (Throwable t) {
            return finished(index, "errored", "the test's result could not be reported: "
                    + t.getClass().getName() + " was thrown while describing it", Optional.empty());
        }
    }

    /** Runs the test the supervisor discovered, by its unique id, in the class loader of the thread's context. */
    private WorkerEvent run(int index, TestRef ref) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(ref.uniqueId()))
                // keeps jqwik's text report out of the captured output; FalsifiedSamples has its content
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.database", "")
                .configurationParameter("jqwik.failures.runfirst", "false")
                .configurationParameter("jqwik.tries.default", Integer.toString(triesDefault))
                .configurationParameter("jqwik.shrinking.bounded.seconds", Integer.toString(shrinkSeconds))
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        FalsifiedSamples.take();
        Collector collector = new Collector();
        launcher.execute(request, collector);
        return collector.toEvent(index);
    }

    private static WorkerEvent finished(int index, String outcome, String message,
                                        Optional<FalsifiedSamples.Falsified> sample) {
        String msg = truncate(message);
        return sample.map(f -> new WorkerEvent("finished", index, outcome, msg, truncate(f.sample()),
                truncate(f.original()), f.seed(), "")).orElse(new WorkerEvent("finished", index, outcome, msg, "", "",
                "", ""));
    }

    /** Worst result over every test and container the selected method produced. */
    private final class Collector implements TestExecutionListener {
        private Throwable failure;
        private String abortReason;
        private int testsFinished;

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                testsFinished++;
            }
            switch (result.getStatus()) {
                case FAILED -> {
                    if (failure == null) {
                        failure = result.getThrowable().orElse(new AssertionError("failed without a message"));
                    }
                }
                case ABORTED -> abortReason = result.getThrowable().map(TestExecutor::message).orElse("aborted");
                case SUCCESSFUL -> {
                }
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            abortReason = "skipped: " + reason;
        }

        WorkerEvent toEvent(int index) {
            Optional<FalsifiedSamples.Falsified> report = FalsifiedSamples.take();
            if (failure != null) {
                return finished(index, root(failure) instanceof AssertionError ? "failed" : "errored",
                        describe(failure), report);
            }
            if (abortReason != null) {
                return finished(index, "errored", "the test did not complete: " + abortReason, report);
            }
            if (testsFinished == 0) {
                return finished(index, "errored", "the test engine ran nothing for this test", Optional.empty());
            }
            return finished(index, "passed", "", Optional.empty());
        }
    }

    /**
     * The message a student needs: what was thrown and where in their own code. The throwable may be the
     * student's own class, so every method that could be overridden is called through {@link #message},
     * {@link #causeOf} and {@link #traceOf}, which survive one that throws.
     */
    String describe(Throwable t) {
        if (t instanceof AssertionError && causeOf(t) == null) {
            return Optional.ofNullable(message(t)).orElse("assertion failed");
        }
        Throwable root = root(t);
        if (root instanceof AssertionError) {
            return Optional.ofNullable(message(root)).orElse("assertion failed");
        }
        if (root instanceof ExceptionInInitializerError e && causeOf(e) != null) {
            Throwable thrown = causeOf(e);
            return "the static initialiser of a class threw " + thrown.getClass().getSimpleName()
                    + Optional.ofNullable(message(thrown)).map(m -> ": " + m).orElse("") + whereInStudentCode(thrown);
        }
        String what = switch (root) {
            case NoClassDefFoundError e when String.valueOf(message(e)).startsWith("Could not initialize class")
                    -> Names.strip(message(e)).replace("Could not initialize class", "class")
                    + " cannot be used: its static initialiser failed in an earlier test (see that test's message)";
            case NoSuchMethodError e -> "your code does not have the method the test calls: "
                    + Names.strip(message(e)) + " (keep the signature the skeleton gives)";
            case NoSuchFieldError e -> "your code does not have the field the test uses: "
                    + Names.strip(message(e));
            case NoClassDefFoundError e -> "a class the test needs is missing from your code: "
                    + Names.strip(message(e)).replace('/', '.');
            case AbstractMethodError e -> "a method the test calls is not implemented: "
                    + Names.strip(message(e));
            case IncompatibleClassChangeError e -> "your class does not match the skeleton's shape: "
                    + Names.strip(message(e));
            case StackOverflowError e -> "StackOverflowError: the recursion never ends (or is far too deep)";
            case OutOfMemoryError e -> "OutOfMemoryError: " + message(e)
                    + " (the code keeps far more data than the problem needs)";
            default -> root.getClass().getSimpleName() + Optional.ofNullable(message(root)).map(m -> ": " + m)
                    .orElse("");
        };
        return what + whereInStudentCode(root);
    }

    /** A throwable's message, or what its {@code getMessage} threw instead; null when it has none. */
    static String message(Throwable t) {
        try {
            return t.getMessage();
        } catch (Throwable e) {
            return "(its message could not be read: getMessage threw " + e.getClass().getName() + ")";
        }
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable e) {
            return null;
        }
    }

    private static StackTraceElement[] traceOf(Throwable t) {
        try {
            StackTraceElement[] trace = t.getStackTrace();
            return trace == null ? new StackTraceElement[0] : trace;
        } catch (Throwable e) {
            return new StackTraceElement[0];
        }
    }

    /** The innermost cause, stopping at linkage errors and at the first cause seen twice (a cycle). */
    private static Throwable root(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = t;
        seen.add(root);
        Throwable cause;
        while (!(root instanceof LinkageError) && (cause = causeOf(root)) != null && seen.add(cause)) {
            root = cause;
        }
        return root;
    }

    private String whereInStudentCode(Throwable t) {
        for (StackTraceElement e : traceOf(t)) {
            if (e == null) {
                continue;
            }
            String cls = e.getClassName();
            int dollar = cls.indexOf('$');
            String outer = dollar < 0 ? cls : cls.substring(0, dollar);
            if (studentClasses.contains(cls) || studentClasses.contains(outer)) {
                return " (at " + (e.getFileName() == null ? outer : e.getFileName()) + ":" + e.getLineNumber()
                        + ", in " + e.getMethodName() + ")";
            }
        }
        return "";
    }

    private static String truncate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "\n[truncated]";
    }
}
