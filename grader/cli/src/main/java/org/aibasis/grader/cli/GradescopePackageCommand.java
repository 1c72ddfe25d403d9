package org.aibasis.grader.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.aibasis.grader.course.Course;
import org.aibasis.reports.GradescopeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code package gradescope}: the autograder zip Gradescope's "Configure Autograder" takes. Its root holds
 * {@code setup.sh}, {@code run_autograder}, {@code grader/lib/} (this grader's own class path, numbered to keep its
 * order) and {@code course/} (the course's {@code exercises/} and {@code solutions/}).
 */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = {"Write Gradescope's autograder zip: setup.sh installs a JDK >= 21 on Gradescope's Ubuntu "
                + "image; run_autograder grades /autograder/submission with the hidden tests (and the public tests "
                + "as feedback) and writes /autograder/results/results.json, with no network.",
                "The zip holds the hidden tests and reference solutions: give it to Gradescope only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "2:bad usage or input: nothing was written", Errors.BROKEN_EXIT,
                Errors.INTERNAL_EXIT})
final class GradescopePackageCommand implements Callable<Integer> {
    private static final String RESOURCES = "/org/aibasis/grader/cli/gradescope/";

    @Mixin
    CommonOptions common;

    @Mixin
    Overwrite overwrite;

    @Option(names = "--out", paramLabel = "ZIP", defaultValue = "autograder.zip",
            description = "The zip to write. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--exercise", paramLabel = "ID",
            description = "Grade only this exercise (repeatable): one Gradescope assignment per exercise.")
    List<String> exercises = List.of();

    @Option(names = "--hidden-visibility", paramLabel = "VISIBILITY", defaultValue = "after_published",
            description = "When students see the hidden tests: hidden, after_due_date, after_published or visible. "
                    + "Default: ${DEFAULT-VALUE}.")
    String hiddenVisibility;

    @Option(names = "--seed", paramLabel = "TEXT", defaultValue = GradingOptions.DEFAULT_SEED,
            description = "Base of every property's seed on Gradescope. Default: ${DEFAULT-VALUE}.")
    String seed;

    @Override
    public Integer call() throws IOException {
        if (GradescopeJson.Visibility.of(hiddenVisibility).isEmpty()) {
            throw new Errors.UsageException("--hidden-visibility " + hiddenVisibility + " is not one of "
                    + "Gradescope's visibilities (hidden, after_due_date, after_published, visible)");
        }
        Course course = common.course();
        Selection.exercises(course, exercises);
        Path zip = out.toAbsolutePath().normalize();
        if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS) && !(overwrite.force && Files.isRegularFile(zip,
                LinkOption.NOFOLLOW_LINKS))) {
            throw new Errors.UsageException("--out " + out + (Files.isDirectory(zip) ? " is a folder; give a .zip "
                    + "file name" : " exists; give a new file name, or --force to replace it"));
        }
        if (OutputFolder.within(zip, course.home())) {
            throw new Errors.UsageException("--out " + out + " is inside the course " + course.home() + "; give a "
                    + "file outside it");
        }
        Files.createDirectories(zip.getParent());
        Path tmp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            write(course, tmp);
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("Gradescope autograder: " + zip + " (upload it in the assignment's Configure Autograder; "
                + "it holds the hidden tests, so share it with no one else)");
        return 0;
    }

    private void write(Course course, Path tmp) throws IOException {
        URI uri = URI.create("jar:" + tmp.toUri());
        // zipfs with POSIX attributes: the only JDK way to store the executable bit Gradescope's scripts need
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true",
                "enablePosixFileAttributes", "true"))) {
            Path root = fs.getPath("/");
            BundledGrader.script(root.resolve("setup.sh"), resource("setup.sh"));
            BundledGrader.script(root.resolve("run_autograder"),
                    resource("run_autograder").replace("@ARGUMENTS@", arguments()));
            BundledGrader.copyClassPath(root.resolve("grader/lib"));
            for (String part : List.of("exercises", "solutions")) {
                BundledGrader.copyTree(course.home().resolve(part), root.resolve("course").resolve(part));
            }
        }
    }

    /** run_autograder's options after {@code autograder}, each quoted for the shell. */
    private String arguments() {
        List<String> args = new ArrayList<>(List.of("--seed", seed, "--hidden-visibility", hiddenVisibility));
        exercises.forEach(e -> args.addAll(List.of("--exercise", e)));
        return args.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private static String resource(String name) throws IOException {
        return BundledGrader.resource(RESOURCES + name);
    }
}
