package org.aibasis.grader.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How worker JVMs are started and how long one is kept.
 *
 * @param javaExecutable    the java launcher (by default the one running the grader)
 * @param classPath         the worker's class path: the engine, JUnit, jqwik, AssertJ and the grader API
 * @param heapMegabytes     -Xmx of a worker; a test that needs more is reported as out of memory
 * @param stackKilobytes    -Xss of a worker
 * @param requestsPerWorker exercises a worker grades before it is retired for a fresh one, a backstop against
 *                          whatever state the per-request reset does not reach
 * @param isolateNetwork    run workers in a network namespace of their own (Linux {@code unshare}), if permitted
 * @param archiveFolder     where the workers' start-up archive (class data sharing, or the AOT cache of JDK 25+)
 *                          is kept and created on first use; empty: workers start without one
 */
public record WorkerSettings(String javaExecutable, String classPath, int heapMegabytes, int stackKilobytes,
                             int requestsPerWorker, boolean isolateNetwork, Optional<Path> archiveFolder) {
    public static final int DEFAULT_HEAP_MEGABYTES = 512;
    public static final int DEFAULT_STACK_KILOBYTES = 8192;
    public static final int DEFAULT_REQUESTS_PER_WORKER = 50;
    /**
     * The system property that gives the workers' class path when this process's own is not the right one: a
     * build's tests run with folders of classes on theirs, which no start-up archive can hold, while the same
     * classes as jars can be archived.
     */
    public static final String CLASS_PATH_PROPERTY = "aibasis.worker.classpath";

    public WorkerSettings {
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(archiveFolder, "archiveFolder");
        if (heapMegabytes < 64 || stackKilobytes < 256) {
            throw new IllegalArgumentException("heap must be >= 64 MiB and stack >= 256 KiB");
        }
        if (requestsPerWorker < 1) {
            throw new IllegalArgumentException("requestsPerWorker must be >= 1");
        }
    }

    /**
     * Same JVM and class path as this process (or {@value #CLASS_PATH_PROPERTY}, if set), 512 MiB heap, 8 MiB
     * stack, 50 exercises per worker, network, no start-up archive.
     */
    public static WorkerSettings defaults() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty(CLASS_PATH_PROPERTY, "");
        return new WorkerSettings(java, classPath.isBlank() ? System.getProperty("java.class.path") : classPath,
                DEFAULT_HEAP_MEGABYTES,
                DEFAULT_STACK_KILOBYTES, DEFAULT_REQUESTS_PER_WORKER, false, Optional.empty());
    }

    /** These settings with workers retired after {@code n} exercises. */
    public WorkerSettings withRequestsPerWorker(int n) {
        return new WorkerSettings(javaExecutable, classPath, heapMegabytes, stackKilobytes, n, isolateNetwork,
                archiveFolder);
    }

    /** These settings with or without a network namespace of the workers' own. */
    public WorkerSettings withNetworkIsolation(boolean isolate) {
        return new WorkerSettings(javaExecutable, classPath, heapMegabytes, stackKilobytes, requestsPerWorker,
                isolate, archiveFolder);
    }

    /** These settings with the workers' start-up archive kept in {@code folder}. */
    public WorkerSettings withArchiveFolder(Path folder) {
        return new WorkerSettings(javaExecutable, classPath, heapMegabytes, stackKilobytes, requestsPerWorker,
                isolateNetwork, Optional.of(folder));
    }
}
