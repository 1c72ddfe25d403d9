package org.aibasis.grader.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.locate.Submission;

/** The small course under src/test/resources/fixture-course: one exercise, hostile and broken submissions. */
final class FixtureCourse {
    private FixtureCourse() {
    }

    static Path home() {
        try {
            return Path.of(FixtureCourse.class.getResource("/fixture-course/exercises/demo/exercise.yaml").toURI())
                    .getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Course course() {
        return Course.load(home());
    }

    static Submission submission(String name) {
        return new Submission(name, home().resolve("submissions").resolve(name));
    }
}
