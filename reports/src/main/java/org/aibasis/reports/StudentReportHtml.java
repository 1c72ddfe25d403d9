package org.aibasis.reports;

import java.util.Map;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;

/**
 * A student's report as one self-contained HTML page ({@code report.html}): works offline, prints cleanly, reads
 * on a phone. Everything the student's code printed or threw is escaped by the template's HTML auto-escaping.
 */
public final class StudentReportHtml {
    private StudentReportHtml() {
    }

    /** The page for {@code result}, in English. */
    public static String render(SubmissionResult result) {
        return render(result, Language.EN);
    }

    /** The page for {@code result} in {@code language}. */
    public static String render(SubmissionResult result, Language language) {
        Messages m = Messages.student(language);
        return Templates.render("student-report.ftlh", Map.of("report", Views.student(result, m), "msg", m.labels()));
    }
}
