package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.GradescopeJson;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code autograder}: what Gradescope's {@code run_autograder} runs (see {@code package gradescope}): grades
 * {@code ROOT/submission} with the hidden and the public tests and writes {@code ROOT/results/results.json}.
 */
@Command(name = "autograder", mixinStandardHelpOptions = true,
        description = {"Grade ROOT/submission as Gradescope's autograder (run_autograder calls this) and write "
                + "ROOT/results/results.json in Gradescope's format: the hidden tests' points, the public tests as "
                + "feedback worth nothing, and an entry for each exercise that could not be graded.",
                "The submission is the folder the student uploaded (laid out like exercises/), or a folder holding "
                        + "one .zip of it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:results written (whatever the score)", "2:bad usage or input: nothing was graded",
                Errors.BROKEN_EXIT, Errors.INTERNAL_EXIT})
final class AutograderCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GradingOptions grading;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/autograder",
            description = "Gradescope's autograder folder, holding submission/ and results/. Default: "
                    + "${DEFAULT-VALUE}.")
    Path root;

    @Option(names = "--exercise", paramLabel = "ID", description = "Grade only this exercise (repeatable).")
    List<String> exercises = List.of();

    @Option(names = "--hidden-visibility", paramLabel = "VISIBILITY", defaultValue = "after_published",
            description = "When students see the hidden tests: hidden, after_due_date, after_published or visible. "
                    + "Default: ${DEFAULT-VALUE}.")
    String hiddenVisibility;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        GradescopeJson.Visibility hidden = GradescopeJson.Visibility.of(hiddenVisibility).orElseThrow(() ->
                new Errors.UsageException("--hidden-visibility " + hiddenVisibility + " is not one of Gradescope's "
                        + "visibilities (hidden, after_due_date, after_published, visible)"));
        Course course = common.course();
        Set<String> only = Selection.exercises(course, exercises);
        Path path = Inputs.submission(uploaded(root.resolve("submission")));
        try (OnSignal signal = new OnSignal();
             Grader grader = signal.closeOnSignal(new Grader(course, Jobs.count(Optional.empty()), grading.seed))) {
            Submission s = Submissions.open(path, signal.scratch("unzip"));
            s.warnings().forEach(w -> System.err.println("warning: " + w));
            Progress progress = new Progress(System.err, "tests", 0, false);
            SubmissionResult graded = grader.grade(s, only, new ProgressListener(progress));
            SubmissionResult publicTests = grader.check(s, only, new ProgressListener(progress));
            progress.finish();
            if (signal.stopping()) {
                return Errors.INTERRUPTED;
            }
            GradescopeJson.Settings settings = new GradescopeJson.Settings(id -> hidden,
                    Duration.ofNanos(System.nanoTime() - start));
            ReportFiles.writeAtomically(root.resolve("results").resolve("results.json"),
                    GradescopeJson.render(graded, publicTests, settings));
            // the autograder's log, which Gradescope shows the instructor (stdout_visibility: hidden)
            System.out.print(TerminalSummary.render(graded, false));
            return 0;
        }
    }

    /** The uploaded folder, or the one .zip it holds when the student uploaded a zip of their folder. */
    private static Path uploaded(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return dir;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            boolean oneZip = all.size() == 1 && Files.isRegularFile(all.get(0))
                    && all.get(0).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
            return oneZip ? all.get(0) : dir;
        }
    }
}
