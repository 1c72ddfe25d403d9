package org.aibasis.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.reports.view.Badge;
import org.aibasis.reports.view.ChartView;
import org.aibasis.reports.view.ExerciseView;
import org.aibasis.reports.view.SourceMessage;
import org.aibasis.reports.view.StudentReportView;
import org.aibasis.reports.view.TestView;

/** Builds the student report's view model: every wording, number format and truncation decision is made here. */
final class Views {
    /** The longest source line a diagnostic shows. */
    private static final int SOURCE_LIMIT = 500;

    private Views() {
    }

    static StudentReportView student(SubmissionResult r, Messages m) {
        Set<String> anchors = new HashSet<>();
        List<ExerciseView> exercises = r.exercises().stream().map(e -> exercise(e, anchor(e.exercise().id(),
                anchors), m)).toList();
        return new StudentReportView(Visible.oneLine(r.submission()), Visible.points(r.score()),
                Visible.points(r.maxScore()), Visible.percent(r.score(), r.maxScore()), summary(r, m), exercises);
    }

    /** The words, icon and colour of an outcome. */
    static Badge badge(Outcome o, Messages m) {
        String text = m.get("outcome." + o.label());
        return switch (o) {
            case Outcome.Passed p -> new Badge(o.label(), text, "\u2713", "ok");
            case Outcome.Failed f -> new Badge(o.label(), text, "\u2717", "bad");
            case Outcome.Errored e -> new Badge(o.label(), text, "!", "bad");
            case Outcome.TimedOut t -> new Badge(o.label(), text, "\u231b", "warn");
            case Outcome.NotRun n -> new Badge(o.label(), text, "\u2013", "muted");
        };
    }

    /** The words, icon and colour of an exercise's status; a graded exercise is coloured by its score. */
    static Badge badge(ExerciseResult e, Messages m) {
        String text = m.get("status." + e.status().label());
        return switch (e.status()) {
            case ExerciseStatus.Graded g -> {
                boolean full = e.score() >= e.maxScore();
                String tone = full ? "ok" : e.score() > 0 ? "warn" : "bad";
                yield new Badge(g.label(), text, full ? "\u2713" : e.score() > 0 ? "\u25d0" : "\u2717", tone);
            }
            case ExerciseStatus.CompileError c -> new Badge(c.label(), text, "\u2717", "bad");
            case ExerciseStatus.Missing mi -> new Badge(mi.label(), text, "\u2205", "muted");
            case ExerciseStatus.Rejected rj -> new Badge(rj.label(), text, "\u2298", "bad");
        };
    }

    /** What the student reads about why a test did not pass; empty for a passed test. */
    static String reason(Outcome o, Messages m) {
        return switch (o) {
            case Outcome.Passed p -> "";
            case Outcome.Failed f -> f.message();
            case Outcome.Errored e -> e.message();
            case Outcome.TimedOut t -> m.get("reason.timedOut", ResultJson.seconds(t.limit()));
            case Outcome.NotRun n -> n.reason();
        };
    }

    /**
     * For a test that did not pass and builds on tests that did not pass either: that it depends on them, so that
     * the student fixes the root cause first; empty otherwise.
     */
    static String rootCause(TestResult t, Messages m) {
        if (t.failedPrerequisites().isEmpty()) {
            return "";
        }
        List<String> names = t.failedPrerequisites().stream().map(Visible::oneLine).toList();
        return m.get(Messages.key("rootCause", names.size()), String.join(", ", names));
    }

    /**
     * The tests in their order, except that a test whose prerequisites did not pass comes after those that are
     * not such a consequence: the root causes are read first.
     */
    static List<TestResult> rootCausesFirst(List<TestResult> tests) {
        List<TestResult> ordered = new ArrayList<>(tests);
        ordered.sort(java.util.Comparator.comparing(t -> !t.failedPrerequisites().isEmpty()));
        return ordered;
    }

    /** The hint in the report's language: the Chinese one in a Chinese report when the suite wrote one. */
    static Optional<String> hint(TestResult t, Messages m) {
        return m.chinese() ? t.hintZh().or(t::hint) : t.hint();
    }

    /** The exercise's title in the report's language, the English one when it has no Chinese title. */
    static String title(ExerciseInfo e, Messages m) {
        return m.choose(e.title(), e.titleZh());
    }

    /** The counterexample of a falsified property, if there is one. */
    static Optional<Counterexample> counterexample(Outcome o) {
        return switch (o) {
            case Outcome.Failed f -> f.counterexample();
            case Outcome.Errored e -> e.counterexample();
            default -> Optional.empty();
        };
    }

    /** {@code 3 of 7 tests passed}, or for an exercise whose tests could not run, {@code no test ran}. */
    static String testSummary(ExerciseResult e, Messages m) {
        long passed = e.tests().stream().filter(t -> t.outcome() instanceof Outcome.Passed).count();
        if (!(e.status() instanceof ExerciseStatus.Graded)) {
            return m.get("tests.noneRan", m.count(e.tests().size(), "count.test"));
        }
        return m.get("tests.passed", passed, m.count(e.tests().size(), "count.test"));
    }

    private static ExerciseView exercise(ExerciseResult e, String anchor, Messages m) {
        String id = Visible.oneLine(e.exercise().id());
        String command = "bin/grader check " + id;
        long notPassed = e.tests().stream().filter(t -> !(t.outcome() instanceof Outcome.Passed)).count();
        String next;
        String reason = "";
        String heading = "";
        List<Diagnostic> problems = List.of();
        switch (e.status()) {
            case ExerciseStatus.Graded g -> {
                if (notPassed == 0) {
                    next = m.get(e.tests().isEmpty() ? "next.noTests" : "next.allPassed");
                    command = "";
                } else {
                    next = m.get("next.fix", m.count(notPassed, "count.test"));
                    if (e.tests().stream().anyMatch(t -> t.outcome() instanceof Outcome.TimedOut)) {
                        next += m.get("next.timedOut");
                    }
                    if (e.tests().stream().anyMatch(t -> t.outcome() instanceof Outcome.Errored)) {
                        next += m.get("next.errored");
                    }
                }
            }
            case ExerciseStatus.CompileError c -> {
                next = m.get("next.compile");
                heading = m.get("heading.compile");
                problems = c.diagnostics();
            }
            case ExerciseStatus.Missing mi -> {
                next = m.get("next.missing", id);
                reason = Visible.bounded(mi.reason());
            }
            case ExerciseStatus.Rejected rj -> {
                next = m.get("next.rejected");
                heading = m.get("heading.rejected");
                problems = rj.violations();
            }
        }
        return new ExerciseView(id, anchor, Visible.oneLine(title(e.exercise(), m)), Visible.points(e.score()),
                Visible.points(e.maxScore()), Visible.percent(e.score(), e.maxScore()), badge(e, m),
                testSummary(e, m), next, command, reason, heading, problems.stream().map(Views::source).toList(),
                e.notes().stream().map(Views::source).toList(),
                charted(rootCausesFirst(e.tests()), anchor, e.status() instanceof ExerciseStatus.Graded, m));
    }

    /** The tests' views; chart ids are made of the exercise's anchor and positions, so unique on the page. */
    private static List<TestView> charted(List<TestResult> tests, String anchor, boolean graded, Messages m) {
        List<TestView> views = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            String prefix = anchor + "-t" + i + "-fig";
            List<org.aibasis.grader.api.Figure> figures = tests.get(i).figures();
            List<ChartView> charts = new ArrayList<>();
            for (int k = 0; k < figures.size(); k++) {
                charts.add(Charts.line(figures.get(k), prefix + k, m));
            }
            views.add(test(tests.get(i), graded, charts, m));
        }
        return views;
    }

    private static TestView test(TestResult t, boolean graded, List<ChartView> charts, Messages m) {
        Outcome o = t.outcome();
        boolean passed = o instanceof Outcome.Passed;
        Optional<Counterexample> cx = counterexample(o);
        String original = cx.flatMap(Counterexample::originalSample)
                .filter(s -> !s.equals(cx.get().sample())).map(Visible::bounded).orElse("");
        String display = t.displayName().isBlank() ? t.name() : t.displayName();
        return new TestView(Visible.oneLine(t.name()), Visible.oneLine(display), Visible.points(t.points()),
                Visible.points(t.maxPoints()), badge(o, m), passed, graded && !passed,
                Visible.bounded(reason(o, m).strip()), Visible.bounded(rootCause(t, m)), cx.isPresent(),
                cx.map(c -> Visible.bounded(c.sample().strip())).orElse(""),
                cx.map(c -> Visible.oneLine(c.seed())).orElse(""), original,
                passed ? "" : hint(t, m).map(h -> Visible.bounded(h.strip())).orElse(""),
                Visible.bounded(t.output().stripTrailing()), charts);
    }

    /** A diagnostic with its source line and the indentation that puts a caret under its column. */
    static SourceMessage source(Diagnostic d) {
        String location = d.file().isEmpty() ? "" : d.file() + (d.line() > 0 ? ":" + d.line()
                + (d.column() > 0 ? ":" + d.column() : "") : "");
        String line = expandTabs(Visible.visible(d.sourceLine()).replace("\n", " ").stripTrailing());
        if (line.length() > SOURCE_LIMIT) {
            line = line.substring(0, SOURCE_LIMIT) + " \u2026 " + Visible.TRUNCATED;
        }
        String number = d.line() > 0 ? Long.toString(d.line()) : "";
        String gutter = number + " | ";
        String blank = " ".repeat(number.length()) + " | ";
        boolean caret = !line.isEmpty() && d.column() > 0 && d.column() - 1 <= Math.min(line.length(), SOURCE_LIMIT);
        StringBuilder indent = new StringBuilder();
        if (caret) {
            line.substring(0, (int) d.column() - 1).codePoints().forEach(cp -> indent.append(
                    switch (TerminalText.columns(cp)) {
                        case 0 -> "";
                        case 2 -> "\u3000";
                        default -> " ";
                    }));
        }
        String where = Visible.oneLine(location);
        String message = Visible.bounded(d.message().strip());
        StringBuilder text = new StringBuilder();
        if (!where.isEmpty()) {
            text.append(where).append('\n');
        }
        text.append(message);
        if (!line.isEmpty()) {
            text.append('\n').append(gutter).append(line);
            if (caret) {
                text.append('\n').append(blank).append(indent).append('^');
            }
        }
        return new SourceMessage(where, message, !line.isEmpty(), gutter, blank, line, caret, indent.toString(),
                text.toString());
    }

    /** Tabs replaced by spaces up to the next multiple of 8, as javac counts columns. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(" ".repeat(8 - sb.length() % 8));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String summary(SubmissionResult r, Messages m) {
        long tests = r.exercises().stream().mapToLong(e -> e.tests().size()).sum();
        long passed = r.exercises().stream().flatMap(e -> e.tests().stream())
                .filter(t -> t.outcome() instanceof Outcome.Passed).count();
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("summary.tests", passed, m.count(tests, "count.test"),
                m.count(r.exercises().size(), "count.exercise")));
        long compile = count(r, ExerciseStatus.CompileError.class);
        long missing = count(r, ExerciseStatus.Missing.class);
        long rejected = count(r, ExerciseStatus.Rejected.class);
        if (compile > 0) {
            sb.append(m.get(Messages.key("summary.compile", compile), compile));
        }
        if (missing > 0) {
            sb.append(m.get(Messages.key("summary.missing", missing), missing));
        }
        if (rejected > 0) {
            sb.append(m.get(Messages.key("summary.rejected", rejected), rejected));
        }
        return sb.toString();
    }

    private static long count(SubmissionResult r, Class<? extends ExerciseStatus> status) {
        return r.exercises().stream().filter(e -> status.isInstance(e.status())).count();
    }

    /** A unique HTML id made of the exercise id's safe characters. */
    private static String anchor(String id, Set<String> used) {
        String base = "ex-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        String a = base;
        for (int i = 2; !used.add(a); i++) {
            a = base + "-" + i;
        }
        return a;
    }
}
