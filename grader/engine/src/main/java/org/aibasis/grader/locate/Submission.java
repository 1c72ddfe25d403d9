package org.aibasis.grader.locate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A submission ready to be read: a folder laid out like {@code exercises/}.
 *
 * @param name     the name reports use (folder or zip name without extension)
 * @param root     the folder holding {@code <exercise-id>/...}
 * @param warnings what was left out while opening it (a zip entry pointing outside the archive, one too large to
 *                 unpack), each naming the entry
 */
public record Submission(String name, Path root, List<String> warnings) {
    public Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        warnings = List.copyOf(warnings);
    }

    /** A submission opened without warnings. */
    public Submission(String name, Path root) {
        this(name, root, List.of());
    }
}
