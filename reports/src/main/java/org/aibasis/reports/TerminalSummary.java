package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Language;
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
 * <p>No line is wider than {@value #WIDTH} columns (East Asian wide characters count two): long texts are wrapped at
 * word boundaries with a hanging indent ({@link TerminalText#wrap}), never cut mid-sentence; a text longer than
 * {@value #MAX_LINES} lines ends with a line saying how many more the report shows. Stack frames are left to the
 * report. ANSI colours only when asked for; control characters in anything the student's code printed or threw
 * are shown as visible symbols, so a submission cannot send escape sequences to the terminal.
 */
public final class TerminalSummary {
    /** The widest line, in terminal columns. */
    public static final int WIDTH = 100;
    private static final int BAR = 20;
    private static final int MAX_DIAGNOSTICS = 5;
    /** The most lines of one wrapped text (a reason, a counterexample, a hint); the report has the rest. */
    static final int MAX_LINES = 8;
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
        return render(result, color, Language.EN);
    }

    /** The summary of {@code result} in {@code language}, ending with a line feed. */
    public static String render(SubmissionResult result, boolean color, Language language) {
        TerminalSummary t = new TerminalSummary(color, Messages.student(language));
        t.submission(result);
        return t.out.toString();
    }

    private void submission(SubmissionResult r) {
        line(paint(BOLD, fit(m.get("label.submission") + " " + Visible.oneLine(r.submission()), WIDTH - 30)) + ": "
                + paint(BOLD, Visible.points(r.score()) + " / " + Visible.points(r.maxScore()) + " "
                + m.get("label.points")) + " ("
                + Visible.percent(r.score(), r.maxScore()) + "%)");
        StudentReportView view = Views.student(r, m);
        wrap(view.summary(), "", "", "");
        List<ExerciseView> views = view.exercises();
        for (int i = 0; i < r.exercises().size(); i++) {
            out.append('\n');
            exercise(r.exercises().get(i), views.get(i));
        }
    }

    private void exercise(ExerciseResult e, ExerciseView v) {
        wrap(v.title(), fit(v.id(), WIDTH / 2) + "  ", "    ", BOLD);
        int filled = (int) Math.round(BAR * v.percent() / 100.0);
        String bar = "[" + paint(tone(v.status()), "#".repeat(filled)) + ".".repeat(BAR - filled) + "]";
        String score = String.format("%7s", v.score() + " / " + v.maxScore());
        line("  " + bar + " " + score + "  " + paint(tone(v.status()), v.status().text()) + ", "
                + fit(v.testSummary(), WIDTH - 60));
        if (!v.reason().isEmpty()) {
            wrap(v.reason(), "  " + m.get("terminal.why") + " ", "       ", "");
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
            wrap(Views.source(note).location() + " " + note.message(), "  " + m.get("terminal.note") + " ",
                    "        ", DIM);
        }
        wrap(v.next() + (v.command().isEmpty() ? "" : " " + m.get("label.checkWith") + ": " + v.command()),
                "  " + m.get("terminal.next") + " ", "        ", "");
    }

    private void diagnostic(SourceMessage d) {
        String where = d.location().isEmpty() ? "" : d.location() + ": ";
        List<String> message = Visible.visible(d.message()).strip().lines().toList();
        wrap(where + (message.isEmpty() ? "" : message.get(0)), "  ", "    ", RED);
        if (d.hasSource()) {
            String src = "    " + d.gutter() + d.sourceLine();
            line(fit(src, WIDTH));
            String caret = "    " + d.blankGutter() + d.caretIndent() + "^";
            if (d.hasCaret() && TerminalText.columns(caret) <= WIDTH) {
                line(paint(RED, caret));
            }
        }
        if (message.size() > 1) {
            wrap(String.join("\n", message.subList(1, message.size())), "    ", "    ", "");
        }
    }

    private void test(TestResult t) {
        Badge b = Views.badge(t.outcome(), m);
        String name = t.displayName().isBlank() ? t.name() : t.displayName();
        String points = Visible.points(t.points()) + " / " + Visible.points(t.maxPoints());
        String label = String.format("%-9s", b.text());
        String first = "  " + label + " ";
        List<String> lines = TerminalText.wrap(Visible.oneLine(name), WIDTH - 2 - points.length(), first,
                " ".repeat(first.length()));
        for (int i = 0; i < lines.size(); i++) {
            String l = i == 0 ? "  " + paint(tone(b), label) + lines.get(0).substring(first.length() - 1)
                    : lines.get(i);
            line(i == lines.size() - 1 ? l + "  " + paint(DIM, points) : l);
        }
        String reason = withoutStackFrames(Views.reason(t.outcome(), m));
        if (!reason.isEmpty()) {
            wrap(reason, "      " + m.get("terminal.why") + " ", "           ", "");
        }
        String cause = Views.rootCause(t, m);
        if (!cause.isEmpty()) {
            wrap(cause, "      " + m.get("terminal.first") + " ", "           ", "");
        }
        Optional<Counterexample> cx = Views.counterexample(t.outcome());
        cx.ifPresent(c -> wrap(joined(c.sample()) + (c.seed().isEmpty() ? "" : "  (" + m.get("label.seed") + " "
                + c.seed() + ")"), "      " + m.get("terminal.counterexample") + " ", "                      ", ""));
        Views.hint(t, m).ifPresent(h -> wrap(h, "      " + m.get("terminal.hint") + " ", "            ", ""));
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

    /**
     * Word-wraps {@code text} (made visible) to {@link #WIDTH}, the first line after {@code first}, the others
     * after {@code rest}, painted with {@code code}; past {@link #MAX_LINES} lines, one line says how many more
     * the report shows.
     */
    private void wrap(String text, String first, String rest, String code) {
        List<String> lines = TerminalText.wrap(Visible.visible(text).replace('\t', ' '), WIDTH, first, rest);
        int shown = lines.size() > MAX_LINES ? MAX_LINES - 1 : lines.size();
        for (String l : lines.subList(0, shown)) {
            line(code.isEmpty() ? l : paint(code, l));
        }
        if (shown < lines.size()) {
            line(paint(DIM, rest + "(" + (lines.size() - shown) + " more lines in the report)"));
        }
    }

    /** {@code s} cut to {@code width} columns, with an ellipsis when something was cut. */
    static String fit(String s, int width) {
        String v = Visible.visible(s).replace('\n', ' ').replace('\t', ' ');
        if (TerminalText.columns(v) <= width) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int w = TerminalText.columns(cp);
            if (used + w > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('\u2026').toString();
    }

    /** The text without the stack frames of an exception ({@code at ...} lines), which only the report shows. */
    private static String withoutStackFrames(String s) {
        return String.join("\n", Visible.visible(s).strip().lines()
                .filter(l -> !l.strip().startsWith("at ") && !l.strip().matches("\\.\\.\\. \\d+ more")).toList());
    }

    private static String joined(String sample) {
        return String.join("; ", Visible.visible(sample).strip().split("\\s*\\n\\s*"));
    }
}
