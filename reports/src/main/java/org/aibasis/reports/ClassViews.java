package org.aibasis.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.stats.Flag;
import org.aibasis.grader.stats.ItemResult;
import org.aibasis.grader.stats.Verdict;
import org.aibasis.reports.view.Badge;
import org.aibasis.reports.view.ClassReportView;
import org.aibasis.reports.view.ClassReportView.Axis;
import org.aibasis.reports.view.ClassReportView.Bar;
import org.aibasis.reports.view.ClassReportView.Cell;
import org.aibasis.reports.view.ClassReportView.ExerciseRow;
import org.aibasis.reports.view.ClassReportView.Histogram;
import org.aibasis.reports.view.ClassReportView.Stat;
import org.aibasis.reports.view.ClassReportView.SubmissionRow;
import org.aibasis.reports.view.ClassReportView.Tick;
import org.aibasis.reports.view.ClassReportView.TestRow;

/** Builds the class report's view model, the histogram's geometry included. */
final class ClassViews {
    /** The histogram's bars: tenths of the maximum score. */
    static final int BINS = 10;
    private static final double WIDTH = 640;
    private static final double HEIGHT = 320;
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 24;
    private static final double BOTTOM = 64;

    private ClassViews() {
    }

    static ClassReportView of(List<SubmissionResult> results) {
        ClassStatistics s = ClassStatistics.of(results);
        String max = Text.points(s.maxScore());
        List<Stat> stats = List.of(
                new Stat("Submissions", Integer.toString(s.submissions()), ""),
                new Stat("Mean", Text.points(s.mean()), detail(s.mean(), s.maxScore())),
                new Stat("Median", Text.points(s.median()), detail(s.median(), s.maxScore())),
                new Stat("Lowest", Text.points(s.min()), detail(s.min(), s.maxScore())),
                new Stat("Highest", Text.points(s.max()), detail(s.max(), s.maxScore())),
                new Stat("Standard deviation", Text.points(s.standardDeviation()), "points"));
        List<ExerciseRow> exercises = s.exercises().stream().map(e -> new ExerciseRow(Text.oneLine(e.id()),
                Text.oneLine(e.title()), Text.points(e.meanScore()), Text.points(e.maxScore()),
                Text.percent(e.meanScore(), e.maxScore()), e.graded(), e.fullMarks(), e.compileErrors(),
                e.missing(), e.rejected())).toList();
        List<TestRow> tests = s.tests().stream().map(t -> {
            Optional<ItemResult> item = s.item(t.exerciseId(), t.name());
            return new TestRow(Text.oneLine(t.exerciseId()),
                    Text.oneLine(t.name()), Text.oneLine(t.displayName().isBlank() ? t.name() : t.displayName()),
                    Text.points(t.maxPoints()), Text.percent(t.passed(), t.runs()), t.passed() + " of " + t.runs(),
                    t.failed(), t.errored(), t.timedOut(), t.notRun(),
                    item.map(i -> statistic(i.discrimination())).orElse("-"),
                    item.map(i -> statistic(i.pointBiserial())).orElse("-"),
                    item.map(ClassViews::verdict).orElse("never ran"),
                    item.map(i -> !i.verdict().flags().isEmpty()).orElse(false));
        }).toList();
        List<String> ids = exerciseIds(results);
        List<SubmissionRow> rows = results.stream().map(r -> row(r, ids)).toList();
        return new ClassReportView(s.submissions(), max, stats, histogram(s), exercises, tests,
                s.thresholds().minimumRespondents(), ids.stream().map(Text::oneLine).toList(), rows);
    }

    /** What the item analysis says about a hidden test, in an instructor's words. */
    static String verdict(ItemResult item) {
        return switch (item.verdict()) {
            case Verdict.TooFew few -> "too few to judge (" + few.respondents() + " ran it; " + few.minimum()
                    + " needed)";
            case Verdict.Judged judged -> String.join("; ", judged.flags().stream().map(f -> switch (f) {
                case Flag.TooEasy easy -> "every submission passes it: does any wrong solution fail it?";
                case Flag.TooHard hard -> "no submission passes it: check the test against the statement";
                case Flag.NegativeDiscrimination d -> "weaker submissions pass it more often than stronger ones (D = "
                        + String.format(Locale.ROOT, "%.2f", d.discrimination()) + "): check what it rewards";
            }).toList());
        };
    }

    private static String statistic(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }

    /** Every exercise id, in the order they first appear. */
    static List<String> exerciseIds(List<SubmissionResult> results) {
        Set<String> ids = new LinkedHashSet<>();
        results.forEach(r -> r.exercises().forEach(e -> ids.add(e.exercise().id())));
        return List.copyOf(ids);
    }


    private static SubmissionRow row(SubmissionResult r, List<String> ids) {
        Map<String, ExerciseResult> byId = new LinkedHashMap<>();
        r.exercises().forEach(e -> byId.putIfAbsent(e.exercise().id(), e));
        List<Cell> cells = new ArrayList<>();
        for (String id : ids) {
            ExerciseResult e = byId.get(id);
            cells.add(e == null ? new Cell("", new Badge("missing", "no result", "\u2205", "muted"), false)
                    : new Cell(Text.points(e.score()), Views.badge(e, Messages.english()),
                    e.status() instanceof ExerciseStatus.Graded));
        }
        String source = r.provenance().source();
        String folder = r.provenance().folder();
        return new SubmissionRow(Text.oneLine(r.submission()), source.equals(r.submission()) ? ""
                : Text.oneLine(source), ReportFiles.link(folder.isEmpty()
                ? r.submission() : folder, ReportFiles.REPORT_HTML), Text.points(r.score()),
                Text.percent(r.score(), r.maxScore()), cells);
    }

    private static String detail(double score, double max) {
        return Text.percent(score, max) + "% of " + Text.points(max) + " points";
    }

    private static Histogram histogram(ClassStatistics s) {
        List<Integer> counts = s.histogram(BINS);
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        int step = Math.max(1, (int) Math.ceil(most / 5.0));
        int top = Math.max(step, step * (int) Math.ceil(most / (double) step));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotH;
        double slot = plotW / BINS;
        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder("Histogram of " + Text.count(s.submissions(), "submission",
                "submissions") + " by total score as a percentage of the maximum: ");
        for (int i = 0; i < BINS; i++) {
            int from = 100 * i / BINS;
            int to = 100 * (i + 1) / BINS;
            int n = counts.get(i);
            double h = plotH * n / top;
            double x = LEFT + i * slot;
            String label = from + "\u2013" + to;
            String range = (i == BINS - 1 ? from + "% to " + to + "%" : from + "% to under " + to + "%");
            bars.add(new Bar(range, label, n, num(x + 3), num(bottom - h), num(slot - 6), num(h),
                    num(x + slot / 2), num(bottom + 18), num(bottom - h - 5)));
            desc.append(i == 0 ? "" : "; ").append(range).append(": ").append(n);
        }
        desc.append('.');
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            double y = bottom - plotH * v / top;
            ticks.add(new Tick(Integer.toString(v), num(y), num(LEFT - 6), num(y + 4)));
        }
        Axis axis = new Axis(num(LEFT), num(WIDTH - RIGHT), num(TOP), num(bottom),
                "Total score, % of the maximum (" + Text.points(s.maxScore()) + " points)",
                num(LEFT + plotW / 2), num(HEIGHT - 14), "Submissions", num(16), num(TOP + plotH / 2));
        return new Histogram(num(WIDTH), num(HEIGHT), "Distribution of total scores", desc.toString(), bars,
                ticks, axis);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
