package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.locate.InvalidSubmissionException;
import org.aibasis.grader.locate.Located;
import org.aibasis.grader.locate.Locator;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.Messages;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.similarity.SimilarityReport;
import org.aibasis.similarity.Similarity;
import picocli.CommandLine.Option;

/** {@code batch --similarity}: JPlag on the class, per exercise, into the class report. */
final class SimilarityOptions {
    @Option(names = "--similarity", description = "Also compare every pair of submissions per exercise with JPlag "
            + "(the skeleton as base code) and list the similar pairs in the class report: a signal for a person "
            + "to read both, never a penalty.")
    boolean enabled;

    @Option(names = "--similarity-threshold", paramLabel = "0..1", defaultValue = "0.6",
            description = "List pairs from this similarity on (JPlag's average similarity). Default: "
                    + "${DEFAULT-VALUE}.")
    double threshold;

    /** Checks the options before any grading. */
    void check() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new Errors.UsageException("--similarity-threshold must be between 0 and 1, was " + threshold);
        }
    }

    /**
     * Writes the class report and gradebook, with the similarity section when asked for, in the language of
     * {@code words} (the terminal wording, which also says that the comparison runs).
     */
    List<Path> writeClass(Course course, Map<String, Path> submissions, List<SubmissionResult> results, Path dir,
                          OnSignal signal, Messages words) throws IOException {
        if (enabled) {
            System.out.println(words.get("batch.similarity", Similarity.TOOL));
            return ReportFiles.writeClass(results, report(course, submissions, signal.scratch("similarity")), dir,
                    words.language());
        }
        return ReportFiles.writeClass(results, dir, words.language());
    }

    /**
     * The similarity section for {@code submissions} (folder name → folder or zip).
     *
     * @param scratch an empty folder for unpacked zips and JPlag's input
     */
    private SimilarityReport report(Course course, Map<String, Path> submissions, Path scratch) throws IOException {
        Map<String, Map<String, List<Similarity.CodeFile>>> byExercise = new LinkedHashMap<>();
        course.exercises().forEach(e -> byExercise.put(e.id(), new LinkedHashMap<>()));
        int i = 0;
        for (Map.Entry<String, Path> s : submissions.entrySet()) {
            Submission submission;
            try {
                submission = Submissions.open(s.getValue(), Files.createDirectories(scratch.resolve("open-" + i++)));
            } catch (InvalidSubmissionException e) {
                continue; // its report already says why it cannot be read
            }
            for (Exercise e : course.exercises()) {
                if (Locator.locate(submission, e) instanceof Located.Found found) {
                    byExercise.get(e.id()).put(s.getKey(), found.studentFiles().stream()
                            .map(f -> new Similarity.CodeFile(f.path(), f.content())).toList());
                }
            }
        }
        List<SimilarityReport.Exercise> exercises = new ArrayList<>();
        for (Exercise e : course.exercises()) {
            List<Similarity.CodeFile> base = new ArrayList<>();
            for (String file : e.files()) {
                base.add(new Similarity.CodeFile(file, Files.readString(e.skeletonDir().resolve(file))));
            }
            exercises.add(Similarity.compare(e.id(), byExercise.get(e.id()), base, threshold,
                    Files.createDirectories(scratch.resolve("jplag-" + e.id()))));
        }
        return new SimilarityReport(Similarity.TOOL, threshold, exercises);
    }
}
