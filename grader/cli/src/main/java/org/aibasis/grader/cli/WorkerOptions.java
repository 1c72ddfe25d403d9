package org.aibasis.grader.cli;

import org.aibasis.grader.compile.CompileCache;
import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.run.Isolation;
import org.aibasis.grader.run.WorkerSettings;
import picocli.CommandLine.Option;

/** Options of the commands that run hidden tests on submissions in worker JVMs. */
final class WorkerOptions {
    @Option(names = "--isolate", description = "Run the worker JVMs without network (Linux: a network namespace "
            + "through unshare; needs root or unprivileged user namespaces). Where that is not permitted, a "
            + "warning says so and grading goes on with the network.")
    boolean isolate;

    @Option(names = "--recycle-after", paramLabel = "N", description = "Exercises a worker JVM grades before it is "
            + "replaced by a fresh one (a worker is also replaced after a timeout or a crash). Default: "
            + WorkerSettings.DEFAULT_REQUESTS_PER_WORKER + ".")
    Integer recycleAfter;

    /** A grader whose workers follow these options; says on standard error how isolated they are. */
    Grader grader(Course course, int workers, String seed) {
        int n = recycleAfter == null ? WorkerSettings.DEFAULT_REQUESTS_PER_WORKER : recycleAfter;
        if (n < 1) {
            throw new Errors.UsageException("--recycle-after must be at least 1, was " + n);
        }
        Grader grader = cached(course, workers, seed, WorkerSettings.defaults().withNetworkIsolation(isolate)
                .withRequestsPerWorker(n));
        switch (grader.isolation()) {
            case Isolation.Off off -> {
            }
            case Isolation.NetworkNamespace on -> System.err.println(on.description());
            case Isolation.Unavailable no -> System.err.println("warning: " + no.description());
        }
        return grader;
    }

    /**
     * A grader that keeps compiled course sources and the workers' start-up archive in the per-user cache
     * folder ({@link CompileCache#standardFolder}).
     */
    static Grader cached(Course course, int workers, String seed, WorkerSettings settings) {
        java.nio.file.Path folder = CompileCache.standardFolder();
        return new Grader(course, workers, seed, settings.withArchiveFolder(folder.resolve("jvm")),
                CompileCache.in(folder, Main.VERSION));
    }
}
