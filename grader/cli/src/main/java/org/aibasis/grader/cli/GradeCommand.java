package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.engine.Timings.Phase;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade}: one submission against the hidden tests. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade one submission (a folder laid out like exercises/, or a .zip of it) against the "
                + "hidden tests.", "Writes result.json, report.html, report.md, junit.xml and gradescope.json to "
                + "the output folder and prints a summary. Symbolic links inside the submission are not followed.",
                "The output folder must not lie inside the submission, and must be new, empty or written by the "
                        + "grader before (unless --force)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:graded (whatever the score)", "2:bad usage or input: nothing was graded",
                Errors.BROKEN_EXIT, Errors.INTERNAL_EXIT})
final class GradeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GradingOptions grading;

    @Mixin
    ReportLanguage reportLanguage;

    @Mixin
    Overwrite overwrite;

    @Mixin
    WorkerOptions workerOptions;

    @Mixin
    ResultFormat format;

    @Mixin
    TimingOptions timing;

    @Mixin
    Jobs jobs;

    @Parameters(paramLabel = "SUBMISSION", description = "A submission folder or .zip.")
    Path submission;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-output",
            description = "Where to write the reports. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--exercise", paramLabel = "ID", description = "Grade only this exercise (repeatable).")
    List<String> exercises = List.of();

    @Override
    public Integer call() throws Exception {
        Path path = Inputs.submission(submission);
        if (Files.isDirectory(path) && OutputFolder.within(out, path)) {
            throw new Errors.UsageException("--out " + out + " is inside the submission " + submission + ": its "
                    + "reports would be read as the student's files next time; give --out a folder outside it");
        }
        format.check(true);
        Course course = common.course();
        Set<String> only = Selection.exercises(course, exercises);
        Path dir = OutputFolder.prepare(out, overwrite.force);
        try (OnSignal signal = new OnSignal();
             Grader grader = signal.closeOnSignal(workerOptions.grader(course, jobs.count(), grading.seed))) {
            grader.warmUp();
            long started = System.nanoTime();
            Submission s = Submissions.open(path, signal.scratch("unzip"));
            s.warnings().forEach(w -> System.err.println("warning: " + w));
            Provenance provenance = new Provenance(path.getFileName().toString(), "",
                    Fingerprints.submission(course, s), Fingerprints.course(course, grading.seed, Main.VERSION));
            int total = course.exercises().stream().filter(e -> only.isEmpty() || only.contains(e.id()))
                    .mapToInt(e -> grader.plan(e).size()).sum();
            Progress progress = new Progress(System.err, "tests", total, grading.redraw());
            SubmissionResult result = grader.grade(s, only, new ProgressListener(progress)).with(provenance);
            progress.finish();
            if (signal.stopping()) {
                return Errors.INTERRUPTED;
            }
            if (result.exercises().stream().allMatch(e -> e.status() instanceof ExerciseStatus.Missing)) {
                System.err.println("warning: " + submission + " holds none of the exercises (" + String.join(", ",
                        result.exercises().stream().map(e -> e.exercise().id() + "/").toList()) + "); is it the "
                        + "right folder?");
            }
            grader.timings().time(Phase.REPORT, () -> ReportFiles.writeSubmission(result, dir,
                    reportLanguage.language()));
            grader.timings().submission(result.submission(), Duration.ofNanos(System.nanoTime() - started));
            format.emit(result, Optional.of(dir), grading.color(), reportLanguage.language());
            timing.report(grader.timings());
            return 0;
        }
    }
}
