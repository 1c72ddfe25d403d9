package org.aibasis.grader.course;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Course types that several exercises use (an MDP, a graph, a matrix), kept in one place instead of being copied
 * into each exercise: {@code exercises/shared/<name>/src} holds what students receive and
 * {@code solutions/shared/<name>/test} the hidden-test helpers for those types (generators, oracles).
 * An exercise names the libraries it builds on with {@code uses:} in its descriptor.
 *
 * @param name          folder name under {@code exercises/shared/}
 * @param sourceDir     {@code exercises/shared/<name>/src}: support sources, compiled with the student's code
 * @param hiddenTestDir {@code solutions/shared/<name>/test}: compiled with the hidden tests; may not exist
 */
public record SharedLibrary(String name, Path sourceDir, Path hiddenTestDir) {
    /** The folder under {@code exercises/} (and {@code solutions/}) that holds the shared libraries. */
    public static final String FOLDER = "shared";

    public SharedLibrary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceDir, "sourceDir");
        Objects.requireNonNull(hiddenTestDir, "hiddenTestDir");
    }

    static SharedLibrary in(Path home, String name) {
        return new SharedLibrary(name, home.resolve("exercises").resolve(FOLDER).resolve(name).resolve("src"),
                home.resolve("solutions").resolve(FOLDER).resolve(name).resolve("test"));
    }
}
