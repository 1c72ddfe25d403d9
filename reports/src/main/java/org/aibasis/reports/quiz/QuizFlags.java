package org.aibasis.reports.quiz;

import java.util.Locale;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.stats.Flag;

/** How the quiz reports and the terminal word the flags of a question, and which come first. */
public final class QuizFlags {
    private QuizFlags() {
    }

    /** What the flag means and what to check, in {@code language}. */
    public static String message(Flag flag, Language language) {
        boolean zh = language == Language.ZH;
        return switch (flag) {
            case Flag.NegativeDiscrimination d -> zh
                    ? String.format(Locale.ROOT, "区分度为负（D = %.2f）：低分组比高分组答得好（检查答案和题目措辞）",
                    d.discrimination())
                    : String.format(Locale.ROOT, "negative discrimination D = %.2f: the lower group did better than"
                    + " the upper group (check the key and the wording)", d.discrimination());
            case Flag.TooHard h -> zh
                    ? String.format(Locale.ROOT, "通过率 %.2f < %.2f：几乎没人答对（检查答案，或这部分是否讲过）",
                    h.facility(), h.threshold())
                    : String.format(Locale.ROOT, "facility %.2f < %.2f: almost nobody got it (check the key, or"
                    + " whether it was taught)", h.facility(), h.threshold());
            case Flag.TooEasy e -> zh
                    ? String.format(Locale.ROOT, "通过率 %.2f > %.2f：几乎人人答对（难以区分学生）", e.facility(),
                    e.threshold())
                    : String.format(Locale.ROOT, "facility %.2f > %.2f: almost everybody got it (it tells students"
                    + " apart little)", e.facility(), e.threshold());
            case Flag.UnchosenDistractor u -> zh
                    ? "干扰项 " + u.optionId() + "（“" + QuizFormat.oneLine(u.text().zh(), 80)
                    + "”）无人选择（让它更有迷惑性，或换掉它）"
                    : "distractor " + u.optionId() + " (\"" + QuizFormat.oneLine(u.text().en(), 80)
                    + "\") was chosen by nobody (make it more plausible, or replace it)";
        };
    }

    /** 0 for the flags that most likely mean a wrong key (negative D, too hard), then distractors, then too easy. */
    public static int severity(Flag flag) {
        return switch (flag) {
            case Flag.NegativeDiscrimination d -> 0;
            case Flag.TooHard h -> 1;
            case Flag.UnchosenDistractor u -> 2;
            case Flag.TooEasy e -> 3;
        };
    }
}
