package org.aibasis.grader.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How worker JVMs are started.
 *
 * @param javaExecutable  the java launcher (by default the one running the grader)
 * @param classPath       the worker's class path: the engine, JUnit, jqwik, AssertJ and the grader API
 * @param heapMegabytes   -Xmx of a worker
 * @param stackKilobytes  -Xss of a worker
 */
public record WorkerSettings(String javaExecutable, String classPath, int heapMegabytes, int stackKilobytes) {
    public WorkerSettings {
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(classPath, "classPath");
        if (heapMegabytes < 64 || stackKilobytes < 256) {
            throw new IllegalArgumentException("heap must be >= 64 MiB and stack >= 256 KiB");
        }
    }

    /** Same JVM and class path as this process, 512 MiB heap, 8 MiB stack. */
    public static WorkerSettings defaults() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new WorkerSettings(java, System.getProperty("java.class.path"), 512, 8192);
    }
}
