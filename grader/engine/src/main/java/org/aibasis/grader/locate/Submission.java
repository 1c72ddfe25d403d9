package org.aibasis.grader.locate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A submission ready to be read: a folder laid out like {@code exercises/}.
 *
 * @param name the name reports use (folder or zip name without extension)
 * @param root the folder holding {@code <exercise-id>/...}
 */
public record Submission(String name, Path root) {
    public Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
    }
}
