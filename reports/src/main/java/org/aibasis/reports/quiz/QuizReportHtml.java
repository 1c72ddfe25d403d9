package org.aibasis.reports.quiz;

import java.util.Map;
import org.aibasis.grader.model.Language;

/**
 * A student's quiz report ({@code quiz-report.html}): every question as the student saw it, the response, the key,
 * feedback on every wrongly ticked and every missed option, the explanation, the score (with the scheme of
 * multiple-response questions), and the mastery of each topic. One self-contained page.
 */
public final class QuizReportHtml {
    private QuizReportHtml() {
    }

    /** The page for one student, bank texts and fixed words in {@code language}. */
    public static String render(GradedStudent student, Language language) {
        return QuizTemplates.render("quiz-report.ftlh", Map.of("report", QuizViews.student(student, language)));
    }
}
