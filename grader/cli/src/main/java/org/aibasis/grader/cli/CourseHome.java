package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the course repository: {@code --home}, else the launcher's {@code grader.home}, else up from here. */
final class CourseHome {
    private CourseHome() {
    }

    static Path find(Optional<Path> option) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromLauncher = System.getProperty("grader.home");
        if (fromLauncher != null && !fromLauncher.isBlank()) {
            return Path.of(fromLauncher).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("exercises"))) {
                return p;
            }
        }
        return dir;
    }
}
