package org.aibasis.grader.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
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
    /** An entry that unpacks to more is left out: no exercise file comes close. */
    public static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024;
    /** Left-out entries named one by one; the rest are counted. */
    private static final int MAX_WARNINGS = 20;
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
            List<String> warnings = unzip(normalized, target);
            return new Submission(file.substring(0, file.length() - ".zip".length()), singleWrapper(target),
                    warnings);
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

    /** Names a left-out entry while fewer than {@link #MAX_WARNINGS} were; returns the new count. */
    private static int leaveOut(List<String> warnings, int count, String message) {
        if (count < MAX_WARNINGS) {
            warnings.add(message);
        }
        return count + 1;
    }

    /** Copies one entry, stopping one byte past {@link #MAX_ENTRY_BYTES}; returns the bytes written. */
    private static long copy(ZipFile zf, ZipEntry e, Path out) throws IOException {
        try (InputStream in = zf.getInputStream(e); OutputStream os = Files.newOutputStream(out)) {
            byte[] buf = new byte[8192];
            long written = 0;
            int n;
            while (written <= MAX_ENTRY_BYTES && (n = in.read(buf)) > 0) {
                os.write(buf, 0, n);
                written += n;
            }
            return written;
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

    /** Where an entry would land, or empty when it names no place inside the archive's folder. */
    private static Optional<Path> entryPath(Path base, String name) {
        try {
            Path out = base.resolve(name).normalize();
            return out.startsWith(base) && !out.equals(base) ? Optional.of(out) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Unpacks {@code zip} into {@code target}. An entry that points outside the archive (zip slip) or unpacks to
     * more than {@link #MAX_ENTRY_BYTES} is left out with a warning, so the rest is still graded; a zip that is
     * too large, holds too many entries, or unpacks to too much in total is refused.
     */
    private static List<String> unzip(Path zip, Path target) throws InvalidSubmissionException {
        String shown = zip.getFileName().toString();
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new InvalidSubmissionException(shown + ": cannot read (" + e.getMessage() + ")");
        }
        if (size > MAX_ZIP_BYTES) {
            throw new InvalidSubmissionException(shown + ": larger than " + MAX_ZIP_BYTES / (1024 * 1024) + " MiB ("
                    + size / (1024 * 1024) + " MiB); submit the exercises folder only");
        }
        List<String> warnings = new ArrayList<>();
        int leftOut = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Files.createDirectories(target);
            Path base = target.toRealPath();
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new InvalidSubmissionException(shown + ": more than " + MAX_ENTRIES + " entries; submit the "
                            + "exercises folder only");
                }
                String name = e.getName().replace('\0', '?');
                Optional<Path> out = entryPath(base, e.getName());
                if (out.isEmpty()) {
                    leftOut = leaveOut(warnings, leftOut, shown + ": entry '" + name + "' points outside the archive"
                            + " and was left out");
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out.get());
                    continue;
                }
                Files.createDirectories(out.get().getParent());
                long written = copy(zf, e, out.get());
                if (written > MAX_ENTRY_BYTES) {
                    Files.delete(out.get());
                    leftOut = leaveOut(warnings, leftOut, shown + ": entry '" + name + "' unpacks to more than "
                            + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB and was left out");
                    continue;
                }
                total += written;
                if (total > MAX_UNPACKED_BYTES) {
                    throw new InvalidSubmissionException(shown + ": unpacks to more than "
                            + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB; submit the exercises folder only");
                }
                if (total > RATIO_FLOOR && total > MAX_RATIO * Math.max(1, size)) {
                    throw new InvalidSubmissionException(shown + ": unpacks to more than " + MAX_RATIO
                            + " times its size (a zip bomb?); re-create the zip from your exercises folder");
                }
            }
            if (leftOut > MAX_WARNINGS) {
                warnings.add(shown + ": " + (leftOut - MAX_WARNINGS) + " more entries were left out");
            }
            return warnings;
        } catch (ZipException e) {
            throw new InvalidSubmissionException(shown + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InvalidSubmissionException(shown + ": cannot unpack (" + e.getMessage() + ")");
        }
    }
}
