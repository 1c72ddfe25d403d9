package org.aibasis.reports;

import java.util.Optional;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.TestResult;

/** Plain-text explanations for formats that carry one text per test or exercise (Gradescope, JUnit XML). */
final class Failures {
    private Failures() {
    }

    /** Why the test did not pass, the counterexample, the hint and the output, bounded; {@code passed} if it did. */
    static String explain(TestResult t) {
        Outcome o = t.outcome();
        if (o instanceof Outcome.Passed) {
            return "passed";
        }
        StringBuilder sb = new StringBuilder(Views.badge(o, Messages.english()).text());
        String reason = Views.reason(o, Messages.english()).strip();
        if (!reason.isEmpty()) {
            sb.append(": ").append(Visible.bounded(reason));
        }
        String cause = Views.rootCause(t, Messages.english());
        if (!cause.isEmpty()) {
            sb.append("\n\nThis test ").append(Visible.bounded(cause)).append('.');
        }
        Optional<Counterexample> cx = Views.counterexample(o);
        cx.ifPresent(c -> {
            sb.append("\n\nCounterexample").append(c.seed().isEmpty() ? "" : " (seed " + Visible.oneLine(c.seed())
                    + ")").append(":\n").append(Visible.bounded(c.sample().strip()));
            c.originalSample().filter(s -> !s.equals(c.sample())).ifPresent(s -> sb.append("\n\nBefore shrinking:\n")
                    .append(Visible.bounded(s.strip())));
        });
        t.hint().ifPresent(h -> sb.append("\n\nHint: ").append(Visible.bounded(h.strip())));
        if (!t.output().isBlank()) {
            sb.append("\n\nYour code printed:\n").append(Visible.bounded(t.output().stripTrailing()));
        }
        return sb.toString();
    }

    /** The compile errors, violations or reason that kept an exercise's tests from running; empty when graded. */
    static String problems(ExerciseResult e) {
        StringBuilder sb = new StringBuilder();
        switch (e.status()) {
            case ExerciseStatus.Graded g -> {
            }
            case ExerciseStatus.CompileError c -> {
                sb.append("The code does not compile:");
                c.diagnostics().forEach(d -> sb.append("\n\n").append(Views.source(d).text()));
            }
            case ExerciseStatus.Rejected r -> {
                sb.append("The code uses something graded code may not use:");
                r.violations().forEach(d -> sb.append("\n\n").append(Views.source(d).text()));
            }
            case ExerciseStatus.Missing m -> sb.append("The exercise is missing: ").append(Visible.bounded(m.reason()));
        }
        for (Diagnostic note : e.notes()) {
            sb.append(sb.isEmpty() ? "" : "\n\n").append("Note: ").append(Views.source(note).text());
        }
        return sb.toString();
    }
}
