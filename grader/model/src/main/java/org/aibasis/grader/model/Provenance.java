package org.aibasis.grader.model;

import java.util.Objects;

/**
 * Where a submission came from and what it was graded against, so that a result can be traced back to the
 * student's file and recognised as still up to date. Every field is empty when unknown.
 *
 * @param source         the submission's file or folder name as found (e.g. {@code carol.zip}, {@code 张三})
 * @param folder         the folder its reports were written to, relative to the class's output folder
 * @param submissionHash a digest of what the grader read from the submission
 * @param courseHash     a digest of the course it was graded against (exercises, hidden tests, seed)
 */
public record Provenance(String source, String folder, String submissionHash, String courseHash) {
    private static final Provenance NONE = new Provenance("", "", "", "");

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(submissionHash, "submissionHash");
        Objects.requireNonNull(courseHash, "courseHash");
    }

    /** Nothing known. */
    public static Provenance none() {
        return NONE;
    }
}
