package org.aibasis.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * The result in Gradescope's autograder format ({@code results.json}; per submission also written as
 * {@code gradescope.json}), following Gradescope's "Autograder Specifications".
 *
 * <p>The top level has {@code score} (the hidden tests' points), {@code execution_time} (seconds),
 * {@code output} (the terminal summary, without colours), {@code output_format}, {@code visibility},
 * {@code stdout_visibility} and {@code tests}. Each entry of {@code tests} has {@code score}, {@code max_score},
 * {@code status} ({@code passed} or {@code failed}: Gradescope knows no other), {@code name}
 * ({@code <exercise id>: <display name>}), {@code number} (a string, {@code <exercise>.<entry>}), {@code output}
 * (why it did not pass, the counterexample, the hint, what the code printed), {@code output_format}, {@code tags}
 * (exercise id, topic and {@code hidden} or {@code public}) and {@code visibility}.
 *
 * <p>Hidden tests get their exercise's visibility ({@code after_published} unless the exercise says otherwise);
 * the top-level visibility is the most restrictive of them, so the total cannot reveal them earlier. Public tests
 * are {@code visible} and worth no points (they are feedback; the hidden tests grade). An exercise whose tests
 * could not run (a compile error, a forbidden call, missing files) gets one more entry, visible at once and worth
 * no points, that says why, so the student can fix it before the deadline. Outputs are plain text
 * ({@code output_format: text}), so Gradescope shows whatever the student's code printed literally; the
 * autograder's own log ({@code stdout}) is for the instructor only.
 */
public final class GradescopeJson {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(ResultJson.prettyPrinter());
    private static final String TEXT = "text";
    private static final String PASSED = "passed";
    private static final String FAILED = "failed";

    /** Gradescope's visibility settings, least visible first. */
    public enum Visibility {
        /** Never shown to students. */
        HIDDEN("hidden"),
        /** Shown once the due date (and any late due date) has passed. */
        AFTER_DUE_DATE("after_due_date"),
        /** Shown once the instructor publishes the grades. */
        AFTER_PUBLISHED("after_published"),
        /** Shown at once. */
        VISIBLE("visible");

        private final String label;

        Visibility(String label) {
            this.label = label;
        }

        /** The value Gradescope reads. */
        public String label() {
            return label;
        }

        /** The visibility named {@code label}, as Gradescope spells it. */
        public static Optional<Visibility> of(String label) {
            return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
        }
    }

    /**
     * How one run is reported.
     *
     * @param hiddenTests   the visibility of each exercise's hidden tests, by exercise id
     * @param executionTime how long grading took
     */
    public record Settings(Function<String, Visibility> hiddenTests, Duration executionTime) {
        public Settings {
            Objects.requireNonNull(hiddenTests, "hiddenTests");
            Objects.requireNonNull(executionTime, "executionTime");
        }

        /** Hidden tests {@code after_published}, no time measured. */
        public static Settings defaults() {
            return new Settings(id -> Visibility.AFTER_PUBLISHED, Duration.ZERO);
        }
    }

    private GradescopeJson() {
    }

    /** The Gradescope results of the hidden tests alone, with {@link Settings#defaults()}, ending with a line feed. */
    public static String render(SubmissionResult graded) {
        return render(graded, new SubmissionResult(graded.submission(), List.of()), Settings.defaults());
    }

    /**
     * The Gradescope results, ending with a line feed.
     *
     * @param graded      the hidden tests' result: the score
     * @param publicTests the public tests' result on the same submission (no exercises when they did not run)
     */
    public static String render(SubmissionResult graded, SubmissionResult publicTests, Settings settings) {
        Map<String, ExerciseResult> publicById = new LinkedHashMap<>();
        publicTests.exercises().forEach(e -> publicById.putIfAbsent(e.exercise().id(), e));
        List<Test> tests = new ArrayList<>();
        Visibility top = Visibility.VISIBLE;
        int exerciseNumber = 0;
        for (ExerciseResult e : graded.exercises()) {
            exerciseNumber++;
            Visibility hidden = settings.hiddenTests().apply(e.exercise().id());
            top = hidden.compareTo(top) < 0 ? hidden : top;
            Entries entries = new Entries(e, exerciseNumber, tests);
            String problems = Failures.problems(e);
            if (!(e.status() instanceof ExerciseStatus.Graded)) {
                entries.add("could not be graded", 0, 0, FAILED, problems, "status", Visibility.VISIBLE);
            }
            ExerciseResult publicResult = publicById.get(e.exercise().id());
            if (publicResult != null && publicResult.status() instanceof ExerciseStatus.Graded) {
                for (TestResult t : publicResult.tests()) {
                    entries.add("public test " + display(t), 0, 0, status(t), Failures.explain(t), "public",
                            Visibility.VISIBLE);
                }
            }
            for (TestResult t : e.tests()) {
                boolean passed = t.outcome() instanceof Outcome.Passed;
                String output = Failures.explain(t) + (passed || problems.isEmpty() ? "" : "\n\n" + problems);
                entries.add(display(t), t.points(), t.maxPoints(), status(t), output, "hidden", hidden);
            }
        }
        Results r = new Results(graded.score(), Math.round(settings.executionTime().toMillis() / 1000.0),
                TerminalSummary.render(graded, false), TEXT, top.label(), Visibility.HIDDEN.label(), tests);
        try {
            return WRITER.writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Gradescope results", e);
        }
    }

    private static String display(TestResult t) {
        return Visible.oneLine(t.displayName().isBlank() ? t.name() : t.displayName());
    }

    private static String status(TestResult t) {
        return t.outcome() instanceof Outcome.Passed ? PASSED : FAILED;
    }

    /** Numbers an exercise's entries {@code <exercise>.1}, {@code <exercise>.2}, ... as they are added. */
    private static final class Entries {
        private final ExerciseResult exercise;
        private final int number;
        private final List<Test> tests;
        private int next = 1;

        Entries(ExerciseResult exercise, int number, List<Test> tests) {
            this.exercise = exercise;
            this.number = number;
            this.tests = tests;
        }

        void add(String name, double score, double maxScore, String status, String output, String kind,
                 Visibility visibility) {
            String id = Visible.oneLine(exercise.exercise().id());
            tests.add(new Test(score, maxScore, status, id + ": " + name, number + "." + next++, output, TEXT,
                    List.of(id, Visible.oneLine(exercise.exercise().topic()), kind), visibility.label()));
        }
    }

    @JsonPropertyOrder({"score", "execution_time", "output", "output_format", "visibility", "stdout_visibility",
            "tests"})
    private record Results(double score, @JsonProperty("execution_time") long executionTime, String output,
                           @JsonProperty("output_format") String outputFormat, String visibility,
                           @JsonProperty("stdout_visibility") String stdoutVisibility, List<Test> tests) {
    }

    @JsonPropertyOrder({"score", "max_score", "status", "name", "number", "output", "output_format", "tags",
            "visibility"})
    private record Test(double score, @JsonProperty("max_score") double maxScore, String status, String name,
                        String number, String output, @JsonProperty("output_format") String outputFormat,
                        List<String> tags, String visibility) {
    }
}
