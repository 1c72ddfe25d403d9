package org.aibasis.reports;

import java.util.List;
import java.util.Map;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.similarity.SimilarityReport;

/**
 * The class report ({@code class-report.html}) for instructors: key numbers, the score distribution as an inline
 * SVG histogram with a text alternative, per-exercise averages and status counts, the tests most students fail,
 * and every submission with a link to {@code <submission>/report.html}. One self-contained page, its fixed words
 * from the bundle {@code messages/class[_zh].properties}.
 */
public final class ClassReportHtml {
    private ClassReportHtml() {
    }

    /** The page for {@code results} in English, submissions in the order given. */
    public static String render(List<SubmissionResult> results) {
        return render(results, Language.EN);
    }

    /** The page for {@code results} in {@code language}, submissions in the order given. */
    public static String render(List<SubmissionResult> results, Language language) {
        Messages m = Messages.classReport(language);
        return Templates.render("class-report.ftlh", Map.of("report", ClassViews.of(results, m), "msg",
                m.labels()));
    }

    /** The page with a section on the similar submissions a plagiarism detector found. */
    public static String render(List<SubmissionResult> results, SimilarityReport similarity, Language language) {
        Messages m = Messages.classReport(language);
        return Templates.render("class-report.ftlh", Map.of("report", ClassViews.of(results, m), "msg",
                m.labels(), "similarity", ClassViews.similarity(similarity, m)));
    }
}
