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
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** A zip larger than this is not opened. */
    public static final long MAX_ZIP_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ENTRIES = 5_000;
    /** Source code compresses about 5:1; far beyond that, a zip is built to explode. */
    public static final int MAX_RATIO = 100;
    /** Below this many unpacked bytes the ratio is not checked (tiny zips of repetitive text are fine). */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private Submissions() {
    }

    /**
     * A submission is a folder or a {@code .zip}; a zip is unpacked into {@code scratch}. A symbolic link is not
     * followed (in a class folder it is a student's, and may point anywhere); resolve a path you trust first.
     */
    public static Submission open(Path path, Path scratch) throws InvalidSubmissionException {
        Path normalized = path.toAbsolutePath().normalize();
        if (normalized.getFileName() == null) {
            throw new InvalidSubmissionException(path + " is the root of the file system, not a submission (give a"
                    + " submission folder or .zip)");
        }
        String file = normalized.getFileName().toString();
        if (Files.isSymbolicLink(normalized)) {
            throw new InvalidSubmissionException(path + " is a symbolic link, which the grader does not follow;"
                    + " submit the folder or .zip itself");
        }
        if (Files.isDirectory(normalized)) {
            return new Submission(file, normalized);
        }
        if (Files.isRegularFile(normalized) && isZip(file)) {
            Path target = scratch.resolve("unpacked");
            unzip(normalized, target);
            return new Submission(file.substring(0, file.length() - ".zip".length()), singleWrapper(target));
        }
        throw new InvalidSubmissionException(path + ": not a folder or a .zip file");
    }

    /** Whether a file name is a zip's, by its extension in any letter case. */
    public static boolean isZip(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** The sub-folders and zips of a class folder, sorted by name; hidden files and other files are skipped. */
    public static List<Path> list(Path classFolder) throws IOException {
        try (Stream<Path> s = Files.list(classFolder)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || isZip(p.getFileName().toString()))
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

    private static Path entryPath(Path zip, Path base, String name) throws InvalidSubmissionException {
        try {
            return base.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidSubmissionException(zip.getFileName() + ": entry '" + name.replace('\0', '?') + "' is not a valid "
                    + "file name here; re-create the zip from your exercises folder");
        }
    }

    private static void unzip(Path zip, Path target) throws InvalidSubmissionException {
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new InvalidSubmissionException(zip.getFileName() + ": cannot read (" + e.getMessage() + ")");
        }
        if (size > MAX_ZIP_BYTES) {
            throw new InvalidSubmissionException(zip.getFileName() + ": larger than " + MAX_ZIP_BYTES / (1024 * 1024) + " MiB ("
                    + size / (1024 * 1024) + " MiB); submit the exercises folder only");
        }
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Files.createDirectories(target);
            Path base = target.toRealPath();
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new InvalidSubmissionException(zip.getFileName() + ": more than " + MAX_ENTRIES + " entries; submit the "
                            + "exercises folder only");
                }
                Path out = entryPath(zip, base, e.getName());
                if (!out.startsWith(base)) {
                    throw new InvalidSubmissionException(zip.getFileName() + ": entry '" + e.getName()
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
                            throw new InvalidSubmissionException(zip.getFileName() + ": unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB; submit the exercises folder only");
                        }
                        if (total > RATIO_FLOOR && total > MAX_RATIO * Math.max(1, size)) {
                            throw new InvalidSubmissionException(zip.getFileName() + ": unpacks to more than " + MAX_RATIO
                                    + " times its size (a zip bomb?); re-create the zip from your exercises folder");
                        }
                        os.write(buf, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidSubmissionException(zip.getFileName() + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InvalidSubmissionException(zip.getFileName() + ": cannot unpack (" + e.getMessage() + ")");
        }
    }
}
