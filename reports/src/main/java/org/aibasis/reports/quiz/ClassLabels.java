package org.aibasis.reports.quiz;

import org.aibasis.quiz.bank.QuestionType;
import org.aibasis.grader.model.Language;

/**
 * The fixed words of the quiz class report, in the report's language.
 *
 * @param lang                the HTML {@code lang} code; the other components are the words shown
 * @param heading             the report's name
 * @param eyebrow             the line above the title
 * @param skip                the skip link's text
 * @param note                marks the note on thresholds
 * @param notGraded           heading of the answers files that could not be graded
 * @param overview            heading of the overview (read by screen readers)
 * @param students            "Students"
 * @param meanTotal           "Mean total"
 * @param alpha               "Cronbach's alpha"
 * @param groups              "Upper and lower groups"
 * @param groupsUnit          what follows the group size
 * @param itemStatistics      heading of the item statistics
 * @param facilityLegend      what facility is
 * @param discriminationLegend what D is
 * @param pointBiserialLegend what the point-biserial is
 * @param question            column "Question"
 * @param type                column "Type"
 * @param points              column "Points"
 * @param answered            column: how many answered
 * @param facility            column "Facility"
 * @param verdict             column of the flags
 * @param tooFew              what a question answered too rarely shows
 * @param noFlag              what a judged question without a flag shows
 * @param parametersVary      marks a parameterized question
 * @param distractors         heading of the distractor analysis
 * @param distractorLegend    what the distractor tables show
 * @param option              column "Option"
 * @param text                column "Text"
 * @param key                 column "Key"
 * @param keyMark             marks the key's options
 * @param all                 column "All"
 * @param upper               column "Upper"
 * @param lower               column "Lower"
 * @param total               column "Total"
 * @param footer              the footer
 */
public record ClassLabels(String lang, String heading, String eyebrow, String skip, String note, String notGraded,
                          String overview, String students, String meanTotal, String alpha, String groups,
                          String groupsUnit, String itemStatistics, String facilityLegend,
                          String discriminationLegend, String pointBiserialLegend, String question, String type,
                          String points, String answered, String facility, String verdict, String tooFew,
                          String noFlag, String parametersVary, String distractors, String distractorLegend,
                          String option, String text, String key, String keyMark, String all, String upper,
                          String lower, String total, String footer) {

    static final ClassLabels EN = new ClassLabels("en", "Quiz class report", "AI Basis autograder \u00b7 quiz class"
            + " report", "Skip to the item statistics", "Note", "Answers files not graded", "Overview", "Students",
            "Mean total", "Cronbach's alpha", "Upper and lower groups", "students each (27%)", "Item statistics",
            "Facility: mean score / points.", "D: facility in the upper 27% minus facility in the lower 27% (by"
            + " total).", "the correlation of the question's points with the total minus them.", "Question", "Type",
            "Points", "Answered", "Facility", "Flags", "too few answers to judge", "no flag",
            "(parameters vary per student)", "Distractor analysis", "Share of students who chose each option: all,"
            + " upper 27%, lower 27%. A good distractor attracts more of the lower group than of the upper group.",
            "Option", "Text", "Key", "\u2713 key", "All", "Upper", "Lower", "Total", "AI Basis autograder");
    static final ClassLabels ZH = new ClassLabels("zh", "测验班级报告", "AI Basis 自动评分 \u00b7 测验班级报告",
            "跳到题目统计", "注意", "未能评分的答题文件", "概览", "学生", "平均总分", "Cronbach α 系数",
            "高分组与低分组", "名学生（各占 27%）", "题目统计", "通过率：平均得分 / 满分。",
            "D：按总分排名前 27% 的学生的通过率减去后 27% 的通过率。", "该题得分与总分减去该题得分之间的相关系数。",
            "题目", "题型", "分值", "作答人数", "通过率", "问题标记", "作答人数太少，无法判断", "无异常",
            "（参数因学生而异）", "干扰项分析", "选择每个选项的学生比例：全体、前 27%、后 27%。好的干扰项吸引的后 27%"
            + " 学生多于前 27% 学生。", "选项", "文本", "答案", "\u2713 答案", "全体", "前 27%", "后 27%", "总分",
            "AI Basis 自动评分");

    /** The labels of {@code language}. */
    static ClassLabels of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    /** A question type in words. */
    static String type(Language language, QuestionType type) {
        boolean zh = language == Language.ZH;
        return switch (type) {
            case SINGLE -> zh ? "单选" : "single";
            case MULTIPLE -> zh ? "多选" : "multiple";
            case TRUE_FALSE -> zh ? "判断" : "true/false";
            case NUMERIC -> zh ? "数值" : "numeric";
        };
    }
}
