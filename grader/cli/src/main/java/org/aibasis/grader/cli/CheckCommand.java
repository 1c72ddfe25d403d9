package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.engine.Timings.Phase;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.WorkerSettings;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: a student's self-check against the public tests. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the public tests against your working copy of exercises/ and explain every failure.",
                "The working copy is --dir, else found by looking upward from the current folder (a folder "
                        + "holding exercises/, or holding exercise folders); the folder checked is always named."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every public test passes", "1:a public test fails, or an exercise is missing (handy in "
                + "GitHub Classroom)", "2:bad usage or input", Errors.BROKEN_EXIT,
                Errors.INTERNAL_EXIT})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GradingOptions grading;

    @Mixin
    ReportLanguage reportLanguage;

    @Mixin
    Overwrite overwrite;

    @Mixin
    ResultFormat format;

    @Mixin
    TimingOptions timing;

    @Mixin
    Jobs jobs;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this exercise. Default: all.")
    Optional<String> id = Optional.empty();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Your working copy of exercises/. Default: found upward from the current folder.")
    Optional<Path> dir = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "Also write the reports (HTML, Markdown, JSON) here.")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        Set<String> only = Selection.exercises(course, id.stream().toList());
        format.check(out.isPresent());
        Path working = workingCopy(course);
        Optional<Path> reports = out.map(o -> OutputFolder.prepare(o, overwrite.force));
        try (OnSignal signal = new OnSignal();
             Grader grader = signal.closeOnSignal(WorkerOptions.cached(course, jobs.count(), grading.seed,
                     WorkerSettings.defaults()))) {
            grader.warmUp();
            Progress progress = new Progress(System.err, "public tests", 0, grading.redraw());
            SubmissionResult result = grader.check(new Submission("self-check", working), only,
                    new ProgressListener(progress));
            progress.finish();
            if (reports.isPresent()) {
                grader.timings().time(Phase.REPORT, () -> ReportFiles.writeSubmission(result, reports.get(),
                        reportLanguage.language()));
            }
            format.emit(result, reports, grading.color(), reportLanguage.language(), "Checked: " + working);
            timing.report(grader.timings());
            List<TestResult> tests = result.exercises().stream().flatMap(e -> e.tests().stream()).toList();
            boolean allPassed = !tests.isEmpty() && tests.stream().allMatch(t -> t.points() == t.maxPoints())
                    && result.exercises().stream().allMatch(e -> e.status().label().equals("graded"));
            return allPassed ? 0 : 1;
        }
    }

    /** {@code --dir}, else the working copy found upward from here, else the course's own exercises/ (said). */
    private Path workingCopy(Course course) throws IOException {
        if (dir.isPresent()) {
            Path given = dir.get().toAbsolutePath().normalize();
            if (!Files.isDirectory(given)) {
                throw new Errors.UsageException("--dir " + dir.get() + (Files.exists(given) ? " is not a folder"
                        : " does not exist") + " (give your exercises/ folder)");
            }
            if (!holdsExercises(course, given) && holdsExercises(course, given.resolve("exercises"))) {
                System.err.println("note: " + dir.get() + " holds exercises/; checking that");
                return given.resolve("exercises").toRealPath();
            }
            return given.toRealPath();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (holdsExercises(course, p)) {
                return courseOwn(course, p.toRealPath(), here);
            }
            if (holdsExercises(course, p.resolve("exercises"))) {
                return courseOwn(course, p.resolve("exercises").toRealPath(), here);
            }
        }
        throw new Errors.UsageException("no working copy of exercises/ found from " + here + " upward (run check "
                + "inside your copy of the exercises, or give --dir)");
    }

    /** The folder found; when it is the course's own exercises/ or solutions/, says so (it may not be yours). */
    private static Path courseOwn(Course course, Path found, Path here) throws IOException {
        for (String own : List.of("exercises", "solutions")) {
            Path folder = course.home().resolve(own);
            if (Files.isDirectory(folder) && found.equals(folder.toRealPath())) {
                System.err.println("note: checking the course's own " + own + "/ folder (" + found + "): no other "
                        + "working copy was found from " + here + " upward; give --dir to check another");
            }
        }
        return found;
    }

    /** Whether {@code dir} holds at least one exercise folder of the course. */
    private static boolean holdsExercises(Course course, Path dir) {
        return Files.isDirectory(dir) && course.exercises().stream().map(Exercise::id)
                .anyMatch(id -> Files.isDirectory(dir.resolve(id)));
    }
}
