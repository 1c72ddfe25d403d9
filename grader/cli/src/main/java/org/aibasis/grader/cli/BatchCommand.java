package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.locate.InvalidSubmissionException;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.run.TestListener;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch}: a whole class. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Grade every submission of a class: each sub-folder or .zip of FOLDER is one submission.",
                "Writes DIR/<submission>/ (as grade does) plus DIR/gradebook.csv and DIR/class-report.html.",
                "A submission that cannot be read scores 0 with the reason in its report; the others carry on."})
final class BatchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    WorkerOptions workerOptions;

    @Parameters(paramLabel = "FOLDER", description = "The folder holding one sub-folder or .zip per submission.")
    Path folder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-output",
            description = "Where to write the reports. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once, each in its own worker "
            + "JVM. Default: the number of processors.")
    Integer jobs;

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        if (!Files.isDirectory(folder)) {
            throw new Errors.UsageException(folder + " is not a folder (give the folder holding the submissions)");
        }
        List<Path> paths = Submissions.list(folder);
        if (paths.isEmpty()) {
            throw new Errors.UsageException(folder + " holds no submissions (sub-folders or .zip files)");
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 64) {
            throw new Errors.UsageException("--jobs must be between 1 and 64, was " + n);
        }
        Path scratch = Files.createTempDirectory("grader-batch-");
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try (Grader grader = workerOptions.grader(course, n, common.seed)) {
            course.exercises().forEach(grader::plan); // a broken course fails here, before any submission
            Progress progress = new Progress(System.err, "submissions", paths.size(), CommonOptions.interactive());
            List<String> names = uniqueNames(paths);
            List<Future<SubmissionResult>> futures = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                Path path = paths.get(i).toAbsolutePath();
                String name = names.get(i);
                futures.add(threads.submit(() -> {
                    SubmissionResult r = gradeOne(grader, course, path, name, scratch);
                    ReportFiles.writeSubmission(r, out.resolve(name));
                    progress.step(name + " " + Numbers.points(r.score()) + "/" + Numbers.points(r.maxScore()));
                    return r;
                }));
            }
            List<SubmissionResult> results = new ArrayList<>();
            for (Future<SubmissionResult> f : futures) {
                results.add(f.get());
            }
            progress.finish();
            ReportFiles.writeClass(results, out);
            System.out.printf("%-32s %8s%n", "submission", "score");
            for (SubmissionResult r : results) {
                System.out.printf("%-32s %8s%n", r.submission(), Numbers.points(r.score()) + "/"
                        + Numbers.points(r.maxScore()));
            }
            System.out.println("Class report: " + out.toAbsolutePath().resolve("class-report.html"));
            System.out.println("Gradebook:    " + out.toAbsolutePath().resolve("gradebook.csv"));
            return 0;
        } finally {
            threads.shutdownNow();
            Cleanup.delete(scratch);
        }
    }

    private static SubmissionResult gradeOne(Grader grader, Course course, Path path, String name, Path scratch)
            throws InterruptedException {
        try {
            Submission opened = Submissions.open(path, scratch.resolve(name));
            return grader.grade(new Submission(name, opened.root()), Set.of(), TestListener.NONE);
        } catch (InvalidSubmissionException e) {
            return grader.unreadable(name, e.getMessage());
        }
    }

    /** Names safe as folder names and unique, so that no two submissions write to the same place. */
    static List<String> uniqueNames(List<Path> paths) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            String file = p.getFileName().toString();
            String base = file.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    ? file.substring(0, file.length() - 4) : file;
            base = base.replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.isEmpty() || base.startsWith(".")) {
                base = "_" + base;
            }
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.add(name);
        }
        return names;
    }
}
