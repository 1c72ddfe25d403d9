package org.aibasis.grader.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The worker JVM's start-up archive: the AOT cache of JDK 25+ ({@code -XX:AOTCache}), else a dynamic class data
 * sharing archive ({@code -XX:SharedArchiveFile}), so that a worker maps JUnit's, jqwik's and the engine's classes
 * already parsed and linked instead of loading them again.
 *
 * <p>The archive is made on first use by a training run in the background: a worker JVM that starts, runs its
 * warm-up tests, is given no request and exits, writing the archive to a temporary file that is then moved into
 * place. No student code ever runs in it. The training process is detached, so a short command such as
 * {@code check} leaves it to finish after it exits; until the archive is there, workers start without one. The
 * JVM checks an archive against its class path and options itself and starts without it when they do not match
 * (or when the archive is damaged), so a stale or broken archive costs speed, never correctness.
 */
final class StartupArchive {
    /** The feature release whose JVM has the one-step AOT cache ({@code -XX:AOTCacheOutput}, JEP 514). */
    private static final int AOT_CACHE_RELEASE = 25;
    /** A training run older than this is taken for dead and started again. */
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

    private StartupArchive() {
    }

    /**
     * The options that make a worker use the archive, empty when there is none yet (a training run is then
     * started, unless one is under way).
     *
     * @param command the worker's command line as {@link WorkerProcess#command} makes it
     */
    static List<String> use(WorkerSettings settings, List<String> command) {
        // the JVM archives classes from jars only: with folders of classes (a build's own tests) a training
        // run would cost a JVM's worth of CPU for an archive that leaves most classes out
        if (settings.archiveFolder().isEmpty() || Arrays.stream(settings.classPath().split(File.pathSeparator))
                .anyMatch(e -> !e.endsWith(".jar"))) {
            return List.of();
        }
        boolean aot = Runtime.version().feature() >= AOT_CACHE_RELEASE;
        Path folder = settings.archiveFolder().get();
        Path archive = folder.resolve("worker-" + key(settings) + (aot ? ".aot" : ".jsa"));
        if (Files.isRegularFile(archive)) {
            return List.of(aot ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive);
        }
        train(settings, archive, aot);
        return List.of();
    }

    /** Names the archive after what it was made from, so that a new JDK or new jars make a new one. */
    private static String key(WorkerSettings settings) {
        StringBuilder what = new StringBuilder(settings.javaExecutable()).append('\n').append(Runtime.version())
                .append('\n').append(settings.heapMegabytes()).append('\n').append(settings.stackKilobytes());
        for (String entry : settings.classPath().split(File.pathSeparator)) {
            File f = new File(entry);
            what.append('\n').append(entry).append('@').append(f.length()).append('@').append(f.lastModified());
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void train(WorkerSettings settings, Path archive, boolean aot) {
        Path marker = archive.resolveSibling(archive.getFileName() + ".training");
        try {
            Files.createDirectories(archive.getParent());
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant()
                    .isAfter(Instant.now().minus(TRAINING_TIMEOUT))) {
                return; // another invocation is making it
            }
            Files.deleteIfExists(marker);
            Files.createFile(marker);
            Path dir = Files.createTempDirectory(archive.getParent(), "training-");
            Path tmp = dir.resolve(archive.getFileName());
            Path key = dir.resolve("key");
            // the training worker runs no request, so its key protects nothing; it only has to be well formed
            Files.writeString(key, "0".repeat(LineSeal.KEY_BYTES * 2) + "\n");
            List<String> jvm = WorkerProcess.command(settings, dir, WorkerProcess.MAIN_CLASS);
            jvm.add(1, aot ? "-XX:AOTCacheOutput=" + tmp : "-XX:ArchiveClassesAtExit=" + tmp);
            // $0 the training folder, $1 the archive, $2 the marker, then the JVM; a failed run leaves its log
            List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", "a=$1; m=$2; shift 2; "
                    + "if \"$@\" <\"$0/key\" >/dev/null 2>\"$0/log\" && [ -s \"$0/${a##*/}\" ]; "
                    + "then mv -f \"$0/${a##*/}\" \"$a\" && rm -f \"$m\"; else mv -f \"$0/log\" \"$a.log\"; fi; "
                    + "rm -rf \"$0\"", dir.toString(), archive.toString(), marker.toString()));
            cmd.addAll(jvm);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            WorkerProcess.minimalEnvironment(pb, dir);
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.start();
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // no archive: workers start as they would without one
        }
    }
}
