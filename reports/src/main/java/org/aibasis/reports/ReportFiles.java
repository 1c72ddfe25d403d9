package org.aibasis.reports;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.similarity.SimilarityReport;

/**
 * Writes the reports to disk, each file atomically: first to a temporary file in the same folder, then renamed over
 * the target, so a reader (or an interrupted run) never sees a half-written report.
 */
public final class ReportFiles {
    /** The result JSON of a submission. */
    public static final String RESULT_JSON = "result.json";
    /** The student's HTML report. */
    public static final String REPORT_HTML = "report.html";
    /** The student's Markdown report. */
    public static final String REPORT_MD = "report.md";
    /** The Gradescope results. */
    public static final String GRADESCOPE_JSON = "gradescope.json";
    /** The JUnit XML report of every exercise; each exercise's alone is {@code TEST-<exercise id>.xml}. */
    public static final String JUNIT_XML = "junit.xml";
    /** The class's gradebook. */
    public static final String GRADEBOOK_CSV = "gradebook.csv";
    /** The class report. */
    public static final String CLASS_REPORT_HTML = "class-report.html";
    /**
     * The marker file in every folder the grader writes: a later run recognises the folder as output (never as a
     * submission) and may write into it again.
     */
    public static final String MARKER = ".aibasis-grader-output";
    private static final String MARKER_TEXT = "This folder was written by the aibasis grader (bin/grader). A class "
            + "folder holding it is not graded as a submission, and the grader may overwrite the reports in it.\n";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFiles() {
    }

    /**
     * Writes {@value #REPORT_HTML}, {@value #REPORT_MD}, {@value #GRADESCOPE_JSON}, {@value #JUNIT_XML}, the
     * Surefire report {@code TEST-<exercise id>.xml} of each exercise and, last,
     * {@value #RESULT_JSON} for one submission into {@code dir}, creating it and its {@value #MARKER} if needed.
     * Everything is rendered before the first file is written, and the result JSON comes last, so that a folder
     * holding it holds every report of that result.
     *
     * @return the files written, in that order
     */
    public static List<Path> writeSubmission(SubmissionResult result, Path dir) throws IOException {
        return writeSubmission(result, dir, Language.EN);
    }

    /** As {@link #writeSubmission(SubmissionResult, Path)}, the student reports in {@code language}. */
    public static List<Path> writeSubmission(SubmissionResult result, Path dir, Language language)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(REPORT_HTML, StudentReportHtml.render(result, language));
        files.put(REPORT_MD, StudentReportMarkdown.render(result, language));
        files.put(GRADESCOPE_JSON, GradescopeJson.render(result));
        files.put(JUNIT_XML, JUnitXml.render(result));
        result.exercises().forEach(e -> files.put(JUnitXml.fileName(e), JUnitXml.render(e)));
        files.put(RESULT_JSON, ResultJson.render(result));
        List<Path> written = write(dir, files);
        removeStaleSuites(dir, files.keySet());
        return written;
    }

    /**
     * Deletes the {@code TEST-*.xml} of exercises an earlier result of this folder had and this one has not, so that
     * a CI server reading every {@code TEST-*.xml} does not report an exercise that is no longer there.
     */
    private static void removeStaleSuites(Path dir, Set<String> current) throws IOException {
        try (DirectoryStream<Path> suites = Files.newDirectoryStream(dir, "TEST-*.xml")) {
            for (Path p : suites) {
                boolean stale = !current.contains(p.getFileName().toString());
                if (stale && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * A relative link from an output folder to {@code file} in its sub-folder {@code folder}:
     * {@code ./<folder>/<file>}, the folder percent-encoded as one path segment (so {@code %}, {@code /} or
     * {@code ?} in it stay part of the name); empty for a folder that names no sub-folder ({@code ""}, {@code .},
     * {@code ..}).
     */
    public static String link(String folder, String file) {
        if (folder.isEmpty() || folder.equals(".") || folder.equals("..")) {
            return "";
        }
        return "./" + URLEncoder.encode(folder, StandardCharsets.UTF_8).replace("+", "%20") + "/" + file;
    }

    /** Marks {@code dir} (created if needed) as written by the grader, with a {@value #MARKER} file. */
    public static void markAsOutput(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            writeAtomically(marker, MARKER_TEXT);
        }
    }

    /** Whether {@code dir} was written by the grader: it holds a {@value #MARKER} file (not a link). */
    public static boolean isOutput(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Writes {@value #GRADEBOOK_CSV} and {@value #CLASS_REPORT_HTML} (in {@code language}) for a class into
     * {@code dir}, creating it and its {@value #MARKER} if needed. The class report links to
     * {@code <folder>/report.html} (the provenance's folder, else the submission's name), as
     * {@link #writeSubmission} writes them into those folders.
     *
     * @return the files written, in that order
     */
    public static List<Path> writeClass(List<SubmissionResult> results, Path dir, Language language)
            throws IOException {
        return writeClass(results, ClassReportHtml.render(results, language), dir);
    }

    /** As {@link #writeClass(List, Path, Language)}, the class report with a section on similar submissions. */
    public static List<Path> writeClass(List<SubmissionResult> results, SimilarityReport similarity, Path dir,
                                        Language language) throws IOException {
        return writeClass(results, ClassReportHtml.render(results, similarity, language), dir);
    }

    private static List<Path> writeClass(List<SubmissionResult> results, String classReport, Path dir)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(GRADEBOOK_CSV, GradebookCsv.render(results));
        files.put(CLASS_REPORT_HTML, classReport);
        return write(dir, files);
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target} atomically: to a new temporary file next to it (created with
     * the default permissions, so the report gets them too), then moved over it with {@code ATOMIC_MOVE}, or, where
     * the file system cannot do that, with {@code REPLACE_EXISTING}. Protects against interrupted runs and concurrent
     * readers, not against power loss (no fsync).
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would carry over to the report
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        try {
            Files.write(tmp, Visible.encodable(content).getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<Path> write(Path dir, Map<String, String> files) throws IOException {
        markAsOutput(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            writeAtomically(target, f.getValue());
            written.add(target);
        }
        return List.copyOf(written);
    }
}
