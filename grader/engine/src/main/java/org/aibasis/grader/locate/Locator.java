package org.aibasis.grader.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.course.SharedLibrary;
import org.aibasis.grader.model.Diagnostic;

/**
 * First step of grading: finds, for one exercise, the files the student edits in a submission.
 *
 * <p>Only the files the exercise lists are read. A file in the wrong sub-folder is still found (with a note),
 * because losing all points over a folder name teaches nothing. Symbolic links are never followed (a link could
 * point at the reference solutions or at any file of the machine): each is reported by name and its file is
 * graded as missing. When nothing can be read, the reason names the near misses found instead: a folder in the
 * wrong case or at the wrong level, a link, a file over the size limit.
 */
public final class Locator {
    /** Larger files are not read: no legitimate exercise file comes close. */
    public static final long MAX_FILE_BYTES = 512 * 1024;
    /** Files of the same name looked at when the expected place is empty. */
    private static final int CANDIDATES = 100;
    /** Near misses (and links of one name) named at most. */
    private static final int NEAR_MISSES = 3;
    /** How deep the search for near misses looks below the submission's top. */
    private static final int NEAR_MISS_DEPTH = 4;

    private Locator() {
    }

    public static Located locate(Submission submission, Exercise exercise) {
        Path root = submission.root();
        Path exerciseRoot = root.resolve(exercise.id());
        List<SourceFile> student = new ArrayList<>();
        List<SourceFile> support = new ArrayList<>();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        List<Diagnostic> notes = new ArrayList<>();
        for (String file : exercise.files()) {
            String shown = exercise.id() + "/" + file;
            Optional<Path> path = find(root, exerciseRoot, file, problems);
            Optional<String> text = Optional.empty();
            if (path.isPresent()) {
                Path p = path.get();
                String actual = SubmissionTree.shown(root, p);
                if (!actual.equals(shown)) {
                    notes.add(new Diagnostic(actual, 0, 0, "found here instead of at " + shown
                            + "; it was graded, but please use the expected folder layout", ""));
                }
                text = readStudent(p, actual, problems);
            }
            if (text.isPresent()) {
                student.add(new SourceFile(shown, text.get()));
            } else {
                support.add(readTrusted(exercise.skeletonDir().resolve(file), shown));
                notes.add(new Diagnostic(shown, 0, 0, path.isPresent() ? "the skeleton's version of this file was "
                        + "graded instead" : "this file is not in the submission; the skeleton's version was graded"
                        + " instead (put your file at " + shown + ")", ""));
            }
        }
        if (student.isEmpty()) {
            List<Diagnostic> misses = new ArrayList<>(problems);
            if (misses.isEmpty()) {
                misses.addAll(nearMisses(root, exercise));
            }
            String expected = "no files for this exercise: expected " + String.join(", ",
                    exercise.files().stream().map(f -> exercise.id() + "/" + f).toList());
            String found = String.join("; ", misses.stream().map(d -> d.file() + ": " + d.message()).toList());
            return new Located.Missing(found.isEmpty() ? expected : expected + "; found instead: " + found);
        }
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(notes);
        support.addAll(supportSources(exercise));
        return new Located.Found(student, support, all);
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

    /**
     * The student's file: at its expected place, else the first plain file of that name below the exercise's
     * folder. Links met on the way are added to {@code problems} and skipped.
     */
    private static Optional<Path> find(Path root, Path exerciseRoot, String file, Set<Diagnostic> problems) {
        Path expected = exerciseRoot.resolve(file);
        Optional<Path> link = SubmissionTree.firstLink(root, expected);
        if (link.isEmpty() && SubmissionTree.isPlainFile(expected)) {
            return Optional.of(expected);
        }
        link.ifPresent(l -> problems.add(linkNote(root, l)));
        if (SubmissionTree.firstLink(root, exerciseRoot).isPresent()) {
            return Optional.empty();
        }
        String name = Path.of(file).getFileName().toString();
        SubmissionTree.Found found = SubmissionTree.search(exerciseRoot, SubmissionTree.MAX_DEPTH, CANDIDATES,
                (p, attrs) -> p.getFileName().toString().equals(name)
                        && (attrs.isRegularFile() || attrs.isSymbolicLink()));
        List<Path> links = found.links().stream().filter(l -> l.getFileName().toString().equals(name)).sorted()
                .toList();
        links.stream().limit(NEAR_MISSES).forEach(l -> problems.add(linkNote(root, l)));
        if (links.size() > NEAR_MISSES) {
            problems.add(new Diagnostic(SubmissionTree.shown(root, exerciseRoot), 0, 0, "this folder holds "
                    + (links.size() - NEAR_MISSES) + " more symbolic links named " + name + " (none followed)", ""));
        }
        if (found.truncated()) {
            problems.add(new Diagnostic(SubmissionTree.shown(root, exerciseRoot), 0, 0, "this folder holds more than "
                    + SubmissionTree.MAX_VISITED + " entries; the search for " + name + " stopped there (remove what"
                    + " does not belong to the exercise)", ""));
        }
        return found.matches().stream().filter(SubmissionTree::isPlainFile).sorted().findFirst();
    }

    private static Diagnostic linkNote(Path root, Path link) {
        String kind = Files.isDirectory(link) ? "folder" : "file";
        return new Diagnostic(root.relativize(link).toString().replace('\\', '/'), 0, 0, "this " + kind + " is a "
                + "symbolic link, which the grader does not follow; submit the " + kind + " itself", "");
    }

    /** Why an exercise with no readable file may still have been meant: the first few look-alikes, by name. */
    private static List<Diagnostic> nearMisses(Path root, Exercise exercise) {
        List<Diagnostic> misses = new ArrayList<>();
        String id = exercise.id();
        if (root.getFileName() != null && root.getFileName().toString().equalsIgnoreCase(id)) {
            misses.add(new Diagnostic(".", 0, 0, "the folder given is the exercise folder itself; give the folder that"
                    + " holds " + id + "/", ""));
            return misses;
        }
        Set<String> names = new LinkedHashSet<>(exercise.files().stream()
                .map(f -> Path.of(f).getFileName().toString().toLowerCase(Locale.ROOT)).toList());
        SubmissionTree.Found found = SubmissionTree.search(root, NEAR_MISS_DEPTH, CANDIDATES, (p, attrs) -> {
            String n = p.getFileName().toString();
            return attrs.isDirectory() ? n.equalsIgnoreCase(id) : names.contains(n.toLowerCase(Locale.ROOT));
        });
        List<Path> folders = found.matches().stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                .sorted().toList();
        for (Path f : folders) {
            String shown = SubmissionTree.shown(root, f);
            boolean top = f.getParent().equals(root);
            misses.add(new Diagnostic(shown, 0, 0, top
                    ? "this folder has the exercise's name in other letter case; folder names are case-sensitive: "
                    + "rename it to " + id
                    : "this folder is too deep; " + id + "/ must be at the top of the submission", ""));
        }
        String expected = String.join(", ", exercise.files().stream().map(file -> id + "/" + file).toList());
        found.matches().stream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                .filter(p -> folders.stream().noneMatch(p::startsWith)).sorted()
                .forEach(p -> misses.add(new Diagnostic(SubmissionTree.shown(root, p), 0, 0, "this looks like a file "
                        + "of " + id + "; put it where the exercise expects it (" + expected + ")", "")));
        return misses.size() > NEAR_MISSES ? misses.subList(0, NEAR_MISSES) : misses;
    }

    private static Optional<String> readStudent(Path p, String shown, Set<Diagnostic> problems) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                problems.add(new Diagnostic(shown, 0, 0, "this file is larger than " + MAX_FILE_BYTES
                        / 1024 + " KiB (" + Files.size(p) / 1024 + " KiB) and was not read; submit the source file "
                        + "only", ""));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new Diagnostic(shown, 0, 0, "this file grew past " + MAX_FILE_BYTES / 1024 + " KiB "
                        + "while it was read and was not read", ""));
                return Optional.empty();
            }
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString().replace("\uFEFF", ""));
            } catch (CharacterCodingException e) {
                problems.add(new Diagnostic(shown, 0, 0, "this file is not valid UTF-8; it was read as ISO-8859-1 "
                        + "(save it as UTF-8)", ""));
                return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            problems.add(new Diagnostic(shown, 0, 0, "this file cannot be read: " + e.getMessage(), ""));
            return Optional.empty();
        }
    }
}
