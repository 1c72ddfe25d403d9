package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result in Gradescope's autograder format ({@code results.json}; written as {@code gradescope.json}).
 *
 * <p>The top level has {@code score}, {@code output} (the terminal summary, without colours), {@code output_format},
 * {@code visibility} and {@code tests}; each test {@code name} ({@code <exercise id>: <display name>}),
 * {@code score}, {@code max_score}, {@code status} ({@code passed} or {@code failed}: Gradescope knows no other),
 * {@code output} (why it did not pass, the counterexample, the hint, what the code printed), {@code output_format}
 * and {@code visibility}. Outputs are plain text ({@code output_format: text}), so Gradescope shows whatever the
 * student's code printed literally. Everything is visible to the student.
 */
public final class GradescopeJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(ResultJson.prettyPrinter());
    private static final String VISIBLE = "visible";
    private static final String TEXT = "text";

    private GradescopeJson() {
    }

    /** The Gradescope results for {@code result}, ending with a line feed. */
    public static String render(SubmissionResult result) {
        List<Test> tests = new ArrayList<>();
        for (ExerciseResult e : result.exercises()) {
            String problems = Failures.problems(e);
            for (TestResult t : e.tests()) {
                boolean passed = t.outcome() instanceof Outcome.Passed;
                String output = Failures.explain(t) + (passed || problems.isEmpty() ? "" : "\n\n" + problems);
                String display = t.displayName().isBlank() ? t.name() : t.displayName();
                tests.add(new Test(Text.oneLine(e.exercise().id()) + ": " + Text.oneLine(display), t.points(),
                        t.maxPoints(), passed ? "passed" : "failed", output, TEXT, VISIBLE));
            }
        }
        Results r = new Results(result.score(), TerminalSummary.render(result, false), TEXT, VISIBLE, tests);
        try {
            return WRITER.writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Gradescope results", e);
        }
    }

    @JsonPropertyOrder({"score", "output", "output_format", "visibility", "tests"})
    private record Results(double score, String output, @JsonProperty("output_format") String outputFormat,
                           String visibility, List<Test> tests) {
    }

    @JsonPropertyOrder({"name", "score", "max_score", "status", "output", "output_format", "visibility"})
    private record Test(String name, double score, @JsonProperty("max_score") double maxScore, String status,
                        String output, @JsonProperty("output_format") String outputFormat, String visibility) {
    }
}
