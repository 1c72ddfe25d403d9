package org.aibasis.reports.quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.stats.ItemStatistics;
import org.aibasis.reports.ReportFiles;

/** Writes the quiz reports, each file atomically ({@link ReportFiles#writeAtomically}). */
public final class QuizReportFiles {
    /** The student's HTML report. */
    public static final String REPORT_HTML = "quiz-report.html";
    /** The student's Markdown report. */
    public static final String REPORT_MD = "quiz-report.md";
    /** The student's result. */
    public static final String RESULT_JSON = "quiz-result.json";
    /** The class report. */
    public static final String CLASS_REPORT_HTML = "quiz-class-report.html";
    /** The gradebook. */
    public static final String GRADEBOOK_CSV = "quiz-gradebook.csv";

    private QuizReportFiles() {
    }

    /**
     * Writes {@value #REPORT_HTML}, {@value #REPORT_MD} and {@value #RESULT_JSON} into {@code out/<folder>}, marked
     * as the grader's ({@link ReportFiles#MARKER}); all is rendered before the first file is written.
     *
     * @return the files written
     */
    public static List<Path> writeStudent(GradedStudent student, Language language, Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_HTML, QuizReportHtml.render(student, language));
        files.put(REPORT_MD, QuizReportMarkdown.render(student, language));
        files.put(RESULT_JSON, QuizResultJson.render(student.graded()));
        return write(out.resolve(student.folder()), files);
    }

    /**
     * Writes {@value #CLASS_REPORT_HTML} and {@value #GRADEBOOK_CSV} into {@code out}, marked as the grader's.
     *
     * @return the files written
     */
    public static List<Path> writeClass(List<GradedStudent> students, ItemStatistics stats, Language language,
                                        List<String> skipped, Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CLASS_REPORT_HTML, QuizClassReportHtml.render(students, stats, language, skipped));
        List<GradedAttempt> attempts = students.stream().map(GradedStudent::graded).toList();
        files.put(GRADEBOOK_CSV, QuizGradebookCsv.render(attempts));
        return write(out, files);
    }

    private static List<Path> write(Path dir, Map<String, String> files) throws IOException {
        ReportFiles.markAsOutput(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            ReportFiles.writeAtomically(target, f.getValue());
            written.add(target);
        }
        return List.copyOf(written);
    }
}
