package org.aibasis.grader.course;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.aibasis.grader.model.ExerciseInfo;

/**
 * One exercise as the course defines it: its descriptor plus where its parts live.
 *
 * @param id          folder name under {@code exercises/} and {@code solutions/}
 * @param title       English title
 * @param titleZh     Chinese title
 * @param topic       curriculum topic
 * @param files       the files a student edits, relative to the exercise folder (forward slashes)
 * @param timeLimit   per-test time limit
 * @param totalTimeLimit the limit for all the exercise's tests together, so that a submission whose every test
 *                    runs close to the per-test limit still cannot hold a worker for long
 * @param skeletonDir {@code exercises/<id>}
 * @param solutionDir {@code solutions/<id>}
 * @param allow       classes or packages (dotted, a package ending in {@code .}) this exercise lets student code
 *                    use beyond the course's default policy
 * @param uses        the shared libraries whose types this exercise builds on, in descriptor order
 */
public record Exercise(String id, String title, String titleZh, String topic, List<String> files,
                       Duration timeLimit, Duration totalTimeLimit, Path skeletonDir, Path solutionDir,
                       List<String> allow, List<SharedLibrary> uses) {
    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(topic, "topic");
        files = List.copyOf(files);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(totalTimeLimit, "totalTimeLimit");
        Objects.requireNonNull(skeletonDir, "skeletonDir");
        Objects.requireNonNull(solutionDir, "solutionDir");
        allow = List.copyOf(allow);
        uses = List.copyOf(uses);
    }

    public ExerciseInfo info() {
        return new ExerciseInfo(id, title, topic, titleZh);
    }

    /** The skeleton's source folder: support classes plus the skeleton versions of the edited files. */
    public Path sourceDir() {
        return skeletonDir.resolve("src");
    }

    /** Public tests a student runs with {@code check}. */
    public Path publicTestDir() {
        return skeletonDir.resolve("test");
    }

    /** Hidden graded tests. */
    public Path hiddenTestDir() {
        return solutionDir.resolve("test");
    }
}
