package org.aibasis.grader.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.locate.Submission;

/**
 * The small course under src/test/resources/fixture-course: the demo exercise with hostile and broken
 * submissions, and the state exercise whose policy lets submissions change JVM-wide settings.
 */
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

    /** The fixture course with its demo exercise allowing more than the default policy. */
    static Course widened(List<String> allow) {
        Exercise demo = course().find("demo").orElseThrow();
        return new Course(home(), List.of(new Exercise(demo.id(), demo.title(), demo.titleZh(), demo.topic(),
                demo.files(), demo.timeLimit(), demo.totalTimeLimit(), demo.skeletonDir(), demo.solutionDir(),
                allow, demo.uses())));
    }

    static Submission submission(String name) {
        return new Submission(name, home().resolve("submissions").resolve(name));
    }
}
