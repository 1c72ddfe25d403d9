package org.aibasis.grader.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whether worker JVMs get a network of their own: on Linux, util-linux's {@code unshare} puts a process in a new
 * network namespace that has only a loopback device that is down, so no socket can reach anything.
 */
public sealed interface Isolation {

    /** What to put before the worker's command line. */
    List<String> prefix();

    /** One sentence for the user. */
    String description();

    /** Isolation was not asked for. */
    record Off() implements Isolation {
        @Override
        public List<String> prefix() {
            return List.of();
        }

        @Override
        public String description() {
            return "workers use the machine's network (the bytecode check still rejects sockets)";
        }
    }

    /** Workers start through {@code unshare} with these flags. */
    record NetworkNamespace(Path unshare, List<String> flags) implements Isolation {
        public NetworkNamespace {
            flags = List.copyOf(flags);
        }

        @Override
        public List<String> prefix() {
            List<String> prefix = new ArrayList<>();
            prefix.add(unshare.toString());
            prefix.addAll(flags);
            prefix.add("--");
            return prefix;
        }

        @Override
        public String description() {
            return "workers run without network (unshare " + String.join(" ", flags) + ")";
        }
    }

    /** Isolation was asked for but this machine does not permit it. */
    record Unavailable(String reason) implements Isolation {
        @Override
        public List<String> prefix() {
            return List.of();
        }

        @Override
        public String description() {
            return "--isolate is not possible here (" + reason + "); workers use the machine's network (the "
                    + "bytecode check still rejects sockets); run the grader in a container without network instead";
        }
    }

    /** Finds out what this machine permits: a plain network namespace (root), else one inside a user namespace. */
    static Isolation probe() {
        Optional<Path> unshare = onPath("unshare");
        if (unshare.isEmpty()) {
            return new Unavailable("no unshare program on the PATH; it comes with util-linux");
        }
        List<String> failures = new ArrayList<>();
        for (List<String> flags : List.of(List.of("--net"), List.of("--user", "--map-root-user", "--net"))) {
            NetworkNamespace candidate = new NetworkNamespace(unshare.get(), flags);
            List<String> probe = new ArrayList<>(candidate.prefix());
            probe.add(onPath("true").map(Path::toString).orElse("true"));
            try {
                Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
                failures.add("unshare " + String.join(" ", flags) + ": " + (said.isEmpty() ? "failed" : said));
            } catch (IOException e) {
                failures.add(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Unavailable("interrupted while checking");
            }
        }
        return new Unavailable(String.join("; ", failures));
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/bin"))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
