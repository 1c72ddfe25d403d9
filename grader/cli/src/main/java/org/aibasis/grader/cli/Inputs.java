package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibasis.reports.ReportFiles;

/** Checks of the paths a user names on the command line, each failing with a message that says what to give. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The submission a user named, with links resolved (the user chose it; links inside it are still not
     * followed).
     */
    static Path submission(Path given) throws IOException {
        Path abs = given.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new Errors.UsageException(given + " does not exist (give a submission folder or .zip)");
        }
        notRoot(given, abs, "a submission folder or .zip");
        Path path = abs.toRealPath();
        notOutput(given, path);
        return path;
    }

    /** The class folder a user named, with links resolved. */
    static Path classFolder(Path given) throws IOException {
        Path abs = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new Errors.UsageException(given + (Files.exists(abs) ? " is not a folder" : " does not exist")
                    + " (give the folder holding one sub-folder or .zip per submission)");
        }
        notRoot(given, abs, "the folder holding the submissions");
        Path path = abs.toRealPath();
        notOutput(given, path);
        return path;
    }

    private static void notRoot(Path given, Path abs, String what) {
        if (abs.getFileName() == null) {
            throw new Errors.UsageException(given + " is the root of the file system; give " + what);
        }
    }

    private static void notOutput(Path given, Path path) {
        if (Files.isDirectory(path) && ReportFiles.isOutput(path)) {
            throw new Errors.UsageException(given + " holds reports the grader wrote (it has a " + ReportFiles.MARKER
                    + " file), not submissions; give the submissions' folder");
        }
    }
}
