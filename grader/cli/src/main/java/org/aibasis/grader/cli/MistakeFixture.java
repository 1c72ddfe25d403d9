package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.course.Exercise;

/**
 * A realistic wrong implementation kept as a test fixture: {@code solutions/<id>/mistakes/<name>.yaml} says
 * which hidden tests must fail and which phrase their feedback must contain, and {@code <name>.diff} is the
 * mistake itself, a unified diff against the reference solution (paths relative to {@code solutions/<id>/}).
 * Being a diff, a fixture shows only the mistake, and a changed reference cannot silently age it: a diff that
 * no longer applies is a broken course.
 *
 * @param exercise    the exercise the mistake belongs to
 * @param name        file name without extension
 * @param description what the mistake is, in a student's terms
 * @param mustFail    the hidden tests ({@code SimpleClassName.methodName}) that must not pass
 * @param feedback    a phrase that the message or hint of at least one of {@code mustFail} contains
 *                    (compared ignoring case)
 * @param diff        the descriptor's sibling {@code .diff} file
 */
record MistakeFixture(Exercise exercise, String name, String description, List<String> mustFail, String feedback,
                      Path diff) {
    static final String FOLDER = "mistakes";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    MistakeFixture {
        mustFail = List.copyOf(mustFail);
    }

    private record Descriptor(String mistake, List<String> mustFail, String feedback) {
    }

    /** Every fixture of an exercise, by name; none when it has no {@code mistakes/} folder. */
    static List<MistakeFixture> of(Exercise exercise) {
        Path dir = exercise.solutionDir().resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<MistakeFixture> all = new ArrayList<>();
            for (Path yaml : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(read(exercise, yaml));
            }
            return all;
        } catch (IOException e) {
            throw new CourseException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static MistakeFixture read(Exercise exercise, Path yaml) {
        String file = yaml.getFileName().toString();
        String name = file.substring(0, file.length() - ".yaml".length());
        Descriptor d;
        try {
            d = YAML.readValue(yaml.toFile(), Descriptor.class);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CourseException(yaml + ":" + line + ": " + e.getOriginalMessage()
                    + " (fields: mistake, mustFail, feedback)");
        } catch (IOException e) {
            throw new CourseException("cannot read " + yaml + ": " + e.getMessage(), e);
        }
        if (d == null || d.mistake() == null || d.mistake().isBlank()) {
            throw new CourseException(yaml + ": 'mistake' must say what the mistake is");
        }
        if (d.mustFail() == null || d.mustFail().isEmpty()) {
            throw new CourseException(yaml + ": 'mustFail' must list at least one hidden test");
        }
        if (d.feedback() == null || d.feedback().isBlank()) {
            throw new CourseException(yaml + ": 'feedback' must give the phrase that names the mistake");
        }
        Path diff = yaml.resolveSibling(name + ".diff");
        if (!Files.isRegularFile(diff)) {
            throw new CourseException(yaml + ": its diff " + diff.getFileName() + " is missing");
        }
        return new MistakeFixture(exercise, name, d.mistake(), d.mustFail(), d.feedback(), diff);
    }

    /**
     * Writes the reference solution with this mistake applied as a submission: {@code root/<id>/<file>} for every
     * file the student edits.
     *
     * @throws CourseException when the diff is malformed, names a file the student does not edit, or no longer
     *                         applies to the reference solution
     */
    void writeSubmission(Path root) throws IOException {
        UnifiedDiff parsed;
        try (var in = Files.newInputStream(diff)) {
            parsed = UnifiedDiffReader.parseUnifiedDiff(in);
        } catch (IOException | RuntimeException e) {
            throw new CourseException(diff + ": not a unified diff: " + e.getMessage());
        }
        if (parsed.getFiles().isEmpty()) {
            throw new CourseException(diff + ": the diff changes no file");
        }
        Path target = root.resolve(exercise.id());
        for (String file : exercise.files()) {
            Path to = target.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(exercise.solutionDir().resolve(file), to);
        }
        for (UnifiedDiffFile changed : parsed.getFiles()) {
            String file = strip(changed.getToFile() == null ? changed.getFromFile() : changed.getToFile());
            if (!exercise.files().contains(file)) {
                throw new CourseException(diff + ": changes " + file + ", which is not a file the student edits "
                        + "(one of " + exercise.files() + ", relative to solutions/" + exercise.id() + "/)");
            }
            Path to = target.resolve(file);
            List<String> lines = Files.readAllLines(to, StandardCharsets.UTF_8);
            List<String> patched;
            try {
                patched = DiffUtils.patch(lines, changed.getPatch());
            } catch (PatchFailedException e) {
                throw new CourseException(diff + ": no longer applies to solutions/" + exercise.id() + "/" + file
                        + " (" + e.getMessage() + "); the reference changed: regenerate the diff");
            }
            if (patched.equals(lines)) {
                throw new CourseException(diff + ": changes nothing in solutions/" + exercise.id() + "/" + file
                        + " (a malformed hunk is read as no change); regenerate the diff");
            }
            Files.write(to, patched, StandardCharsets.UTF_8);
        }
    }

    /** {@code a/src/X.java} and {@code b/src/X.java} (git's prefixes) become {@code src/X.java}. */
    private static String strip(String path) {
        String p = path.replace('\\', '/');
        return p.startsWith("a/") || p.startsWith("b/") ? p.substring(2) : p;
    }
}
