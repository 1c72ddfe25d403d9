package org.aibasis.grader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.locate.Located;
import org.aibasis.grader.locate.Locator;
import org.aibasis.grader.locate.SourceFile;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.Diagnostic;

/**
 * Digests ({@code sha256:<hex>}) of what a result depends on, so that {@code batch --resume} can tell a result
 * that is still up to date from one that must be graded again.
 *
 * <p>The submission's digest covers exactly what grading reads from it: for each exercise, the files the
 * {@link Locator} finds (path and text) and its notes, or the reason it is missing; so it is bounded like the
 * Locator, and a change to a file the grader ignores does not count. The course's digest covers every file under
 * each exercise's skeleton and solution folders, the seed and the grader's version.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static String submission(Course course, Submission submission) {
        MessageDigest d = sha256();
        for (Exercise e : course.exercises()) {
            field(d, e.id());
            switch (Locator.locate(submission, e)) {
                case Located.Found f -> {
                    for (SourceFile s : f.studentFiles()) {
                        field(d, s.path());
                        field(d, s.content());
                    }
                    for (Diagnostic n : f.notes()) {
                        field(d, n.file());
                        field(d, n.message());
                    }
                }
                case Located.Missing m -> field(d, m.reason());
            }
        }
        return hex(d);
    }

    /** The unreadable submission's digest: its reason (a broken zip stays broken until the zip changes). */
    static String unreadable(String reason) {
        MessageDigest d = sha256();
        field(d, reason);
        return hex(d);
    }

    static String course(Course course, String seed, String version) {
        MessageDigest d = sha256();
        field(d, version);
        field(d, seed);
        for (Exercise e : course.exercises()) {
            field(d, e.id());
            for (Path dir : List.of(e.skeletonDir(), e.solutionDir())) {
                files(dir).forEach(p -> {
                    field(d, dir.relativize(p).toString().replace('\\', '/'));
                    try {
                        d.update(Files.readAllBytes(p));
                    } catch (IOException ex) {
                        throw new UncheckedIOException("cannot read course file " + p, ex);
                    }
                });
            }
        }
        return hex(d);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read course folder " + dir, e);
        }
    }

    /** A length-prefixed field, so that ("ab", "c") and ("a", "bc") differ. */
    private static void field(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) ':');
        d.update(b);
    }

    private static String hex(MessageDigest d) {
        return "sha256:" + HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
