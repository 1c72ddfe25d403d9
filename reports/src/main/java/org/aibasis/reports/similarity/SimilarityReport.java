package org.aibasis.reports.similarity;

import java.util.List;
import java.util.Objects;

/**
 * What a similarity check found in a class, per exercise: the pairs of submissions whose edited files are more alike
 * than a threshold, each with the regions that match. A signal for a person to read the code, never a verdict.
 *
 * @param tool      the tool and its version, e.g. {@code JPlag 6.0.0 (Java)}
 * @param threshold the similarity (0..1) from which a pair is listed
 * @param exercises every exercise checked, in course order
 */
public record SimilarityReport(String tool, double threshold, List<Exercise> exercises) {
    public SimilarityReport {
        Objects.requireNonNull(tool, "tool");
        exercises = List.copyOf(exercises);
    }

    /**
     * One exercise.
     *
     * @param id          the exercise's id
     * @param submissions how many submissions had files of it to compare
     * @param note        why it was not compared (fewer than two submissions, a tool error); empty when it was
     * @param pairs       the pairs at or above the threshold, most similar first
     */
    public record Exercise(String id, int submissions, String note, List<Pair> pairs) {
        public Exercise {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(note, "note");
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * Two submissions alike.
     *
     * @param first      a submission's name
     * @param second     the other's
     * @param similarity the tool's average similarity, 0..1
     * @param matches    the matching regions, in the first submission's order
     */
    public record Pair(String first, String second, double similarity, List<Match> matches) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            matches = List.copyOf(matches);
        }
    }

    /** A region of one submission's file that matches a region of the other's. */
    public record Match(Region first, Region second) {
        public Match {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /**
     * Lines of a file.
     *
     * @param file     the file's path in the submission
     * @param fromLine first line, from 1
     * @param toLine   last line
     * @param text     those lines
     */
    public record Region(String file, int fromLine, int toLine, String text) {
        public Region {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }
}
