package org.aibasis.reports;

import java.util.Map;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;

/**
 * A student's report as Markdown ({@code report.md}), with the same content as the HTML page, for a README or an
 * LMS comment. Names and messages are escaped as Markdown text; everything the student's code printed or threw is
 * in fenced code blocks whose fence no content can close.
 */
public final class StudentReportMarkdown {
    private StudentReportMarkdown() {
    }

    /** The Markdown for {@code result}, in English. */
    public static String render(SubmissionResult result) {
        return render(result, Language.EN);
    }

    /** The Markdown for {@code result} in {@code language}. */
    public static String render(SubmissionResult result, Language language) {
        Messages m = Messages.student(language);
        return Templates.render("student-report.md.ftl", Map.of("report", Views.student(result, m), "msg", m.labels()));
    }
}
