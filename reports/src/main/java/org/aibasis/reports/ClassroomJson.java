package org.aibasis.reports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result in the shape GitHub Classroom's autograding runners report ({@code autograding-command-grader} and
 * friends) and {@code autograding-grading-reporter} reads, once base64-encoded into a step output:
 * {@code {version: 1, status, max_score, tests: [{name, status, score, message, test_code, filename, line_no,
 * duration}]}}.
 *
 * <p>Statuses are {@code pass}, {@code fail} and {@code error}: a test is {@code pass} when it passed,
 * {@code fail} when an assertion did not hold, {@code error} when the code threw, timed out or the test did not
 * run. The top-level status is {@code pass} when every test passed, {@code error} when an exercise could not be
 * graded (it did not compile, broke a rule, or is missing: one more entry, worth no points, says why and where)
 * and {@code fail} otherwise. {@code score} is the test's points; {@code max_score} the sum of all tests' points.
 * {@code test_code} is the command that runs the exercise again, {@code duration} milliseconds.
 */
public final class ClassroomJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(ResultJson.prettyPrinter());
    private static final String PASS = "pass";
    private static final String FAIL = "fail";
    private static final String ERROR = "error";

    private ClassroomJson() {
    }

    /**
     * The runner result for {@code result}, ending with a line feed.
     *
     * @param command what a student types to run one exercise again, followed by its id ({@code bin/grader check})
     */
    public static String render(SubmissionResult result, String command) {
        List<Test> tests = new ArrayList<>();
        boolean ungraded = false;
        for (ExerciseResult e : result.exercises()) {
            String id = Visible.oneLine(e.exercise().id());
            String again = command + " " + id;
            if (!(e.status() instanceof ExerciseStatus.Graded)) {
                ungraded = true;
                Diagnostic where = firstPlace(e.status());
                tests.add(new Test(id + ": could not be graded", ERROR, 0, Failures.problems(e), again,
                        Visible.oneLine(where.file()), where.line(), 0));
            }
            for (TestResult t : e.tests()) {
                String status = switch (t.outcome()) {
                    case Outcome.Passed p -> PASS;
                    case Outcome.Failed f -> FAIL;
                    case Outcome.Errored er -> ERROR;
                    case Outcome.TimedOut to -> ERROR;
                    case Outcome.NotRun n -> ERROR;
                };
                String name = Visible.oneLine(t.displayName().isBlank() ? t.name() : t.displayName());
                tests.add(new Test(id + ": " + name, status, t.points(),
                        status.equals(PASS) ? "" : Failures.explain(t), again, "", 0,
                        Durations.of(t).toMillis()));
            }
        }
        boolean allPassed = tests.stream().allMatch(t -> t.status().equals(PASS));
        String status = allPassed ? PASS : ungraded ? ERROR : FAIL;
        try {
            return WRITER.writeValueAsString(new Result(1, status, result.maxScore(), tests)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the GitHub Classroom result", e);
        }
    }

    /** The first diagnostic that names a file, else one that names nothing. */
    private static Diagnostic firstPlace(ExerciseStatus status) {
        List<Diagnostic> diagnostics = switch (status) {
            case ExerciseStatus.CompileError c -> c.diagnostics();
            case ExerciseStatus.Rejected r -> r.violations();
            case ExerciseStatus.Missing m -> List.of();
            case ExerciseStatus.Graded g -> List.of();
        };
        return diagnostics.stream().filter(d -> !d.file().isEmpty()).findFirst()
                .orElse(Diagnostic.general(""));
    }

    @JsonPropertyOrder({"version", "status", "max_score", "tests"})
    private record Result(int version, String status, @JsonProperty("max_score") double maxScore, List<Test> tests) {
    }

    @JsonPropertyOrder({"name", "status", "score", "message", "test_code", "filename", "line_no", "duration"})
    private record Test(String name, String status, double score, String message,
                        @JsonProperty("test_code") String testCode, String filename,
                        @JsonProperty("line_no") long lineNo, long duration) {
    }
}
