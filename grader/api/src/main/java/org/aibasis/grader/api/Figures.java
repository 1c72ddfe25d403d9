package org.aibasis.grader.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a hidden test publishes its {@link Figure}s. The grader collects them after each test and carries them
 * into the student's report; outside grading (an IDE run, {@code mvn test}) they are simply dropped.
 *
 * <p>Student code cannot reach this class: graded code may not use the grader's packages.
 */
public final class Figures {
    /** More figures than this from one test are dropped. */
    public static final int MAX_PER_TEST = 8;

    private static final List<Figure> PUBLISHED = new ArrayList<>();

    private Figures() {
    }

    /** Publishes a figure of the running test; beyond {@link #MAX_PER_TEST} it is dropped. */
    public static void publish(Figure figure) {
        java.util.Objects.requireNonNull(figure, "figure");
        synchronized (PUBLISHED) {
            if (PUBLISHED.size() < MAX_PER_TEST) {
                PUBLISHED.add(figure);
            }
        }
    }

    /** Removes and returns what was published since the last call; the grader calls it after each test. */
    public static List<Figure> drain() {
        synchronized (PUBLISHED) {
            List<Figure> out = List.copyOf(PUBLISHED);
            PUBLISHED.clear();
            return out;
        }
    }
}
