package org.aibasis.reports.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.stats.Flag;
import org.aibasis.quiz.stats.ItemStatistics;
import org.aibasis.quiz.stats.ItemStats;
import org.aibasis.quiz.stats.OptionChoice;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.reports.ReportFiles;

/** Builds the class report's view from the graded attempts and the engine's item statistics. */
final class QuizClassViews {
    private static final int TEXT_LIMIT = 160;

    private QuizClassViews() {
    }

    static QuizClassView of(List<GradedStudent> students, ItemStatistics stats, Language lang, List<String> skipped) {
        boolean zh = lang == Language.ZH;
        Map<String, PosedQuestion> posed = new LinkedHashMap<>();
        for (GradedStudent s : students) {
            for (QuestionResult r : s.graded().results()) {
                posed.putIfAbsent(r.question().qualifiedId(), r.question());
            }
        }
        List<QuizClassView.ItemRow> items = new ArrayList<>();
        List<QuizClassView.Flagged> flagged = new ArrayList<>();
        int number = 0;
        for (ItemStats i : stats.items()) {
            number++;
            PosedQuestion q = posed.get(i.questionId());
            String anchor = "item-" + number;
            List<String> flags = i.flags().stream().map(f -> QuizFlags.message(f, lang)).toList();
            if (!flags.isEmpty()) {
                flagged.add(new QuizClassView.Flagged(number, anchor, i.questionId(), flags));
            }
            items.add(new QuizClassView.ItemRow(number, anchor, i.questionId(), i.type().code(),
                    ClassLabels.type(lang, i.type()), q == null ? "" : QuizFormat.oneLine(q.text().in(lang),
                    TEXT_LIMIT), q != null && q.question().parameterized(), QuizFormat.points(i.maxPoints()),
                    i.respondents(), i.judged(), QuizFormat.statistic(i.facility()), QuizFormat.exact(i.facility()),
                    QuizFormat.statistic(i.discrimination()), QuizFormat.exact(i.discrimination()),
                    QuizFormat.statistic(i.pointBiserial()), QuizFormat.exact(i.pointBiserial()), flags,
                    options(i, q, lang)));
        }
        flagged.sort(java.util.Comparator.comparingInt((QuizClassView.Flagged f) -> severity(stats, f.id()))
                .thenComparingInt(QuizClassView.Flagged::number));
        double max = students.stream().mapToDouble(s -> s.graded().maxPoints()).max().orElse(0);
        double mean = students.stream().mapToDouble(s -> s.graded().points()).average().orElse(0);
        List<QuizClassView.StudentRow> rows = new ArrayList<>();
        List<QuizClassView.Discrepant> discrepant = new ArrayList<>();
        for (GradedStudent s : students) {
            GradedAttempt g = s.graded();
            String href = ReportFiles.link(s.folder(), QuizReportFiles.REPORT_HTML);
            rows.add(new QuizClassView.StudentRow(g.attempt().student(), href,
                    QuizFormat.points(g.points()) + " / " + QuizFormat.points(g.maxPoints()),
                    QuizFormat.percent(g.points(), g.maxPoints())));
            if (!s.discrepancies().isEmpty()) {
                discrepant.add(new QuizClassView.Discrepant(g.attempt().student(), href, s.discrepancies()));
            }
        }
        OptionalDouble alpha = stats.cronbachAlpha();
        String alphaText = alpha.isPresent() ? QuizFormat.statistic(alpha.getAsDouble()) : zh
                ? "无法计算（需要至少 2 名学生作答完全相同的 2 道或更多题目，且总分有差异）"
                : "n/a (needs at least 2 students all posed the same 2 or more questions, with totals that vary)";
        String title = students.isEmpty() ? stats.quiz() : students.get(0).graded().attempt().title().in(lang);
        int n = stats.respondents();
        int minimum = stats.thresholds().minimumRespondents();
        int few = stats.tooFew().size();
        int all = stats.items().size();
        String caution = few == 0 ? "" : zh
                ? "一道题至少要有 " + minimum + " 名学生作答才做判断：人数更少时，多一个或少一个答案就可能改变标记。" + all
                + " 道题中有 " + few + " 道作答人数太少，无法判断；它们的统计数字照常列出，但不作标记。"
                : "A question is judged only once " + minimum + " students answered it: with fewer, one answer more or"
                + " less can flip a flag. " + few + " of " + all + (all == 1 ? " question has" : " questions have")
                + " too few answers to judge; their numbers are shown but not flagged.";
        String summary = zh ? "已评 " + n + " 名学生，满分 " + QuizFormat.points(max) + " 分。"
                : n + (n == 1 ? " student" : " students") + " graded, " + QuizFormat.points(max) + " points available.";
        String flagsTitle = zh ? flagged.size() + " 道题看起来有问题"
                : flagged.size() + (flagged.size() == 1 ? " question looks broken" : " questions look broken");
        ClassLabels labels = ClassLabels.of(lang);
        return new QuizClassView(labels, labels.heading() + ": " + title + " (" + summary.replaceAll("[.。]$", "")
                + ")", stats.quiz(), title, n, stats.groupSize(), alphaText, QuizFormat.exact(alpha),
                QuizFormat.points(mean), QuizFormat.points(max), summary, flagsTitle, flagged, items, rows, skipped,
                discrepant, minimum, caution);
    }

    private static List<QuizClassView.OptionRow> options(ItemStats i, PosedQuestion q, Language lang) {
        List<QuizClassView.OptionRow> rows = new ArrayList<>();
        for (OptionChoice o : i.options()) {
            String text = switch (o.optionId()) {
                case "true", "false" -> q != null && q.displayedOptions().isEmpty()
                        ? Labels.truth(lang, Boolean.parseBoolean(o.optionId())) : o.optionId();
                default -> q == null ? "" : q.displayedOptions().stream().filter(x -> x.id().equals(o.optionId()))
                        .map(Option::text).map(t -> QuizFormat.oneLine(t.in(lang), TEXT_LIMIT)).findFirst()
                        .orElse("");
            };
            boolean unchosen = i.flags().stream().anyMatch(f -> f instanceof Flag.UnchosenDistractor u
                    && u.optionId().equals(o.optionId()));
            rows.add(new QuizClassView.OptionRow(o.optionId(), text, o.correct(), QuizFormat.percent(o.all()) + "%",
                    percent(o.upper()), percent(o.lower()), unchosen));
        }
        return rows;
    }

    /** The most severe flag of the question ({@link QuizFlags#severity}); 4 when it has none. */
    static int severity(ItemStatistics stats, String questionId) {
        return stats.item(questionId).orElseThrow().flags().stream().mapToInt(QuizFlags::severity).min().orElse(4);
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? QuizFormat.percent(share.getAsDouble()) + "%" : "n/a";
    }
}
