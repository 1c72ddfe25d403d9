package org.aibasis.reports.quiz;

import java.util.List;
import java.util.Map;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.stats.ItemStatistics;

/**
 * The class report of a quiz ({@code quiz-class-report.html}) for instructors: the questions that look broken
 * first, then per question facility, discrimination index (upper and lower 27%), corrected point-biserial and the
 * distractor analysis (who chose each option, overall, upper and lower group), Cronbach's alpha, and every
 * student's total with a link to their report. The numbers are the engine's {@link ItemStatistics}.
 */
public final class QuizClassReportHtml {
    private QuizClassReportHtml() {
    }

    /**
     * The page.
     *
     * @param students the graded students, in the order to list them
     * @param stats    the item statistics of their attempts
     * @param language the language of the question texts
     * @param skipped  answers files that could not be graded, as {@code file:line: message}
     */
    public static String render(List<GradedStudent> students, ItemStatistics stats, Language language,
                                List<String> skipped) {
        return QuizTemplates.render("quiz-class-report.ftlh",
                Map.of("report", QuizClassViews.of(students, stats, language, skipped)));
    }
}
