package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/**
 * A plain-text summary for the terminal: the total, then per exercise a score bar, the status and what to do next,
 * and for each test that did not pass the reason, the counterexample and the hint, one line each.
 *
 * <p>No line is wider than {@value #WIDTH} columns (East Asian wide characters count two). ANSI colours only when
 * asked for; control characters in anything the student's code printed or threw are shown as visible symbols, so
 * a submission cannot send escape sequences to the terminal.
 */
public final class TerminalSummary {
    /** The widest line, in terminal columns. */
    public static final int WIDTH = 100;
    private static final int BAR = 20;
    private static final int MAX_DIAGNOSTICS = 5;
    private static final int MAX_HINT_LINES = 4;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";

    private final boolean color;
    private final Messages m;
    private final StringBuilder out = new StringBuilder();

    private TerminalSummary(boolean color, Messages m) {
        this.color = color;
        this.m = m;
    }

    /** The summary of {@code result} in English, ending with a line feed; with ANSI colours when {@code color}. */
    public static String render(SubmissionResult result, boolean color) {
        return render(result, color, Messages.Language.EN);
    }

    /** The summary of {@code result} in {@code language}, ending with a line feed. */
    public static String render(SubmissionResult result, boolean color, Messages.Language language) {
        TerminalSummary t = new TerminalSummary(color, Messages.of(language));
        t.submission(result);
        return t.out.toString();
    }

    private void submission(SubmissionResult r) {
        line(paint(BOLD, fit(m.get("label.submission") + " " + Text.oneLine(r.submission()), WIDTH - 30)) + ": "
                + paint(BOLD, Text.points(r.score()) + " / " + Text.points(r.maxScore()) + " "
                + m.get("label.points")) + " ("
                + Text.percent(r.score(), r.maxScore()) + "%)");
        StudentReportView view = Views.student(r, m);
        wrap("", view.summary(), "");
        List<ExerciseView> views = view.exercises();
        for (int i = 0; i < r.exercises().size(); i++) {
            out.append('\n');
            exercise(r.exercises().get(i), views.get(i));
        }
    }

    private void exercise(ExerciseResult e, ExerciseView v) {
        line(paint(BOLD, fit(v.id() + "  " + v.title(), WIDTH)));
        int filled = (int) Math.round(BAR * v.percent() / 100.0);
        String bar = "[" + paint(tone(v.status()), "#".repeat(filled)) + ".".repeat(BAR - filled) + "]";
        String score = String.format("%7s", v.score() + " / " + v.maxScore());
        line("  " + bar + " " + score + "  " + paint(tone(v.status()), v.status().text()) + ", "
                + fit(v.testSummary(), WIDTH - 60));
        if (!v.reason().isEmpty()) {
            wrap("  " + m.get("terminal.why") + " ", v.reason(), "       ");
        }
        List<SourceMessage> problems = v.problems();
        for (int i = 0; i < Math.min(problems.size(), MAX_DIAGNOSTICS); i++) {
            diagnostic(problems.get(i));
        }
        if (problems.size() > MAX_DIAGNOSTICS) {
            line("    " + m.get("terminal.more", problems.size() - MAX_DIAGNOSTICS));
        }
        for (TestResult t : Views.rootCausesFirst(e.tests())) {
            if (!(t.outcome() instanceof Outcome.Passed) && e.status() instanceof ExerciseStatus.Graded) {
                test(t);
            }
        }
        for (Diagnostic note : e.notes()) {
            line(paint(DIM, "  " + m.get("terminal.note") + " " + fit(firstLine(Views.source(note).location() + " "
                    + note.message()), WIDTH - 8)));
        }
        wrap("  " + m.get("terminal.next") + " ", v.next() + (v.command().isEmpty() ? ""
                : " " + m.get("label.checkWith") + ": " + v.command()), "        ");
    }

    private void diagnostic(SourceMessage d) {
        String where = d.location().isEmpty() ? "" : d.location() + ": ";
        line(paint(RED, "  " + fit(where + firstLine(d.message()), WIDTH - 2)));
        if (d.hasSource()) {
            String src = "    " + d.gutter() + d.sourceLine();
            line(fit(src, WIDTH));
            String caret = "    " + d.blankGutter() + d.caretIndent() + "^";
            if (d.hasCaret() && Text.columns(caret) <= WIDTH) {
                line(paint(RED, caret));
            }
        }
    }

    private void test(TestResult t) {
        Badge b = Views.badge(t.outcome(), m);
        String name = t.displayName().isBlank() ? t.name() : t.displayName();
        String points = Text.points(t.points()) + " / " + Text.points(t.maxPoints());
        String label = String.format("%-9s", b.text());
        line("  " + paint(tone(b), label) + " " + fit(Text.oneLine(name), WIDTH - 14 - points.length()) + "  "
                + paint(DIM, points));
        String reason = Views.reason(t.outcome(), m).strip();
        if (!reason.isEmpty()) {
            line("      " + m.get("terminal.why") + " " + fit(firstLine(reason), WIDTH - 11));
        }
        String cause = Views.rootCause(t, m);
        if (!cause.isEmpty()) {
            line("      " + m.get("terminal.first") + " " + fit(cause, WIDTH - 13));
        }
        Optional<Counterexample> cx = Views.counterexample(t.outcome());
        cx.ifPresent(c -> line("      " + m.get("terminal.counterexample") + " " + fit(joined(c.sample())
                + (c.seed().isEmpty() ? "" : "  (" + m.get("label.seed") + " " + c.seed() + ")"), WIDTH - 22)));
        Views.hint(t, m).ifPresent(h -> wrap("      " + m.get("terminal.hint") + " ", h, "            ",
                MAX_HINT_LINES));
    }

    private String tone(Badge b) {
        return switch (b.tone()) {
            case "ok" -> GREEN;
            case "bad" -> RED;
            case "warn" -> YELLOW;
            default -> DIM;
        };
    }

    private String paint(String code, String s) {
        return color && !s.isEmpty() ? code + s + RESET : s;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void wrap(String first, String text, String rest) {
        wrap(first, text, rest, Integer.MAX_VALUE);
    }

    /** Word-wraps {@code text} to {@link #WIDTH}, the first line after {@code first}, the others after {@code rest}. */
    private void wrap(String first, String text, String rest, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        int prefix = first.length();
        for (String word : Text.visible(text).replace('\t', ' ').strip().split("\\s+")) {
            int width = Text.columns(current.toString());
            if (width > prefix && width + 1 + Text.columns(word) > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(rest);
                prefix = rest.length();
            }
            if (Text.columns(current.toString()) > prefix) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        for (int i = 0; i < Math.min(lines.size(), maxLines); i++) {
            String l = i == maxLines - 1 && lines.size() > maxLines ? lines.get(i) + " \u2026" : lines.get(i);
            line(fit(l, WIDTH));
        }
    }

    /** {@code s} cut to {@code width} columns, with an ellipsis when something was cut. */
    static String fit(String s, int width) {
        String v = Text.visible(s).replace('\n', ' ').replace('\t', ' ');
        if (Text.columns(v) <= width) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int w = Text.columns(cp);
            if (used + w > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('\u2026').toString();
    }

    private static String firstLine(String s) {
        String v = Text.visible(s).strip();
        int nl = v.indexOf('\n');
        return nl < 0 ? v : v.substring(0, nl) + " \u2026";
    }

    private static String joined(String sample) {
        return String.join("; ", Text.visible(sample).strip().split("\\s*\\n\\s*"));
    }
}
