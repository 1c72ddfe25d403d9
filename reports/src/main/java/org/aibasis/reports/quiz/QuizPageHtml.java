package org.aibasis.reports.quiz;

import org.aibasis.grader.model.Language;
import org.aibasis.quiz.NumberText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * The offline self-check page of one attempt ({@code index.html}): one self-contained file (inline CSS and JS, no
 * network) showing the variant of a student, with immediate feedback on "Check", a score so far, and an "Export my
 * answers" button that downloads an attempt file {@code quiz grade} accepts. The keys are in the page (the
 * feedback needs them), so it is for self-checking only, never for a graded quiz.
 */
public final class QuizPageHtml {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuizPageHtml() {
    }

    /**
     * One option as displayed.
     *
     * @param id       stable option id
     * @param letter   the letter shown
     * @param text     the option's text
     * @param feedback the option's feedback, empty if it has none
     */
    public record OptionView(String id, String letter, String text, String feedback) {
    }

    /**
     * One question as displayed.
     *
     * @param index       0-based position
     * @param qid         {@code bank/question-id}
     * @param type        single, multiple, truefalse or numeric
     * @param points      points, formatted
     * @param text        the question, parameters filled in
     * @param options     options in displayed order (single and multiple)
     * @param key         the key in words, shown after "Check"
     * @param explanation shown after "Check"
     */
    public record QuestionView(int index, String qid, String type, String points, String text,
                               List<OptionView> options, String key, String explanation) {
    }

    /**
     * The fixed words of the page.
     *
     * @param lang the HTML {@code lang} code; the other components are the words shown
     */
    public record Words(String lang, String heading, String student, String attempt, String question, String points,
                        String check, String right, String partly, String wrong, String answerFirst, String key,
                        String explanation, String scoreSoFar, String checkedOf, String export, String oneAtATime,
                        String allOnOnePage, String previous, String next, String selfCheck, String wronglyTicked,
                        String missed, String isTrue, String isFalse, String number) {
    }

    static final Words EN = new Words("en", "Self-check quiz", "Student", "attempt", "Question", "points", "Check",
            "Right.", "Partly right.", "Wrong.", "Answer first, then check.", "Key", "Explanation", "Score so far",
            "questions checked of", "Export my answers", "One question at a time", "All on one page", "Previous",
            "Next", "For self-checking: the answers are in this page. Export your answers to keep them or hand them "
                    + "in for a practice grade.",
            "You ticked {letter}, a wrong option.", "You did not tick {letter}, a correct option.", "true", "false",
            "Your answer (a number)");
    static final Words ZH = new Words("zh", "自测题", "学生", "第几次作答", "题目", "分", "核对", "正确。", "部分正确。", "错误。",
            "请先作答再核对。", "答案", "解析", "目前得分", "题已核对，共", "导出我的答案", "一次一题", "全部显示",
            "上一题", "下一题", "仅供自测：答案就在本页中。导出答案以便保存，或交给老师作练习评分。",
            "你勾选了 {letter}，但它是错误选项。", "你没有勾选 {letter}，但它是正确选项。", "对", "错", "你的答案（一个数）");

    /** The page's model: everything the template shows, already formatted. */
    public record PageView(Words words, String quiz, String title, String student, int attempt, String maxPoints,
                           List<QuestionView> questions, String data, String fileName) {
    }

    /** The page of {@code attempt}, bank texts and fixed words in {@code language}. */
    public static String render(Attempt attempt, Language language) {
        return QuizTemplates.render("page.ftlh", Map.of("page", view(attempt, language)));
    }

    /** The page's model. */
    public static PageView view(Attempt attempt, Language language) {
        Words words = language == Language.ZH ? ZH : EN;
        List<QuestionView> questions = new ArrayList<>();
        for (int i = 0; i < attempt.questions().size(); i++) {
            PosedQuestion q = attempt.questions().get(i);
            List<OptionView> options = new ArrayList<>();
            List<Option> shown = q.displayedOptions();
            for (int j = 0; j < shown.size(); j++) {
                Option o = shown.get(j);
                options.add(new OptionView(o.id(), PosedQuestion.letter(j), o.text().in(language),
                        o.feedback().map(f -> f.in(language)).orElse("")));
            }
            questions.add(new QuestionView(i, q.qualifiedId(), q.question().type().code(), NumberText.points(q.points()),
                    q.text().in(language), options, key(q, words), q.explanation().in(language)));
        }
        Map<String, Object> words2 = new LinkedHashMap<>();
        words2.put("right", words.right());
        words2.put("partly", words.partly());
        words2.put("wrong", words.wrong());
        words2.put("answerFirst", words.answerFirst());
        words2.put("wronglyTicked", words.wronglyTicked());
        words2.put("missed", words.missed());
        words2.put("points", words.points());
        String data;
        try {
            data = "{\"attempt\":" + AttemptJson.write(attempt, Responses.none()).strip() + ",\"words\":"
                    + MAPPER.writeValueAsString(words2) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain strings always serialize", e);
        }
        String fileName = (attempt.quiz() + "-" + attempt.student() + "-" + attempt.number()).replaceAll(
                "[^A-Za-z0-9._-]", "_") + "-answers.json";
        return new PageView(words, attempt.quiz(), attempt.title().in(language), attempt.student(), attempt.number(),
                NumberText.points(attempt.maxPoints()), questions, scriptSafe(data), fileName);
    }

    /** JSON that can stand inside a {@code <script>} element: no {@code <}, {@code >} or {@code &} left. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String key(PosedQuestion q, Words words) {
        return switch (q.key()) {
            case Key.OneOption one -> q.letterOf(one.optionId());
            case Key.Options many -> String.join(", ", q.optionOrder().stream().filter(many.optionIds()::contains)
                    .map(q::letterOf).toList()) + " (" + many.scheme().spelling() + ")";
            case Key.Truth truth -> truth.value() ? words.isTrue() : words.isFalse();
            case Key.Number n -> NumberText.number(n.value()) + " (\u00b1" + NumberText.number(n.tolerance().around(n.value())) + ")";
        };
    }

}
