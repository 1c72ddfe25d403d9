package org.aibasis.reports.quiz;

import java.util.Map;
import org.aibasis.grader.model.Language;

/** A student's quiz report as Markdown ({@code quiz-report.md}), with the same content as the HTML page. */
public final class QuizReportMarkdown {
    private QuizReportMarkdown() {
    }

    /** The Markdown for one student, bank texts and fixed words in {@code language}. */
    public static String render(GradedStudent student, Language language) {
        return QuizTemplates.render("quiz-report.md.ftl", Map.of("report", QuizViews.student(student, language)));
    }
}
