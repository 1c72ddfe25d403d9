package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result as a PrairieLearn external grader's {@code /grade/results/results.json}: {@code gradable},
 * {@code score} (a fraction in [0, 1]), {@code message}, {@code output} and {@code tests} with {@code name},
 * {@code description}, {@code points}, {@code max_points}, {@code message} and {@code output}, which the
 * {@code <pl-external-grader-results>} element shows.
 *
 * <p>A submission that does not compile, or lacks the exercise's files, is not gradable ({@code gradable: false}
 * with the problems as {@code format_errors}): PrairieLearn then neither awards nor deducts anything and does not
 * count the attempt. Code that breaks a rule (a forbidden call) is gradable and scores 0 with the reason. Texts
 * are bounded, far below PrairieLearn's 1 MB limit.
 */
public final class PrairieLearnJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(ResultJson.prettyPrinter());

    private PrairieLearnJson() {
    }

    /** The PrairieLearn results for {@code result}, ending with a line feed. */
    public static String render(SubmissionResult result) {
        List<Test> tests = new ArrayList<>();
        List<String> formatErrors = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            String problems = Failures.problems(e);
            boolean gradable = switch (e.status()) {
                case ExerciseStatus.Graded g -> true;
                case ExerciseStatus.Rejected r -> true;
                case ExerciseStatus.CompileError c -> false;
                case ExerciseStatus.Missing m -> false;
            };
            if (!gradable) {
                formatErrors.add(e.exercise().id() + ": " + problems);
            }
            for (TestResult t : e.tests()) {
                boolean passed = t.outcome() instanceof Outcome.Passed;
                String reason = Views.reason(t.outcome(), Messages.english()).strip();
                String message = passed ? "passed" : Views.badge(t.outcome(), Messages.english()).text()
                        + (reason.isEmpty() ? "" : ": " + Visible.bounded(reason, Visible.SHORT_LIMIT));
                String output = passed ? "" : Failures.explain(t) + (problems.isEmpty() ? "" : "\n\n" + problems);
                String name = Visible.oneLine(t.displayName().isBlank() ? t.name() : t.displayName());
                tests.add(new Test(name, Visible.oneLine(e.exercise().title() + " (" + e.exercise().id() + "), "
                        + t.name()), t.points(), t.maxPoints(), message, output));
            }
        }
        double max = result.maxScore();
        double fraction = max > 0 ? Math.min(1, Math.max(0, result.score() / max)) : 0;
        String message = Visible.points(result.score()) + " / " + Visible.points(max) + " points"
                + (formatErrors.isEmpty() ? "" : "; the submission could not be graded: fix the problems below "
                + "and submit again (this attempt does not count)");
        Results r = new Results(formatErrors.isEmpty(), fraction, message, TerminalSummary.render(result, false),
                tests, formatErrors.isEmpty() ? null : formatErrors);
        try {
            return WRITER.writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the PrairieLearn results", e);
        }
    }

    @JsonPropertyOrder({"gradable", "score", "message", "output", "tests", "format_errors"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Results(boolean gradable, double score, String message, String output, List<Test> tests,
                           @JsonProperty("format_errors") List<String> formatErrors) {
    }

    @JsonPropertyOrder({"name", "description", "points", "max_points", "message", "output"})
    private record Test(String name, String description, double points, @JsonProperty("max_points") double maxPoints,
                        String message, String output) {
    }
}
