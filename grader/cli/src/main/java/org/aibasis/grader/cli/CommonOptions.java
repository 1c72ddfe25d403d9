package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.aibasis.grader.course.Course;
import picocli.CommandLine.Option;

/** The option every command shares: where the course repository is. */
final class CommonOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The course repository (with exercises/, solutions/ and quizzes/). Default: found from the "
                    + "launcher or the current folder.")
    Optional<Path> home = Optional.empty();

    /** The course; a {@code --home} that is not a course repository is the user's mistake, not a broken course. */
    Course course() {
        return Course.load(courseHome("exercises"));
    }

    /** The course's {@code quizzes/} folder, relative to the current folder when it lies below it. */
    Path quizzes() {
        return QuizValidateCommand.display(courseHome("quizzes").resolve("quizzes"));
    }

    private Path courseHome(String needed) {
        Path dir = CourseHome.find(home);
        if (home.isPresent() && !Files.isDirectory(dir.resolve(needed))) {
            throw new Errors.UsageException("--home " + home.get() + " is not the course repository (it has no "
                    + needed + "/ folder" + (Files.isDirectory(dir) ? "" : "; the folder does not exist")
                    + "); give the folder holding exercises/, solutions/ and quizzes/");
        }
        return dir;
    }

    /** Whether progress may redraw one line (a terminal) or must print lines (a log). */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
