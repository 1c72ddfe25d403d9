package org.aibasis.grader.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.aibasis.grader.locate.SourceFile;

/**
 * Compiles trusted course sources (reference solutions, hidden tests, skeletons, public tests) once per machine:
 * a successful compilation is kept in a per-user folder, keyed by a hash of the sources, the class path, the JDK
 * and the grader's version, and read back by every later invocation.
 *
 * <p>Entries are written to a temporary file and moved into place atomically, so concurrent invocations see
 * either no entry or a whole one; an entry that does not check out (truncated, corrupt, foreign) is ignored and
 * written again. Student code is never cached: it changes with every submission. A folder that cannot be
 * written costs the speed only: the sources are compiled as if there were no cache.
 */
public final class CompileCache {
    /** Environment variable naming the cache folder, overriding the default. */
    public static final String FOLDER_VARIABLE = "AIBASIS_GRADER_CACHE";
    /** Changes whenever the entry format or the compiler options change. */
    private static final int FORMAT = 0x41474331;
    private static final int DIGEST_BYTES = 32;

    private final Optional<Path> folder;
    private final String salt;
    private final AtomicInteger compilations = new AtomicInteger();

    private CompileCache(Optional<Path> folder, String salt) {
        this.folder = folder;
        this.salt = salt + "\0" + Runtime.version() + "\0" + System.getProperty("java.vendor", "");
    }

    /**
     * A cache in {@code folder} (created when needed).
     *
     * @param salt what else the compiled classes depend on, such as the grader's version
     */
    public static CompileCache in(Path folder, String salt) {
        return new CompileCache(Optional.of(folder), salt);
    }

    /** No cache: every call compiles. */
    public static CompileCache none() {
        return new CompileCache(Optional.empty(), "");
    }

    /**
     * The per-user cache folder: {@value #FOLDER_VARIABLE} if set, else {@code $XDG_CACHE_HOME/aibasis-grader},
     * else {@code ~/.cache/aibasis-grader}.
     */
    public static Path standardFolder() {
        String own = System.getenv(FOLDER_VARIABLE);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("aibasis-grader");
    }

    /** The folder this cache keeps its entries in, if any. */
    public Optional<Path> folder() {
        return folder;
    }

    /** How many times this cache has run the compiler (a hit costs none). */
    public int compilations() {
        return compilations.get();
    }

    /** As {@link InMemoryCompiler#compile}, from the cache when these sources were compiled before. */
    public Compiled compile(List<SourceFile> sources, List<String> classPath) {
        Optional<Path> entry = entry(sources, classPath, "bin");
        Optional<Compiled.Success> cached = entry.flatMap(CompileCache::verified).flatMap(CompileCache::classes);
        if (cached.isPresent()) {
            return cached.get();
        }
        compilations.incrementAndGet();
        Compiled compiled = InMemoryCompiler.compile(sources, classPath);
        if (compiled instanceof Compiled.Success ok && entry.isPresent()) {
            write(entry.get(), encode(ok));
        }
        return compiled;
    }

    /**
     * What was kept with {@link #keep} for these sources under {@code name}: something computed from their
     * compiled classes, such as a test plan, that a later invocation can read without loading the classes.
     */
    public Optional<byte[]> kept(List<SourceFile> sources, List<String> classPath, String name) {
        return entry(sources, classPath, name).flatMap(CompileCache::verified);
    }

    /** Keeps {@code content} for these sources under {@code name} (a letters-only file extension). */
    public void keep(List<SourceFile> sources, List<String> classPath, String name, byte[] content) {
        entry(sources, classPath, name).ifPresent(e -> write(e, content));
    }

    private Optional<Path> entry(List<SourceFile> sources, List<String> classPath, String extension) {
        return folder.map(f -> f.resolve("classes").resolve(key(sources, classPath) + "." + extension));
    }

    private String key(List<SourceFile> sources, List<String> classPath) {
        MessageDigest sha = sha256();
        update(sha, Integer.toString(FORMAT));
        update(sha, salt);
        for (String entry : classPath) {
            update(sha, entry);
            update(sha, stamp(Path.of(entry)));
        }
        sources.stream().sorted(java.util.Comparator.comparing(SourceFile::path)).forEach(s -> {
            update(sha, s.path());
            update(sha, s.content());
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Size and time of a jar, or of the newest file in a folder of classes: what a rebuild of it changes. */
    private static String stamp(Path entry) {
        try {
            if (Files.isRegularFile(entry)) {
                return Files.size(entry) + "@" + Files.getLastModifiedTime(entry).toMillis();
            }
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    return "dir@" + walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified())
                            .max().orElse(0);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable entry hashes as absent: javac would not see its classes either
        }
        return "absent";
    }

    /** The body of an entry whose checksum checks out. */
    private static Optional<byte[]> verified(Path entry) {
        byte[] all;
        try {
            all = Files.readAllBytes(entry);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (all.length < DIGEST_BYTES + Integer.BYTES) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(all, all.length - DIGEST_BYTES);
        if (!MessageDigest.isEqual(sha256().digest(body), Arrays.copyOfRange(all, body.length, all.length))
                || ByteBuffer.wrap(body).getInt() != FORMAT) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(body, Integer.BYTES, body.length));
    }

    private static Optional<Compiled.Success> classes(byte[] body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            int count = in.readInt();
            Map<String, byte[]> classes = new HashMap<>();
            Map<String, String> origin = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                origin.put(name, in.readUTF());
                classes.put(name, in.readNBytes(in.readInt()));
            }
            return Optional.of(new Compiled.Success(classes, origin));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] encode(Compiled.Success compiled) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Map<String, byte[]> sorted = new TreeMap<>(compiled.classes());
            out.writeInt(sorted.size());
            for (Map.Entry<String, byte[]> c : sorted.entrySet()) {
                out.writeUTF(c.getKey());
                out.writeUTF(compiled.origin().getOrDefault(c.getKey(), ""));
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the format tag, the body and their checksum to a temporary file, then moves it into place. */
    private static void write(Path entry, byte[] body) {
        byte[] all = ByteBuffer.allocate(Integer.BYTES + body.length + DIGEST_BYTES).putInt(FORMAT).put(body)
                .array();
        byte[] digest = sha256().digest(Arrays.copyOf(all, all.length - DIGEST_BYTES));
        System.arraycopy(digest, 0, all, all.length - DIGEST_BYTES, DIGEST_BYTES);
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempFile(entry.getParent(), entry.getFileName().toString(), ".tmp");
            Files.write(tmp, all);
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // a read-only or full cache folder makes the next invocation compile again, nothing worse
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
