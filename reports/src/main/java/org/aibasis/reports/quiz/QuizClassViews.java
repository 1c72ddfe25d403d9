package org.aibasis.reports.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aibasis.quiz.bank.Language;
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
    /** Below this many students the report warns that the statistics are rough. */
    static final int FEW = 20;

    private QuizClassViews() {
    }

    static QuizClassView of(List<GradedStudent> students, ItemStatistics stats, Language lang, List<String> skipped) {
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
            List<String> flags = i.flags().stream().map(Flag::message).toList();
            if (!flags.isEmpty()) {
                flagged.add(new QuizClassView.Flagged(number, anchor, i.questionId(), flags));
            }
            items.add(new QuizClassView.ItemRow(number, anchor, i.questionId(), i.type(),
                    q == null ? "" : QuizFormat.oneLine(q.text().in(lang), TEXT_LIMIT),
                    q != null && q.question().parameterized(), QuizFormat.points(i.maxPoints()), i.respondents(),
                    QuizFormat.statistic(i.facility()), QuizFormat.exact(i.facility()),
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
        String alphaText = alpha.isPresent() ? QuizFormat.statistic(alpha.getAsDouble())
                : "n/a (needs at least 2 students all posed the same 2 or more questions, with totals that vary)";
        String title = students.isEmpty() ? stats.quiz() : students.get(0).graded().attempt().title().in(lang);
        return new QuizClassView(stats.quiz(), title, stats.respondents(), stats.groupSize(), alphaText,
                QuizFormat.exact(alpha), QuizFormat.points(mean), QuizFormat.points(max), flagged, items, rows,
                skipped, discrepant, stats.respondents() < FEW ? "With " + stats.respondents() + " students these "
                + "numbers are rough: one student more or less can flip a flag. Read them from about " + FEW
                + " students on." : "");
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

    /** 0 for the flags that most likely mean a wrong key (negative D, too hard), then distractors, then too easy. */
    static int severity(ItemStatistics stats, String questionId) {
        return stats.item(questionId).orElseThrow().flags().stream().mapToInt(f -> switch (f) {
            case Flag.NegativeDiscrimination d -> 0;
            case Flag.TooHard h -> 1;
            case Flag.UnchosenDistractor u -> 2;
            case Flag.TooEasy e -> 3;
        }).min().orElse(4);
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? QuizFormat.percent(share.getAsDouble()) + "%" : "n/a";
    }
}
