package org.aibasis.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.reports.view.Badge;
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

    static StudentReportView student(SubmissionResult r) {
        Set<String> anchors = new HashSet<>();
        List<ExerciseView> exercises = r.exercises().stream().map(e -> exercise(e, anchor(e.exercise().id(),
                anchors))).toList();
        return new StudentReportView(Text.oneLine(r.submission()), Text.points(r.score()),
                Text.points(r.maxScore()), Text.percent(r.score(), r.maxScore()), summary(r), exercises);
    }

    /** The words, icon and colour of an outcome. */
    static Badge badge(Outcome o) {
        return switch (o) {
            case Outcome.Passed p -> new Badge(o.label(), "passed", "\u2713", "ok");
            case Outcome.Failed f -> new Badge(o.label(), "failed", "\u2717", "bad");
            case Outcome.Errored e -> new Badge(o.label(), "errored", "!", "bad");
            case Outcome.TimedOut t -> new Badge(o.label(), "timed out", "\u231b", "warn");
            case Outcome.NotRun n -> new Badge(o.label(), "not run", "\u2013", "muted");
        };
    }

    /** The words, icon and colour of an exercise's status; a graded exercise is coloured by its score. */
    static Badge badge(ExerciseResult e) {
        return switch (e.status()) {
            case ExerciseStatus.Graded g -> {
                boolean full = e.score() >= e.maxScore();
                String tone = full ? "ok" : e.score() > 0 ? "warn" : "bad";
                yield new Badge(g.label(), "graded", full ? "\u2713" : e.score() > 0 ? "\u25d0" : "\u2717", tone);
            }
            case ExerciseStatus.CompileError c -> new Badge(c.label(), "compile error", "\u2717", "bad");
            case ExerciseStatus.Missing m -> new Badge(m.label(), "missing", "\u2205", "muted");
            case ExerciseStatus.Rejected rj -> new Badge(rj.label(), "rejected", "\u2298", "bad");
        };
    }

    /** What the student reads about why a test did not pass; empty for a passed test. */
    static String reason(Outcome o) {
        return switch (o) {
            case Outcome.Passed p -> "";
            case Outcome.Failed f -> f.message();
            case Outcome.Errored e -> e.message();
            case Outcome.TimedOut t -> ResultJson.timedOutMessage(t.limit()) + ".";
            case Outcome.NotRun n -> n.reason();
        };
    }

    /**
     * For a test that did not pass and builds on tests that did not pass either: that it depends on them, so that
     * the student fixes the root cause first; empty otherwise.
     */
    static String rootCause(TestResult t) {
        if (t.failedPrerequisites().isEmpty()) {
            return "";
        }
        List<String> names = t.failedPrerequisites().stream().map(Text::oneLine).toList();
        return "depends on " + String.join(", ", names) + (names.size() == 1 ? ", which" : ", which all")
                + " failed: fix " + (names.size() == 1 ? "that" : "those") + " first";
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

    /** The counterexample of a falsified property, if there is one. */
    static Optional<Counterexample> counterexample(Outcome o) {
        return switch (o) {
            case Outcome.Failed f -> f.counterexample();
            case Outcome.Errored e -> e.counterexample();
            default -> Optional.empty();
        };
    }

    /** {@code 3 of 7 tests passed}, or for an exercise whose tests could not run, {@code no test ran}. */
    static String testSummary(ExerciseResult e) {
        long passed = e.tests().stream().filter(t -> t.outcome() instanceof Outcome.Passed).count();
        if (!(e.status() instanceof ExerciseStatus.Graded)) {
            return "no test ran (" + Text.count(e.tests().size(), "test", "tests") + ")";
        }
        return passed + " of " + Text.count(e.tests().size(), "test", "tests") + " passed";
    }

    private static ExerciseView exercise(ExerciseResult e, String anchor) {
        String id = Text.oneLine(e.exercise().id());
        String command = "bin/grader check " + id;
        long notPassed = e.tests().stream().filter(t -> !(t.outcome() instanceof Outcome.Passed)).count();
        String next;
        String reason = "";
        String heading = "";
        List<Diagnostic> problems = List.of();
        switch (e.status()) {
            case ExerciseStatus.Graded g -> {
                if (notPassed == 0) {
                    next = e.tests().isEmpty() ? "Nothing to do: this exercise has no graded tests."
                            : "Nothing to do: every test passed.";
                    command = "";
                } else {
                    next = "Fix the " + Text.count(notPassed, "test", "tests") + " that did not pass, using the "
                            + "reason, the hint and, for a property, the smallest failing input given with each. "
                            + "Then check your fix with the public tests.";
                    if (e.tests().stream().anyMatch(t -> t.outcome() instanceof Outcome.TimedOut)) {
                        next += " A test that timed out usually means an endless loop or an algorithm that is "
                                + "too slow.";
                    }
                    if (e.tests().stream().anyMatch(t -> t.outcome() instanceof Outcome.Errored)) {
                        next += " A test that errored means your code threw an exception, or a method the test "
                                + "calls is missing or has a different signature.";
                    }
                }
            }
            case ExerciseStatus.CompileError c -> {
                next = "Your code does not compile, so no test could run. Fix the compile errors, starting with "
                        + "the first: later ones often follow from it.";
                heading = "Compile errors";
                problems = c.diagnostics();
            }
            case ExerciseStatus.Missing m -> {
                next = "This exercise was not found in your submission, so no test ran. Put your files where the "
                        + "exercise's statement says (exercises/" + id + "/) and submit again.";
                reason = Text.bounded(m.reason());
            }
            case ExerciseStatus.Rejected rj -> {
                next = "Your code uses something graded code may not use, so no test ran. Remove the uses listed "
                        + "here and submit again.";
                heading = "Not allowed in graded code";
                problems = rj.violations();
            }
        }
        return new ExerciseView(id, anchor, Text.oneLine(e.exercise().title()), Text.points(e.score()),
                Text.points(e.maxScore()), Text.percent(e.score(), e.maxScore()), badge(e), testSummary(e), next,
                command, reason, heading, problems.stream().map(Views::source).toList(),
                e.notes().stream().map(Views::source).toList(),
                rootCausesFirst(e.tests()).stream().map(t -> test(t, e.status() instanceof ExerciseStatus.Graded))
                        .toList());
    }

    private static TestView test(TestResult t, boolean graded) {
        Outcome o = t.outcome();
        boolean passed = o instanceof Outcome.Passed;
        Optional<Counterexample> cx = counterexample(o);
        String original = cx.flatMap(Counterexample::originalSample)
                .filter(s -> !s.equals(cx.get().sample())).map(Text::bounded).orElse("");
        String display = t.displayName().isBlank() ? t.name() : t.displayName();
        return new TestView(Text.oneLine(t.name()), Text.oneLine(display), Text.points(t.points()),
                Text.points(t.maxPoints()), badge(o), passed, graded && !passed, Text.bounded(reason(o).strip()),
                Text.bounded(rootCause(t)), cx.isPresent(),
                cx.map(c -> Text.bounded(c.sample().strip())).orElse(""),
                cx.map(c -> Text.oneLine(c.seed())).orElse(""), original,
                passed ? "" : t.hint().map(h -> Text.bounded(h.strip())).orElse(""),
                Text.bounded(t.output().stripTrailing()));
    }

    /** A diagnostic with its source line and the indentation that puts a caret under its column. */
    static SourceMessage source(Diagnostic d) {
        String location = d.file().isEmpty() ? "" : d.file() + (d.line() > 0 ? ":" + d.line()
                + (d.column() > 0 ? ":" + d.column() : "") : "");
        String line = expandTabs(Text.visible(d.sourceLine()).replace("\n", " ").stripTrailing());
        if (line.length() > SOURCE_LIMIT) {
            line = line.substring(0, SOURCE_LIMIT) + " \u2026 " + Text.TRUNCATED;
        }
        String number = d.line() > 0 ? Long.toString(d.line()) : "";
        String gutter = number + " | ";
        String blank = " ".repeat(number.length()) + " | ";
        boolean caret = !line.isEmpty() && d.column() > 0 && d.column() - 1 <= Math.min(line.length(), SOURCE_LIMIT);
        StringBuilder indent = new StringBuilder();
        if (caret) {
            line.substring(0, (int) d.column() - 1).codePoints().forEach(cp -> indent.append(
                    switch (Text.columns(cp)) {
                        case 0 -> "";
                        case 2 -> "\u3000";
                        default -> " ";
                    }));
        }
        String where = Text.oneLine(location);
        String message = Text.bounded(d.message().strip());
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

    private static String summary(SubmissionResult r) {
        long tests = r.exercises().stream().mapToLong(e -> e.tests().size()).sum();
        long passed = r.exercises().stream().flatMap(e -> e.tests().stream())
                .filter(t -> t.outcome() instanceof Outcome.Passed).count();
        StringBuilder sb = new StringBuilder();
        sb.append(passed).append(" of ").append(Text.count(tests, "test", "tests")).append(" passed in ")
                .append(Text.count(r.exercises().size(), "exercise", "exercises")).append('.');
        long compile = count(r, ExerciseStatus.CompileError.class);
        long missing = count(r, ExerciseStatus.Missing.class);
        long rejected = count(r, ExerciseStatus.Rejected.class);
        if (compile > 0) {
            sb.append(' ').append(Text.count(compile, "exercise", "exercises")).append(compile == 1 ? " does" : " do")
                    .append(" not compile.");
        }
        if (missing > 0) {
            sb.append(' ').append(Text.count(missing, "exercise is", "exercises are")).append(" missing.");
        }
        if (rejected > 0) {
            sb.append(' ').append(Text.count(rejected, "exercise was", "exercises were"))
                    .append(" rejected for code that is not allowed.");
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
