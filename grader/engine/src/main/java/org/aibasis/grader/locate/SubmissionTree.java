package org.aibasis.grader.locate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Reads a submission's folder tree without following symbolic links and without walking further than a bound.
 *
 * <p>A student controls every name in the tree: a link can point at the reference solutions or at {@code /etc},
 * and a folder can hold millions of entries. So a link is reported, never entered, and every walk stops after
 * {@link #MAX_VISITED} entries or {@link #MAX_DEPTH} levels.
 */
final class SubmissionTree {
    /** Entries a single search visits at most. */
    static final int MAX_VISITED = 20_000;
    /** Folder levels a search descends at most. */
    static final int MAX_DEPTH = 12;

    private SubmissionTree() {
    }

    /** The first symbolic link on the way from {@code root} (exclusive) down to {@code path} (inclusive). */
    static Optional<Path> firstLink(Path root, Path path) {
        Path relative = root.relativize(path);
        Path p = root;
        for (Path part : relative) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A regular file that is not a link itself (its folders are checked with {@link #firstLink}). */
    static boolean isPlainFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The path shown to a person: relative to the submission, forward slashes, a folder with a trailing slash. */
    static String shown(Path root, Path path) {
        String s = root.relativize(path).toString().replace('\\', '/');
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? s + "/" : s;
    }

    /** What a bounded search found: matches in walk order, links met on the way, and whether it stopped early. */
    record Found(List<Path> matches, List<Path> links, boolean truncated) {
        Found {
            matches = List.copyOf(matches);
            links = List.copyOf(links);
        }
    }

    /**
     * Walks {@code start} (not following links) and collects the entries that {@code match} accepts, up to
     * {@code limit} matches, {@link #MAX_VISITED} entries and {@code depth} levels.
     */
    static Found search(Path start, int depth, int limit, BiPredicate<Path, BasicFileAttributes> match) {
        List<Path> matches = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        boolean[] truncated = {false};
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return new Found(matches, links, false);
        }
        try {
            Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth,
                    new SimpleFileVisitor<>() {
                        private int visited;

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return visit(dir, attrs);
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isSymbolicLink()) {
                                links.add(file);
                            }
                            return visit(file, attrs);
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }

                        private FileVisitResult visit(Path p, BasicFileAttributes attrs) {
                            if (++visited > MAX_VISITED) {
                                truncated[0] = true;
                                return FileVisitResult.TERMINATE;
                            }
                            if (!p.equals(start) && match.test(p, attrs)) {
                                matches.add(p);
                                if (matches.size() >= limit) {
                                    return FileVisitResult.TERMINATE;
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // what was found before the error is still useful; the caller reports the file as missing otherwise
        }
        return new Found(matches, links, truncated[0]);
    }
}
