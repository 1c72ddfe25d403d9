package org.aibasis.grader.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.aibasis.grader.course.Course;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The course repository (with exercises/ and solutions/). Default: found from the launcher "
                    + "or the current folder.")
    Optional<Path> home = Optional.empty();

    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set or not on a terminal).")
    boolean noColor;

    @Option(names = "--seed", paramLabel = "TEXT", defaultValue = "aibasis",
            description = "Base of every property's seed; the same seed gives the same scores. Default: ${DEFAULT-VALUE}.")
    String seed;

    Course course() {
        return Course.load(CourseHome.find(home));
    }

    boolean color() {
        return !noColor && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    /** Whether progress may redraw one line (a terminal) or must print lines (a log). */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
