package org.aibasis.reports;

import java.util.List;
import java.util.Map;

import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.similarity.SimilarityReport;

/**
 * The class report ({@code class-report.html}) for instructors: key numbers, the score distribution as an inline
 * SVG histogram with a text alternative, per-exercise averages and status counts, the tests most students fail,
 * and every submission with a link to {@code <submission>/report.html}. One self-contained page.
 */
public final class ClassReportHtml {
    private ClassReportHtml() {
    }

    /** The page for {@code results}, submissions in the order given. */
    public static String render(List<SubmissionResult> results) {
        return Templates.render("class-report.ftlh", Map.of("report", ClassViews.of(results)));
    }

    /** The page with a section on the similar submissions a plagiarism detector found. */
    public static String render(List<SubmissionResult> results, SimilarityReport similarity) {
        return Templates.render("class-report.ftlh", Map.of("report", ClassViews.of(results), "similarity",
                similarity));
    }
}
