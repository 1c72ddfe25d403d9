package org.aibasis.grader.cli.practice;

import org.aibasis.quiz.NumberText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aibasis.quiz.bank.Language;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.OptionFeedback;
import org.aibasis.quiz.scoring.Outcome;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.scoring.Scorer;
import org.aibasis.quiz.scoring.TopicScore;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * One practice session in a terminal (or on piped input): asks the planned questions one at a time, reads a line
 * per answer, gives feedback at once, records every answer in the review queue (saved after each answer), and ends
 * with a summary by topic.
 */
public final class PracticeSession {
    private final BufferedReader in;
    private final PrintStream out;
    private final Language language;
    private final PracticeState state;
    private final Path stateFile;
    private final int session;

    /** What the session did. */
    public record Summary(int asked, int answered, double points, double maxPoints, boolean quit) {
    }

    public PracticeSession(BufferedReader in, PrintStream out, Language language, PracticeState state, Path stateFile,
                           int session) {
        this.in = in;
        this.out = out;
        this.language = language;
        this.state = state;
        this.stateFile = stateFile;
        this.session = session;
    }

    private boolean zh() {
        return language == Language.ZH;
    }

    private String t(String en, String zh) {
        return zh() ? zh : en;
    }

    /** Asks every planned question (or until q or the end of input), then prints the summary. */
    public Summary run(List<Planner.Planned> planned) throws IOException {
        List<PosedQuestion> answered = new ArrayList<>();
        Map<String, Response> responses = new LinkedHashMap<>();
        boolean quit = false;
        out.println(t("Practice session " + session + ": " + planned.size() + " questions. Type ? for help, q to "
                + "quit.", "第 " + session + " 次练习：共 " + planned.size() + " 题。输入 ? 查看帮助，q 退出。"));
        for (int i = 0; i < planned.size() && !quit; i++) {
            Planner.Planned p = planned.get(i);
            PosedQuestion q = p.posed();
            show(q, p, i + 1, planned.size());
            Optional<Response> response = ask(q);
            if (response.isEmpty()) {
                quit = true;
                break;
            }
            QuestionResult result = Scorer.score(q, response.get());
            feedback(result);
            PracticeState.Card card = state.record(q.qualifiedId(), result.outcome() instanceof Outcome.Correct,
                    session);
            state.save(stateFile);
            out.println(t("(box " + card.box() + "; comes back in session " + card.due() + ")",
                    "（第 " + card.box() + " 盒；第 " + card.due() + " 次练习时再出现）"));
            answered.add(q);
            responses.put(q.qualifiedId(), response.get());
        }
        return summary(planned.size(), answered, responses, quit);
    }

    private void show(PosedQuestion q, Planner.Planned p, int index, int total) {
        out.println();
        String why = switch (p.reason()) {
            case REVIEW -> t("review, box " + p.box(), "复习，第 " + p.box() + " 盒");
            case NEW -> t("new", "新题");
            case EXTRA -> t("extra review, box " + p.box(), "额外复习，第 " + p.box() + " 盒");
        };
        out.println(t("Question ", "第 ") + index + "/" + total + t("", " 题") + "  [" + q.qualifiedId() + ", " + why
                + "]");
        out.println(q.text().in(language));
        List<Option> options = q.displayedOptions();
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + PosedQuestion.letter(i) + ". " + options.get(i).text().in(language));
        }
    }

    private String prompt(PosedQuestion q) {
        String last = PosedQuestion.letter(Math.max(0, q.optionOrder().size() - 1));
        return switch (q.question().type()) {
            case "single" -> t("Your answer (one letter A-" + last + "): ", "你的答案（一个字母 A-" + last + "）：");
            case "multiple" -> t("Tick every right option (letters like AC; - for none): ",
                    "勾选所有正确选项（如 AC；都不选输入 -）：");
            case "truefalse" -> t("True or false (t/f): ", "对还是错（t/f）：");
            default -> t("Your answer (a number): ", "你的答案（一个数）：");
        };
    }

    /** Reads lines until one is a response; empty on q or at the end of input. */
    private Optional<Response> ask(PosedQuestion q) throws IOException {
        while (true) {
            out.print(prompt(q));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.println(t("(end of input: stopping)", "（输入结束：停止练习）"));
                return Optional.empty();
            }
            String s = line.strip();
            if (s.equalsIgnoreCase("q") || s.equalsIgnoreCase("quit")) {
                return Optional.empty();
            }
            if (s.equals("?")) {
                help();
                continue;
            }
            if (s.isEmpty()) {
                out.println(t("Type an answer (? for help, q to quit).", "请输入答案（? 查看帮助，q 退出）。"));
                continue;
            }
            switch (Answers.parse(q, s, language)) {
                case Answers.Parsed.Ok ok -> {
                    return Optional.of(ok.response());
                }
                case Answers.Parsed.Again again -> out.println(again.message());
            }
        }
    }

    private void help() {
        out.println(t("""
                Single choice: one letter (or its number), e.g. B.
                Multiple response: every letter you tick, e.g. AC or "a c"; - ticks none.
                True/false: t or f.  Numeric: a number, e.g. 0.25 (within the question's tolerance).
                q quits (answers so far are kept); ? shows this help.""", """
                单选题：输入一个字母（或其序号），如 B。
                多选题：输入你勾选的所有字母，如 AC 或 "a c"；都不选输入 -。
                判断题：t（对）或 f（错）。数值题：输入一个数，如 0.25（在题目允许的误差内）。
                q 退出（已答的题会保存）；? 显示本帮助。"""));
    }

    private void feedback(QuestionResult r) {
        PosedQuestion q = r.question();
        String verdict = switch (r.outcome()) {
            case Outcome.Correct c -> t("Right.", "正确。");
            case Outcome.Partial p -> t("Partly right: ", "部分正确：") + String.format(Locale.ROOT, "%.2f / %s",
                    r.points(), NumberText.points(r.maxPoints())) + t(" points.", " 分。");
            case Outcome.Incorrect w -> t("Wrong.", "错误。");
            case Outcome.Unanswered u -> t("Not answered.", "未作答。");
        };
        out.println(verdict + " " + t("Key: ", "答案：") + key(q));
        for (OptionFeedback f : r.feedback()) {
            String what = f.mistake() == OptionFeedback.Mistake.WRONGLY_TICKED
                    ? t("You ticked " + f.letter() + ", a wrong option.", "你勾选了 " + f.letter() + "，但它是错误选项。")
                    : t("You did not tick " + f.letter() + ", a correct option.", "你没有勾选 " + f.letter()
                    + "，但它是正确选项。");
            out.println("  - " + what + f.feedback().map(x -> " " + x.in(language)).orElse(""));
        }
        out.println(t("Explanation: ", "解析：") + q.explanation().in(language));
    }

    /** The key as the student saw it: letters, true/false, or the number with its tolerance. */
    private String key(PosedQuestion q) {
        return switch (q.key()) {
            case Key.OneOption one -> q.letterOf(one.optionId());
            case Key.Options many -> String.join(", ", q.optionOrder().stream().filter(many.optionIds()::contains)
                    .map(q::letterOf).toList()) + t(" (scheme " + many.scheme().spelling() + ")",
                    "（计分方案 " + many.scheme().spelling() + "）");
            case Key.Truth truth -> truth.value() ? t("true", "对") : t("false", "错");
            case Key.Number n -> NumberText.number(n.value()) + " (\u00b1" + NumberText.number(n.tolerance().around(n.value())) + ")";
        };
    }


    private Summary summary(int asked, List<PosedQuestion> answered, Map<String, Response> responses, boolean quit) {
        out.println();
        if (answered.isEmpty()) {
            out.println(t("No question answered; the review queue is unchanged.", "没有作答任何题目；复习队列未变。"));
            return new Summary(asked, 0, 0, 0, quit);
        }
        GradedAttempt graded = Scorer.grade(new Attempt("practice", Text.both("practice"), "practice", session, 0,
                answered), new Responses(responses));
        out.println(t("Summary: ", "小结：") + NumberText.points(graded.points()) + " / " + NumberText.points(graded.maxPoints())
                + t(" points on " + answered.size() + " of " + asked + " questions.",
                " 分，答了 " + asked + " 题中的 " + answered.size() + " 题。"));
        out.printf(Locale.ROOT, "  %-16s %9s %8s%n", t("topic", "主题"), t("points", "得分"), t("mastery", "掌握"));
        for (TopicScore ts : graded.byTopic()) {
            out.printf(Locale.ROOT, "  %-16s %9s %7.0f%%%n", ts.topic(), NumberText.points(ts.points()) + "/"
                    + NumberText.points(ts.maxPoints()), 100 * ts.mastery());
        }
        long missed = graded.results().stream().filter(r -> !(r.outcome() instanceof Outcome.Correct)).count();
        out.println(t(missed + " to review in the next session. Review queue: " + stateFile,
                missed + " 题将在下次练习复习。复习队列：" + stateFile));
        return new Summary(asked, answered.size(), graded.points(), graded.maxPoints(), quit);
    }
}
