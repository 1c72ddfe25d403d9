package org.aibasis.reports.quiz;

import org.aibasis.grader.model.Language;
import org.aibasis.quiz.bank.Scheme;

/**
 * The fixed words of a student's quiz report, in the report's language (the questions come from the banks).
 *
 * @param lang          the HTML {@code lang} code
 * @param heading       the report's heading
 * @param student       "Student"
 * @param attempt       "attempt"
 * @param points        "points"
 * @param questions     "Questions"
 * @param question      "Question"
 * @param yourResponse  "Your response"
 * @param key           "Key"
 * @param score         "Score"
 * @param scheme        "Scheme"
 * @param whatWentWrong heading of the per-option feedback
 * @param explanation   "Explanation"
 * @param topics        heading of the topic mastery summary
 * @param topic         "Topic"
 * @param mastery       "Mastery"
 * @param notes         heading of notes on the answers file
 * @param ticked        marks a ticked option
 * @param correctOption marks a correct option
 * @param skip          the skip link's text
 * @param product       the product's name, above the title and in the footer
 */
public record Labels(String lang, String heading, String student, String attempt, String points, String questions,
                     String question, String yourResponse, String key, String score, String scheme,
                     String whatWentWrong, String explanation, String topics, String topic, String mastery,
                     String notes, String ticked, String correctOption, String skip, String product) {

    static final Labels EN = new Labels("en", "Quiz report", "Student", "attempt", "points", "Questions", "Question",
            "Your response", "Key", "Score", "Scheme", "What went wrong", "Explanation", "Topic mastery", "Topic",
            "Mastery", "Notes on your answers file", "you ticked", "correct", "Skip to the questions",
            "AI Basis autograder");
    static final Labels ZH = new Labels("zh", "测验报告", "学生", "第几次作答", "分", "题目", "题目", "你的回答", "答案", "得分",
            "计分方案", "错在哪里", "解析", "各主题掌握情况", "主题", "掌握程度", "关于你的答题文件", "你勾选了", "正确",
            "跳到题目", "AI Basis 自动评分");

    /** The labels of {@code language}. */
    static Labels of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    /** The words for an outcome label ({@code correct}, {@code partial}, {@code incorrect}, {@code unanswered}). */
    static String outcome(Language language, String label) {
        boolean zh = language == Language.ZH;
        return switch (label) {
            case "correct" -> zh ? "正确" : "correct";
            case "partial" -> zh ? "部分正确" : "partly right";
            case "incorrect" -> zh ? "错误" : "incorrect";
            default -> zh ? "未作答" : "not answered";
        };
    }

    /** The scheme's name and what it does, in one line. */
    static String scheme(Language language, Scheme scheme) {
        boolean zh = language == Language.ZH;
        String how = switch (scheme) {
            case ALL_OR_NOTHING -> zh ? "没有任何错误才得满分，否则 0 分" : "full points without a mistake, else 0";
            case NET_CORRECT -> zh ? "(勾对的正确选项数 - 勾错的选项数) / 正确选项数，最低 0"
                    : "(correct options ticked - wrong options ticked) / correct options, at least 0";
            case PER_DECISION -> zh ? "判断正确（勾或不勾）的选项所占比例"
                    : "the share of options decided right, ticked or not";
            case PS50 -> zh ? "没有错误得满分，恰好一个错误（勾错或漏勾）得一半，否则 0 分"
                    : "full points without a mistake, half with exactly one (a wrong tick or a missed option), else 0";
        };
        return scheme.spelling() + ": " + how;
    }

    /** "You ticked B, a wrong option." */
    static String wronglyTicked(Language language, String letter) {
        return language == Language.ZH ? "你勾选了 " + letter + "，但它是错误选项。" : "You ticked " + letter
                + ", a wrong option.";
    }

    /** "You did not tick C, a correct option." */
    static String missed(Language language, String letter) {
        return language == Language.ZH ? "你没有勾选 " + letter + "，但它是正确选项。" : "You did not tick " + letter
                + ", a correct option.";
    }

    /** What a blank response shows. */
    static String noAnswer(Language language) {
        return language == Language.ZH ? "（未作答）" : "(no answer)";
    }

    /** True or false in words. */
    static String truth(Language language, boolean value) {
        return language == Language.ZH ? (value ? "对" : "错") : (value ? "true" : "false");
    }

    /** "accepted: 2.23 to 2.24" for a numeric key. */
    static String within(Language language, String around) {
        return language == Language.ZH ? "（允许误差 ±" + around + "）" : " (accepted within \u00b1" + around + ")";
    }
}
