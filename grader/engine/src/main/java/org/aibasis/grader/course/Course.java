package org.aibasis.grader.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.aibasis.grader.inspect.Policy;

/**
 * The course as laid out on disk: {@code exercises/<id>/exercise.yaml} with a twin {@code solutions/<id>/}.
 *
 * <p>Entry point: {@link #load(Path)}. Exercises come in course order (by topic, then id).
 */
public record Course(Path home, List<Exercise> exercises) {
    /** Larger descriptors are not read: a real one is a few hundred bytes. */
    static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** All tests of an exercise together: generous for any honest solution, bounded for a hostile one. */
    private static final int DEFAULT_TOTAL_SECONDS = 120;

    public Course {
        exercises = List.copyOf(exercises);
    }

    /** Reads every exercise under {@code home/exercises}; a broken descriptor fails with its file and line. */
    public static Course load(Path home) {
        Path exercisesDir = home.resolve("exercises");
        if (!Files.isDirectory(exercisesDir)) {
            throw new CourseException("no exercises/ folder in " + home
                    + " (run from the course repository, or pass --home)");
        }
        List<Exercise> list = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(exercisesDir)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("exercise.yaml"))).toList()) {
                list.add(readDescriptor(home, dir));
            }
        } catch (IOException e) {
            throw new CourseException("cannot read " + exercisesDir + ": " + e.getMessage(), e);
        }
        list.sort(Comparator.comparingInt((Exercise e) -> Topics.rank(e.topic())).thenComparing(Exercise::id));
        return new Course(home, list);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    private record Descriptor(String id, String title, String titleZh, String topic, List<String> files,
                              Integer timeLimitSeconds, Integer totalTimeLimitSeconds, List<String> allow,
                              List<String> uses) {
    }

    private static Exercise readDescriptor(Path home, Path dir) {
        Path file = dir.resolve("exercise.yaml");
        Descriptor d;
        try {
            if (Files.size(file) > MAX_DESCRIPTOR_BYTES) {
                throw new CourseException(file + ": larger than " + MAX_DESCRIPTOR_BYTES / 1024 + " KiB; a descriptor"
                        + " is a few lines (id, title, titleZh, topic, files, timeLimitSeconds, allow)");
            }
            d = YAML.readValue(file.toFile(), Descriptor.class);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CourseException(file + ":" + line + ": " + e.getOriginalMessage()
                    + " (fields: id, title, titleZh, topic, files, timeLimitSeconds, totalTimeLimitSeconds, allow, uses)");
        } catch (IOException e) {
            throw new CourseException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String where = file + ": ";
        String folder = dir.getFileName().toString();
        if (folder.equals(SharedLibrary.FOLDER)) {
            throw new CourseException(where + "'" + SharedLibrary.FOLDER + "' holds the shared libraries and "
                    + "cannot be an exercise; rename the folder");
        }
        if (d == null || d.id() == null || !d.id().equals(folder)) {
            throw new CourseException(where + "id must equal the folder name '" + folder + "'");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new CourseException(where + "title is missing");
        }
        if (d.topic() == null || !Topics.ORDER.contains(d.topic())) {
            throw new CourseException(where + "topic must be one of " + Topics.ORDER + ", was " + d.topic());
        }
        if (d.files() == null || d.files().isEmpty()) {
            throw new CourseException(where + "files must list at least one file the student edits");
        }
        for (String f : d.files()) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new CourseException(where + "listed file " + f + " does not exist in " + dir);
            }
        }
        int seconds = d.timeLimitSeconds() == null ? 10 : d.timeLimitSeconds();
        if (seconds <= 0 || seconds > 600) {
            throw new CourseException(where + "timeLimitSeconds must be in 1..600, was " + seconds);
        }
        int total = d.totalTimeLimitSeconds() == null ? Math.max(DEFAULT_TOTAL_SECONDS, seconds)
                : d.totalTimeLimitSeconds();
        if (total < seconds || total > 3600) {
            throw new CourseException(where + "totalTimeLimitSeconds must be in " + seconds + "..3600 (at least "
                    + "timeLimitSeconds), was " + total);
        }
        List<String> allow = d.allow() == null ? List.of() : d.allow();
        for (String entry : allow) {
            Policy.checkWidening(entry).ifPresent(problem -> {
                throw new CourseException(where + problem);
            });
        }
        List<SharedLibrary> uses = new ArrayList<>();
        for (String name : d.uses() == null ? List.<String>of() : d.uses()) {
            SharedLibrary lib = SharedLibrary.in(home, name);
            boolean plainName = !name.isBlank() && !name.contains("/") && !name.contains("\\");
            if (!plainName || !Files.isDirectory(lib.sourceDir())) {
                throw new CourseException(where + "uses names the shared library '" + name + "', but there is no "
                        + "folder exercises/" + SharedLibrary.FOLDER + "/" + name + "/src");
            }
            if (uses.contains(lib)) {
                throw new CourseException(where + "uses names '" + name + "' twice");
            }
            uses.add(lib);
        }
        // solutions/ is absent from a student's copy; only grading needs it
        Path solutionDir = home.resolve("solutions").resolve(folder);
        return new Exercise(d.id(), d.title(), d.titleZh() == null ? d.title() : d.titleZh(), d.topic(),
                d.files(), Duration.ofSeconds(seconds), Duration.ofSeconds(total), dir, solutionDir,
                allow, uses);
    }
}
