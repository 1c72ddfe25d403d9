package org.aibasis.reports.view;

import java.util.List;

/**
 * The class report's section on similar submissions, in the report's language.
 *
 * @param intro     what was compared, from which similarity on, and that a pair is a signal, never a verdict
 * @param exercises every exercise checked, in course order
 */
public record SimilarityView(String intro, List<Exercise> exercises) {
    public SimilarityView {
        exercises = List.copyOf(exercises);
    }

    /**
     * One exercise.
     *
     * @param id       the exercise's id
     * @param compared what follows the id in its heading, e.g. {@code : 3 submissions compared}
     * @param note     why it was not compared; empty when it was
     * @param pairs    the pairs at or above the threshold, most similar first
     */
    public record Exercise(String id, String compared, String note, List<Pair> pairs) {
        public Exercise {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * Two submissions alike.
     *
     * @param first   a submission's name
     * @param second  the other's
     * @param summary what follows the names, e.g. {@code : 93.2% similar, 4 matching regions}
     * @param matches the matching regions, in the first submission's order
     */
    public record Pair(String first, String second, String summary, List<Match> matches) {
        public Pair {
            matches = List.copyOf(matches);
        }
    }

    /** A region of one submission's file and the region of the other's that it matches. */
    public record Match(Region first, Region second) {
    }

    /**
     * Lines of a file.
     *
     * @param file  the file's path in the submission
     * @param lines which lines, e.g. {@code lines 3–7}
     * @param text  those lines
     */
    public record Region(String file, String lines, String text) {
    }
}
