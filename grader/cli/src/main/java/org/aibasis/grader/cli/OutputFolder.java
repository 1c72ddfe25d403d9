package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.aibasis.reports.ReportFiles;

/**
 * An {@code --out} folder, checked before any work is done: a file, a folder that cannot be created or written,
 * and a folder that holds someone else's files are refused with a clear message, so no run grades a whole class
 * and then fails to write, or writes into {@code /}.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Checks {@code out} and marks it as the grader's ({@link ReportFiles#MARKER}).
     *
     * @param force write into a non-empty folder the grader did not write
     * @return the folder, absolute
     * @throws Errors.UsageException when it cannot or may not be written
     */
    static Path prepare(Path out, boolean force) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Errors.UsageException("--out " + out + " is a file, not a folder (give a folder to write the "
                    + "reports to)");
        }
        if (Files.isDirectory(dir) && !empty(dir) && !ReportFiles.isOutput(dir) && !force) {
            throw new Errors.UsageException("--out " + out + " is not empty and was not written by the grader (it "
                    + "has no " + ReportFiles.MARKER + " file); give a new or empty folder, or add --force to write "
                    + "into it anyway");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test-", ".tmp");
            Files.delete(probe);
            ReportFiles.markAsOutput(dir);
        } catch (IOException | SecurityException e) {
            throw new Errors.UsageException("cannot write to --out " + out + " (" + reason(e) + "); give a folder you"
                    + " can write to");
        }
        return dir;
    }

    /** {@code inner} (absolute) lies in or equals {@code outer} (absolute), links resolved as far as they exist. */
    static boolean within(Path inner, Path outer) {
        return real(inner).startsWith(real(outer));
    }

    /** The path with the links of its existing part resolved, so that two spellings of one folder compare equal. */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.FileAlreadyExistsException f -> "a file is in the way";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
