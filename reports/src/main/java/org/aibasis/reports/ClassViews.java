package org.aibasis.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
import org.aibasis.reports.similarity.SimilarityReport;
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
import org.aibasis.reports.view.SimilarityView;

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

    /** The class report of {@code results} in the language of {@code m} (the class report's wording). */
    static ClassReportView of(List<SubmissionResult> results, Messages m) {
        ClassStatistics s = ClassStatistics.of(results);
        List<Stat> stats = List.of(
                new Stat(m.get("stat.submissions"), Integer.toString(s.submissions()), ""),
                new Stat(m.get("stat.mean"), Visible.points(s.mean()), detail(s.mean(), s.maxScore(), m)),
                new Stat(m.get("stat.median"), Visible.points(s.median()), detail(s.median(), s.maxScore(), m)),
                new Stat(m.get("stat.lowest"), Visible.points(s.min()), detail(s.min(), s.maxScore(), m)),
                new Stat(m.get("stat.highest"), Visible.points(s.max()), detail(s.max(), s.maxScore(), m)),
                new Stat(m.get("stat.standardDeviation"), Visible.points(s.standardDeviation()), m.get("stat.unit")));
        List<ExerciseRow> exercises = s.exercises().stream().map(e -> new ExerciseRow(Visible.oneLine(e.id()),
                Visible.oneLine(m.choose(e.title(), e.titleZh())), Visible.points(e.meanScore()),
                Visible.points(e.maxScore()), Visible.percent(e.meanScore(), e.maxScore()), e.graded(), e.fullMarks(),
                e.compileErrors(), e.missing(), e.rejected())).toList();
        List<TestRow> tests = s.tests().stream().map(t -> {
            Optional<ItemResult> item = s.item(t.exerciseId(), t.name());
            return new TestRow(Visible.oneLine(t.exerciseId()),
                    Visible.oneLine(t.name()), Visible.oneLine(t.displayName().isBlank() ? t.name() : t.displayName()),
                    Visible.points(t.maxPoints()), Visible.percent(t.passed(), t.runs()),
                    m.get("test.passedOf", t.passed(), t.runs()), t.failed(), t.errored(), t.timedOut(), t.notRun(),
                    item.map(i -> statistic(i.discrimination())).orElse("-"),
                    item.map(i -> statistic(i.pointBiserial())).orElse("-"),
                    item.map(i -> verdict(i, m)).orElse(m.get("verdict.neverRan")),
                    item.map(i -> !i.verdict().flags().isEmpty()).orElse(false));
        }).toList();
        List<String> ids = exerciseIds(results);
        Messages words = Messages.student(m.language());
        List<SubmissionRow> rows = results.stream().map(r -> row(r, ids, m, words)).toList();
        String submissions = m.count(s.submissions(), "count.submission");
        return new ClassReportView(m.get("page.title", submissions), m.get("page.summary", submissions,
                points(s.maxScore(), m)), stats, histogram(s, m), exercises, tests,
                m.get("item.note", m.count(s.thresholds().minimumRespondents(), "count.submission")),
                ids.stream().map(Visible::oneLine).toList(), rows);
    }

    /** What the item analysis says about a hidden test, in an instructor's words. */
    static String verdict(ItemResult item, Messages m) {
        return switch (item.verdict()) {
            case Verdict.TooFew few -> m.get("verdict.tooFew", few.respondents(), few.minimum());
            case Verdict.Judged judged -> String.join(m.get("verdict.separator"), judged.flags().stream()
                    .map(f -> switch (f) {
                        case Flag.TooEasy easy -> m.get("flag.tooEasy");
                        case Flag.TooHard hard -> m.get("flag.tooHard");
                        case Flag.NegativeDiscrimination d -> m.get("flag.negative",
                                String.format(Locale.ROOT, "%.2f", d.discrimination()));
                    }).toList());
        };
    }

    /**
     * The similarity section in the language of {@code m}: every exercise, its pairs at or above the threshold
     * and their regions, with the tool's percentages as the old template wrote them ({@code 60}, {@code 93.2}).
     */
    static SimilarityView similarity(SimilarityReport report, Messages m) {
        List<SimilarityView.Exercise> exercises = report.exercises().stream().map(e -> new SimilarityView.Exercise(
                e.id(), m.get("similarity.compared", m.count(e.submissions(), "count.submission")), e.note(),
                e.pairs().stream().map(p -> new SimilarityView.Pair(p.first(), p.second(),
                        m.get("similarity.pair", decimal("0.0", p.similarity()), m.count(p.matches().size(),
                                "count.region")),
                        p.matches().stream().map(x -> new SimilarityView.Match(region(x.first(), m),
                                region(x.second(), m))).toList())).toList())).toList();
        return new SimilarityView(m.get("similarity.intro", report.tool(), decimal("0", report.threshold())),
                exercises);
    }

    private static SimilarityView.Region region(SimilarityReport.Region r, Messages m) {
        return new SimilarityView.Region(r.file(), m.get("similarity.lines", r.fromLine(), r.toLine()), r.text());
    }

    /** A share (0..1) as a percentage in {@code pattern}, rounded half-even as Freemarker's number formats do. */
    private static String decimal(String pattern, double share) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share * 100);
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

    private static SubmissionRow row(SubmissionResult r, List<String> ids, Messages m, Messages words) {
        Map<String, ExerciseResult> byId = new LinkedHashMap<>();
        r.exercises().forEach(e -> byId.putIfAbsent(e.exercise().id(), e));
        List<Cell> cells = new ArrayList<>();
        for (String id : ids) {
            ExerciseResult e = byId.get(id);
            cells.add(e == null ? new Cell("", new Badge("missing", m.get("cell.noResult"), "\u2205", "muted"), false)
                    : new Cell(Visible.points(e.score()), Views.badge(e, words),
                    e.status() instanceof ExerciseStatus.Graded));
        }
        String source = r.provenance().source();
        String folder = r.provenance().folder();
        return new SubmissionRow(Visible.oneLine(r.submission()), source.equals(r.submission()) ? ""
                : Visible.oneLine(source), ReportFiles.link(folder.isEmpty()
                ? r.submission() : folder, ReportFiles.REPORT_HTML), Visible.points(r.score()),
                Visible.percent(r.score(), r.maxScore()), cells);
    }

    private static String detail(double score, double max, Messages m) {
        return m.get("stat.ofMax", Visible.percent(score, max), points(max, m));
    }

    /** Points with their noun, e.g. {@code 1 point}, {@code 2.5 points}. */
    private static String points(double p, Messages m) {
        return m.get(Messages.key("count.point", p == 1 ? 1 : 0), Visible.points(p));
    }

    private static Histogram histogram(ClassStatistics s, Messages m) {
        List<Integer> counts = s.histogram(BINS);
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        int step = Math.max(1, (int) Math.ceil(most / 5.0));
        int top = Math.max(step, step * (int) Math.ceil(most / (double) step));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotH;
        double slot = plotW / BINS;
        List<Bar> bars = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            int from = 100 * i / BINS;
            int to = 100 * (i + 1) / BINS;
            int n = counts.get(i);
            double h = plotH * n / top;
            double x = LEFT + i * slot;
            String label = from + "\u2013" + to;
            String range = m.get(i == BINS - 1 ? "histogram.lastRange" : "histogram.range", from, to);
            String summary = m.get("histogram.bar", range, n);
            summaries.add(summary);
            bars.add(new Bar(range, summary, label, n, num(x + 3), num(bottom - h), num(slot - 6), num(h),
                    num(x + slot / 2), num(bottom + 18), num(bottom - h - 5)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            double y = bottom - plotH * v / top;
            ticks.add(new Tick(Integer.toString(v), num(y), num(LEFT - 6), num(y + 4)));
        }
        Axis axis = new Axis(num(LEFT), num(WIDTH - RIGHT), num(TOP), num(bottom),
                m.get("histogram.xTitle", points(s.maxScore(), m)), num(LEFT + plotW / 2), num(HEIGHT - 14),
                m.get("histogram.yTitle"), num(16), num(TOP + plotH / 2));
        String description = m.get("histogram.description", m.count(s.submissions(), "count.submission"),
                String.join(m.get("histogram.separator"), summaries));
        return new Histogram(num(WIDTH), num(HEIGHT), m.get("histogram.title"), description, bars, ticks, axis);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
