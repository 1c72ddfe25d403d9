package org.aibasis.grader.cli.practice;

import org.aibasis.grader.model.Language;
import org.aibasis.quiz.NumberText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.OptionFeedback;
import org.aibasis.quiz.scoring.Verdict;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.scoring.Marker;
import org.aibasis.quiz.scoring.TopicScore;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.reports.TerminalText;

/**
 * One practice session in a terminal (or on piped input): asks the planned questions one at a time, reads a line
 * per answer, gives feedback at once, records every answer in the review queue (saved after each answer), and ends
 * with a summary by topic: points, and from the memory model when each topic is next due and how likely its
 * questions are to be recalled now. Every text is wrapped at word boundaries to the terminal's width.
 */
public final class PracticeSession {
    private final BufferedReader in;
    private final PrintStream out;
    private final Setup setup;
    private final Language language;
    private final PracticeState state;
    private final Path stateFile;
    private final int session;

    /** What the session did. */
    public record Summary(int asked, int answered, double points, double maxPoints, boolean quit) {
    }

    /**
     * How the session talks and keeps time.
     *
     * @param language the language of questions and messages
     * @param width    the terminal's width in columns; texts are wrapped to it
     * @param clock    when answers are given (the memory model's time)
     * @param pool     the banks practised, for the summary by topic
     */
    public record Setup(Language language, int width, Clock clock, List<Bank> pool) {
        public Setup {
            pool = List.copyOf(pool);
        }
    }

    public PracticeSession(BufferedReader in, PrintStream out, Setup setup, PracticeState state, Path stateFile,
                           int session) {
        this.in = in;
        this.out = out;
        this.setup = setup;
        this.language = setup.language();
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
        long reviews = planned.stream().filter(p -> p.reason() == Planner.Reason.REVIEW).count();
        long fresh = planned.stream().filter(p -> p.reason() == Planner.Reason.NEW).count();
        print(t("Practice session " + session + ": " + planned.size() + " questions (" + reviews + " due for review, "
                + fresh + " new). Type ? for help, q to quit.", "第 " + session + " 次练习：共 " + planned.size()
                + " 题（" + reviews + " 题到期复习，" + fresh + " 道新题）。输入 ? 查看帮助，q 退出。"), "", "");
        for (int i = 0; i < planned.size() && !quit; i++) {
            Planner.Planned p = planned.get(i);
            PosedQuestion q = p.posed();
            show(q, p, i + 1, planned.size());
            Optional<Response> response = ask(q);
            if (response.isEmpty()) {
                quit = true;
                break;
            }
            QuestionResult result = Marker.score(q, response.get());
            feedback(result);
            Instant now = setup.clock().instant();
            PracticeState.Card card = state.record(q.qualifiedId(), PracticeState.rating(result.outcome()), now);
            state.save(stateFile);
            print(schedule(card, now), "", "  ");
            answered.add(q);
            responses.put(q.qualifiedId(), response.get());
        }
        return summary(planned.size(), answered, responses, quit);
    }

    /** Prints {@code text} wrapped to the terminal, the first line after {@code first}, the others after {@code rest}. */
    private void print(String text, String first, String rest) {
        TerminalText.wrap(text, setup.width(), first, rest).forEach(out::println);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private String date(Instant instant) {
        return LocalDate.ofInstant(instant, setup.clock().getZone()).toString();
    }

    /** When the question comes back, and what the memory model now knows of it. */
    private String schedule(PracticeState.Card card, Instant now) {
        String memory = String.format(Locale.ROOT, "%.1f", card.memory().stability());
        String difficulty = String.format(Locale.ROOT, "%.1f", card.memory().difficulty());
        if (card.isDue(now)) {
            return t("(due again in the next session; memory stability " + memory + " days, difficulty "
                    + difficulty + " of 10)", "（下次练习时再出现；记忆稳定性 " + memory + " 天，难度 " + difficulty
                    + "/10）");
        }
        long days = Math.round(PracticeState.days(now, card.due()));
        return t("(next review in " + days + (days == 1 ? " day" : " days") + ", on " + date(card.due())
                + ", when recall is predicted to fall to " + percent(state.fsrs().targetRetention()) + "; memory "
                + "stability " + memory + " days, difficulty " + difficulty + " of 10)", "（" + days + " 天后（"
                + date(card.due()) + "）复习，届时预计回忆概率降到 " + percent(state.fsrs().targetRetention())
                + "；记忆稳定性 " + memory + " 天，难度 " + difficulty + "/10）");
    }

    private void show(PosedQuestion q, Planner.Planned p, int index, int total) {
        out.println();
        Instant now = setup.clock().instant();
        String recall = p.card().map(c -> percent(c.recall(state.fsrs(), now))).orElse("");
        String why = switch (p.reason()) {
            case REVIEW -> t("review, predicted recall " + recall, "复习，预计回忆概率 " + recall);
            case NEW -> t("new", "新题");
            case EXTRA -> t("extra review, predicted recall " + recall, "额外复习，预计回忆概率 " + recall);
        };
        print(t("Question ", "第 ") + index + "/" + total + t("", " 题") + "  [" + q.qualifiedId() + ", " + why + "]",
                "", "  ");
        print(q.text().in(language), "", "");
        List<Option> options = q.displayedOptions();
        for (int i = 0; i < options.size(); i++) {
            String label = "  " + PosedQuestion.letter(i) + ". ";
            print(options.get(i).text().in(language), label, " ".repeat(label.length()));
        }
    }

    private String prompt(PosedQuestion q) {
        String last = PosedQuestion.letter(Math.max(0, q.optionOrder().size() - 1));
        return switch (q.question().type()) {
            case SINGLE -> t("Your answer (one letter A-" + last + "): ", "你的答案（一个字母 A-" + last + "）：");
            case MULTIPLE -> t("Tick every right option (letters like AC; - for none): ",
                    "勾选所有正确选项（如 AC；都不选输入 -）：");
            case TRUE_FALSE -> t("True or false (t/f): ", "对还是错（t/f）：");
            case NUMERIC -> t("Your answer (a number): ", "你的答案（一个数）：");
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
            case Verdict.Correct c -> t("Right.", "正确。");
            case Verdict.Partial p -> t("Partly right: ", "部分正确：") + String.format(Locale.ROOT, "%.2f / %s",
                    r.points(), NumberText.points(r.maxPoints())) + t(" points.", " 分。");
            case Verdict.Incorrect w -> t("Wrong.", "错误。");
            case Verdict.Unanswered u -> t("Not answered.", "未作答。");
        };
        print(verdict + " " + t("Key: ", "答案：") + key(q), "", "  ");
        for (OptionFeedback f : r.feedback()) {
            String what = f.mistake() == OptionFeedback.Mistake.WRONGLY_TICKED
                    ? t("You ticked " + f.letter() + ", a wrong option.", "你勾选了 " + f.letter() + "，但它是错误选项。")
                    : t("You did not tick " + f.letter() + ", a correct option.", "你没有勾选 " + f.letter()
                    + "，但它是正确选项。");
            print(what + f.feedback().map(x -> " " + x.in(language)).orElse(""), "  - ", "    ");
        }
        print(q.explanation().in(language), t("Explanation: ", "解析："), "  ");
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
        GradedAttempt graded = Marker.grade(new Attempt("practice", Text.both("practice"), "practice", session, 0,
                answered), new Responses(responses));
        out.println(t("Summary: ", "小结：") + NumberText.points(graded.points()) + " / " + NumberText.points(graded.maxPoints())
                + t(" points on " + answered.size() + " of " + asked + " questions.",
                " 分，答了 " + asked + " 题中的 " + answered.size() + " 题。"));
        out.println("  " + left(t("topic", "主题"), 16) + right(t("points", "得分"), 10) + right(t("mastery", "掌握"), 9));
        for (TopicScore ts : graded.byTopic()) {
            out.println("  " + left(ts.topic(), 16) + right(NumberText.points(ts.points()) + "/"
                    + NumberText.points(ts.maxPoints()), 10) + right(percent(ts.mastery()), 9));
        }
        long missed = graded.results().stream().filter(r -> r.outcome() instanceof Verdict.Incorrect).count();
        print(t(missed + " to review in the next session. Review queue: " + stateFile,
                missed + " 题将在下次练习复习。复习队列：" + stateFile), "", "  ");
        memory();
        return new Summary(asked, answered.size(), graded.points(), graded.maxPoints(), quit);
    }

    /** Per topic of the pool: questions seen, due now, the next due date and the mean predicted recall now. */
    private void memory() {
        Instant now = setup.clock().instant();
        out.println(t("Memory (FSRS-6, reviews scheduled at " + percent(state.fsrs().targetRetention())
                + " predicted recall):", "记忆（FSRS-6，预计回忆概率降到 " + percent(state.fsrs().targetRetention())
                + " 时复习）："));
        out.println("  " + left(t("topic", "主题"), 16) + right(t("seen", "已练"), 7) + right(t("due now", "到期"), 9) + "  "
                + left(t("next due", "下次到期"), 12) + t("recall now", "当前回忆概率"));
        Map<String, List<PracticeState.Card>> byTopic = new LinkedHashMap<>();
        for (Bank b : setup.pool()) {
            List<PracticeState.Card> cards = byTopic.computeIfAbsent(b.topic(), k -> new ArrayList<>());
            b.questions().forEach(q -> state.card(b.id() + "/" + q.id()).ifPresent(cards::add));
        }
        byTopic.forEach((topic, cards) -> {
            long due = cards.stream().filter(c -> c.isDue(now)).count();
            Optional<Instant> next = cards.stream().map(PracticeState.Card::due).min(Instant::compareTo);
            OptionalDouble recall = cards.stream().mapToDouble(c -> c.recall(state.fsrs(), now)).average();
            String when = next.map(d -> d.isAfter(now) ? date(d) : t("now", "现在")).orElse("-");
            out.println("  " + left(topic, 16) + right(Integer.toString(cards.size()), 7) + right(Long.toString(due), 9)
                    + "  " + left(when, 12) + (recall.isPresent() ? percent(recall.getAsDouble()) : "-"));
        });
    }

    /** {@code s} padded with spaces to {@code columns} terminal columns, text on the left, one space at least. */
    private static String left(String s, int columns) {
        return TerminalText.padEnd(s, columns - 1) + " ";
    }

    /** {@code s} padded with spaces to {@code columns} terminal columns, text on the right, one space at least. */
    private static String right(String s, int columns) {
        return " " + TerminalText.padStart(s, columns - 1);
    }
}
