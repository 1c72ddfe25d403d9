package org.aibasis.grader.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what an instructor points the grader at into {@link Submission}s: a folder, or a zip unpacked safely.
 */
public final class Submissions {
    /** Caps that keep a hostile zip (a zip bomb, a million entries) from filling the disk. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;

    private Submissions() {
    }

    /** A submission is a folder or a {@code .zip}; a zip is unpacked into {@code scratch}. */
    public static Submission open(Path path, Path scratch) throws InvalidSubmissionException {
        String file = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return new Submission(file, path);
        }
        if (Files.isRegularFile(path) && file.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            String name = file.substring(0, file.length() - 4);
            Path target = scratch.resolve(name);
            unzip(path, target);
            return new Submission(name, singleWrapper(target));
        }
        throw new InvalidSubmissionException(path + ": not a folder or a .zip file");
    }

    /** The sub-folders and zips of a class folder, sorted by name; hidden files and other files are skipped. */
    public static List<Path> list(Path classFolder) throws IOException {
        try (Stream<Path> s = Files.list(classFolder)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().toLowerCase(
                            java.util.Locale.ROOT).endsWith(".zip"))
                    .sorted()
                    .toList();
        }
    }

    /** Students often zip the folder rather than its content: look through one lone wrapper folder. */
    private static Path singleWrapper(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            List<Path> entries = s.filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals("__MACOSX")).toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))
                    && !Files.exists(entries.get(0).resolve("src"))) {
                try (Stream<Path> inner = Files.list(entries.get(0))) {
                    if (inner.anyMatch(Files::isDirectory)) {
                        return entries.get(0);
                    }
                }
            }
        } catch (IOException e) {
            return root;
        }
        return root;
    }

    private static void unzip(Path zip, Path target) throws InvalidSubmissionException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Files.createDirectories(target);
            Path base = target.toRealPath();
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new InvalidSubmissionException(zip + ": more than " + MAX_ENTRIES + " entries");
                }
                Path out = base.resolve(e.getName()).normalize();
                if (!out.startsWith(base)) {
                    throw new InvalidSubmissionException(zip + ": entry '" + e.getName()
                            + "' points outside the archive; re-create the zip from your exercises folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(e); OutputStream os = Files.newOutputStream(out)) {
                    byte[] buf = new byte[8192];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new InvalidSubmissionException(zip + ": unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
                        }
                        os.write(buf, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidSubmissionException(zip + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InvalidSubmissionException(zip + ": cannot unpack (" + e.getMessage() + ")");
        }
    }
}
