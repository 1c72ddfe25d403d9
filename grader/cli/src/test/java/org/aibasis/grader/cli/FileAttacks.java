package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attacks through a submission's files that git cannot or should not hold: symbolic links, hostile zips, huge
 * files, an empty folder. Each changes a composed submission folder in place (or replaces it by a zip of the
 * same name), as the hostile corpus's generators do ({@code examples/hostile/README.md}), and says in its Javadoc
 * what the grader must make of it. All attack the MDP exercise (one small file) or the attention folder.
 */
final class FileAttacks {
    static final String MDP = "mdp-evaluation";
    /** The MDP exercise's one file. */
    static final String MDP_FILE = MDP + "/src/course/mdp/PolicyEvaluation.java";
    /** Where a zip-slip entry would land if it were unpacked as named. */
    static final Path ESCAPED = Path.of("/tmp/aibasis-zip-slip-escaped.txt");

    private FileAttacks() {
    }

    /** Copies the reference solution's files of {@code exercise} that the submission lacks. */
    static void fill(Path submission, String exercise) throws IOException {
        Path solution = Cli.home().resolve("solutions").resolve(exercise).resolve("src");
        Path target = submission.resolve(exercise).resolve("src");
        try (var files = Files.walk(solution)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(solution.relativize(p).toString());
                if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
    }

    /** The MDP file is a link to the reference solution (full marks if followed): missing, the link named. */
    static void linkToSolution(Path submission) throws IOException {
        link(submission.resolve(MDP_FILE), Cli.home().resolve("solutions").resolve(MDP_FILE));
    }

    /** The MDP file is a link to {@code /etc/passwd}: missing, the link named, nothing of it in any report. */
    static void linkToPasswd(Path submission) throws IOException {
        link(submission.resolve(MDP_FILE), Path.of("/etc/passwd"));
    }

    /** The whole attention exercise is a link to its reference solution's folder: missing, the link named. */
    static void linkedFolder(Path submission) throws IOException {
        Path folder = submission.resolve("attention-scaling");
        Cleanup.delete(folder);
        Files.createDirectories(submission);
        Files.createSymbolicLink(folder, Cli.home().resolve("solutions/attention-scaling"));
    }

    /** Zipped with entries that point outside the archive: those are left out, the MDP file is graded. */
    static void zipSlip(Path submission) throws IOException {
        fill(submission, MDP);
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("../../../../../../../../.." + ESCAPED, "escaped".getBytes(StandardCharsets.UTF_8));
        extra.put(ESCAPED.toString(), "absolute".getBytes(StandardCharsets.UTF_8));
        zipInstead(submission, extra);
    }

    /** Zipped with one entry of 64 MiB of zeros (a few KiB packed): that entry is left out, the rest graded. */
    static void zipBomb(Path submission) throws IOException {
        fill(submission, MDP);
        zipInstead(submission, Map.of(MDP + "/zeros.bin", new byte[64 * 1024 * 1024]));
    }

    /** Nothing at all: every exercise is missing, each saying what was expected where. */
    static void empty(Path submission) throws IOException {
        Cleanup.delete(submission);
        Files.createDirectories(submission);
    }

    /** The MDP file padded past the size limit (missing, the size named) and a 20 MiB file nobody reads. */
    static void hugeFiles(Path submission) throws IOException {
        fill(submission, MDP);
        Files.writeString(submission.resolve(MDP_FILE), "\n// " + "x".repeat(600 * 1024) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.write(submission.resolve("dataset.bin"), new byte[20 * 1024 * 1024]);
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private static void zipInstead(Path submission, Map<String, byte[]> extra) throws IOException {
        Path zip = submission.resolveSibling(submission.getFileName() + ".zip");
        Classes.zip(submission, zip, extra);
        Cleanup.delete(submission);
    }
}
