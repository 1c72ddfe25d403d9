package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code grade}: one submission against the hidden tests. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade one submission (a folder laid out like exercises/, or a .zip of it) against the "
                + "hidden tests.", "Writes result.json, report.html, report.md, junit.xml and gradescope.json to "
                + "the output folder and prints a summary."})
final class GradeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    WorkerOptions workerOptions;

    @Parameters(paramLabel = "SUBMISSION", description = "A submission folder or .zip.")
    Path submission;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-output",
            description = "Where to write the reports. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--exercise", paramLabel = "ID", description = "Grade only this exercise (repeatable).")
    List<String> exercises = List.of();

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        Set<String> only = Selection.exercises(course, exercises);
        if (!Files.exists(submission)) {
            throw new Errors.UsageException(submission + " does not exist (give a submission folder or .zip)");
        }
        Path scratch = Files.createTempDirectory("grader-unzip-");
        try (Grader grader = workerOptions.grader(course, 1, common.seed)) {
            Submission s = Submissions.open(submission.toAbsolutePath(), scratch);
            int total = course.exercises().stream().filter(e -> only.isEmpty() || only.contains(e.id()))
                    .mapToInt(e -> grader.plan(e).size()).sum();
            Progress progress = new Progress(System.err, "tests", total, CommonOptions.interactive());
            SubmissionResult result = grader.grade(s, only, new ProgressListener(progress));
            progress.finish();
            ReportFiles.writeSubmission(result, out);
            System.out.print(TerminalSummary.render(result, common.color()));
            System.out.println("Reports: " + out.toAbsolutePath().resolve("report.html"));
            return 0;
        } finally {
            Cleanup.delete(scratch);
        }
    }
}
