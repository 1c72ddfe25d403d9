package org.aibasis.grader.cli;

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

    /** A grader whose workers follow these options; says on standard error how isolated they are. */
    Grader grader(Course course, int workers, String seed) {
        Grader grader = new Grader(course, workers, seed, WorkerSettings.defaults().withNetworkIsolation(isolate));
        switch (grader.isolation()) {
            case Isolation.Off off -> {
            }
            case Isolation.NetworkNamespace on -> System.err.println(on.description());
            case Isolation.Unavailable no -> System.err.println("warning: " + no.description());
        }
        return grader;
    }
}
