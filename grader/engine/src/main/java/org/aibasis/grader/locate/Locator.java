package org.aibasis.grader.locate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.course.SharedLibrary;
import org.aibasis.grader.model.Diagnostic;

/**
 * First step of grading: finds, for one exercise, the files the student edits in a submission.
 *
 * <p>Only the files the exercise lists are read. A file in the wrong sub-folder is still found (with a note),
 * because losing all points over a folder name teaches nothing.
 */
public final class Locator {
    /** Larger files are not read: no legitimate exercise file comes close. */
    public static final long MAX_FILE_BYTES = 512 * 1024;

    private Locator() {
    }

    public static Located locate(Submission submission, Exercise exercise) {
        Path exerciseRoot = submission.root().resolve(exercise.id());
        List<SourceFile> student = new ArrayList<>();
        List<SourceFile> support = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        int found = 0;
        for (String file : exercise.files()) {
            String shown = exercise.id() + "/" + file;
            Optional<Path> path = find(exerciseRoot, file);
            if (path.isEmpty()) {
                support.add(readTrusted(exercise.skeletonDir().resolve(file), shown));
                notes.add(new Diagnostic(shown, 0, 0, "this file is not in the submission; the skeleton's version "
                        + "was graded instead (put your file at " + shown + ")", ""));
                continue;
            }
            Path p = path.get();
            String actual = submission.root().relativize(p).toString().replace('\\', '/');
            if (!actual.equals(shown)) {
                notes.add(new Diagnostic(actual, 0, 0, "found here instead of at " + shown
                        + "; it was graded, but please use the expected folder layout", ""));
            }
            Optional<String> text = readStudent(p, actual, notes);
            if (text.isPresent()) {
                student.add(new SourceFile(shown, text.get()));
                found++;
            } else {
                support.add(readTrusted(exercise.skeletonDir().resolve(file), shown));
            }
        }
        if (found == 0) {
            return new Located.Missing("no files for this exercise: expected " + String.join(", ",
                    exercise.files().stream().map(f -> exercise.id() + "/" + f).toList()));
        }
        support.addAll(supportSources(exercise));
        return new Located.Found(student, support, notes);
    }

    /**
     * The exercise's given classes: every skeleton source that is not a file the student edits, then the sources
     * of the shared libraries it uses.
     */
    public static List<SourceFile> supportSources(Exercise exercise) {
        List<SourceFile> all = new ArrayList<>(javaSources(exercise.sourceDir(), exercise.skeletonDir(),
                exercise.id() + "/").stream()
                .filter(f -> !exercise.files().contains(f.path().substring(exercise.id().length() + 1)))
                .toList());
        for (SharedLibrary lib : exercise.uses()) {
            all.addAll(javaSources(lib.sourceDir(), lib.sourceDir().getParent(),
                    SharedLibrary.FOLDER + "/" + lib.name() + "/"));
        }
        return all;
    }

    /**
     * Every {@code .java} file under {@code dir}, sorted, each shown as {@code prefix} + its path relative to
     * {@code base}; an absent folder has none.
     */
    public static List<SourceFile> javaSources(Path dir, Path base, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> readTrusted(p, prefix + base.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** Course files (skeletons, solutions, tests): trusted, so a read failure is the instructor's problem. */
    public static SourceFile readTrusted(Path path, String shown) {
        try {
            return new SourceFile(shown, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read course file " + path, e);
        }
    }

    private static Optional<Path> find(Path exerciseRoot, String file) {
        Path expected = exerciseRoot.resolve(file);
        if (Files.isRegularFile(expected)) {
            return Optional.of(expected);
        }
        if (!Files.isDirectory(exerciseRoot)) {
            return Optional.empty();
        }
        String name = Path.of(file).getFileName().toString();
        try (Stream<Path> all = Files.walk(exerciseRoot, 12)) {
            return all.filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p))
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readStudent(Path p, String shown, List<Diagnostic> notes) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                notes.add(new Diagnostic(shown, 0, 0, "file is larger than " + MAX_FILE_BYTES / 1024
                        + " KiB and was not read; the skeleton's version was graded instead", ""));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(p);
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString().replace("\uFEFF", ""));
            } catch (CharacterCodingException e) {
                notes.add(new Diagnostic(shown, 0, 0, "file is not valid UTF-8; it was read as ISO-8859-1 "
                        + "(save it as UTF-8)", ""));
                return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            notes.add(new Diagnostic(shown, 0, 0, "cannot read the file: " + e.getMessage(), ""));
            return Optional.empty();
        }
    }
}
