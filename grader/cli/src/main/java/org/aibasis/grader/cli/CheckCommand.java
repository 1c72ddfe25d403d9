package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.TerminalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: a student's self-check against the public tests. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the public tests against your working copy of exercises/ and explain every failure.",
                "Exit code 0 when every public test passes, 1 otherwise (handy in GitHub Classroom)."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this exercise. Default: all.")
    Optional<String> id = Optional.empty();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Your working copy of exercises/. Default: ./exercises, else the course's exercises/.")
    Optional<Path> dir = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the reports (HTML, Markdown, JSON) here.")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        Set<String> only = Selection.exercises(course, id.stream().toList());
        Path working = dir.orElseGet(() -> Files.isDirectory(Path.of("exercises")) ? Path.of("exercises")
                : course.home().resolve("exercises")).toAbsolutePath();
        if (!Files.isDirectory(working)) {
            throw new Errors.UsageException(working + " is not a folder (pass your exercises/ folder with --dir)");
        }
        try (Grader grader = new Grader(course, 1, common.seed)) {
            Progress progress = new Progress(System.err, "public tests", 0, CommonOptions.interactive());
            SubmissionResult result = grader.check(new Submission("self-check", working), only,
                    new ProgressListener(progress));
            progress.finish();
            System.out.print(TerminalSummary.render(result, common.color()));
            if (out.isPresent()) {
                ReportFiles.writeSubmission(result, out.get());
                System.out.println("Reports: " + out.get().toAbsolutePath().resolve("report.html"));
            }
            List<TestResult> tests = result.exercises().stream().flatMap(e -> e.tests().stream()).toList();
            boolean allPassed = !tests.isEmpty() && tests.stream().allMatch(t -> t.points() == t.maxPoints())
                    && result.exercises().stream().allMatch(e -> e.status().label().equals("graded"));
            return allPassed ? 0 : 1;
        }
    }
}
