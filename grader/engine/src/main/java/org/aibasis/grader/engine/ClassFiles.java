package org.aibasis.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Writing compiled classes where a worker can load them, and cleaning up after. */
final class ClassFiles {
    private ClassFiles() {
    }

    static Path write(Map<String, byte[]> classes, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                Path file = dir.resolve(e.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write classes to " + dir, e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files only: leaving one behind loses nothing
        }
    }
}
