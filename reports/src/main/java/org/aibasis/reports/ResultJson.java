package org.aibasis.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/**
 * The result JSON of one submission ({@code result.json}), in the schema the README documents, and its reader.
 *
 * <p>Fields appear in the documented order: {@code submission, source, folder, score, maxScore, exercises[],
 * inputs}, where {@code source} (the file or folder the submission came from), {@code folder} (where its reports
 * are, relative to the class's output folder) and {@code inputs} ({@code submission} and {@code course}: digests
 * of what was graded, for {@code batch --resume}) appear only when known; per exercise
 * {@code id, title, titleZh, topic, score, maxScore, status, diagnostics[], tests[]} ({@code titleZh} and
 * {@code topic} only when there is one); per diagnostic {@code file, line, column, message, sourceLine}; per test
 * {@code name, points, maxPoints, outcome, message}, {@code limitMs} (only for a test that timed out: its time
 * limit in milliseconds), then {@code hint} (only for a test that did not pass), {@code counterexample} and
 * {@code seed} (only for a falsified property), {@code originalSample} (the sample before shrinking, when it
 * differs) and {@code failedPrerequisites} (only for a test that did not pass and builds, by
 * {@code @DependsOn}, on tests that did not pass either: their names), {@code hintZh} (the hint in Chinese, when
 * there is one), {@code durationMs} (how long it ran, when it
 * took a millisecond or more) and {@code figures} (only when the test published any: {@code id, title, titleZh,
 * xLabel, yLabel, x[], series[]} with per series {@code name, source, y[], band[]}; a value the code did not
 * produce is the string {@code "NaN"}).
 *
 * <p>An exercise's {@code diagnostics} lists, in this order, what its status is about (the compile errors, the
 * violations, or for a missing exercise the reason as a diagnostic without a file) and then its notes. A test's
 * {@code message} is the assertion's or exception's message, the time limit in words for a test that timed out,
 * and the reason for a test that did not run; empty for a test that passed. A file written before {@code limitMs}
 * existed gives a timed-out test's limit only in its (English) message, from which {@link #read} takes it.
 *
 * <p>The schema does not carry a test's display name, what the student's code printed, or which diagnostics
 * of a compile error or rejection are notes; {@link #read} fills these with the test's name, empty text and the
 * status's diagnostics. Scores are recomputed from each test's outcome
 * and {@code maxPoints}. Everything else comes back as it was written.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
    private static final Pattern LIMIT = Pattern.compile("within (\\d+(?:\\.\\d+)?) s\\b");

    private ResultJson() {
    }

    /** The result as pretty-printed JSON, ending with a line feed. */
    public static String render(SubmissionResult result) {
        try {
            return WRITER.writeValueAsString(Json.of(result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result JSON", e);
        }
    }

    /**
     * Reads a result JSON back.
     *
     * @throws IOException if the text is not JSON, or lacks a required field ({@code submission}, {@code exercises},
     *                     an exercise's {@code id}, {@code status} or {@code tests}, a test's {@code name},
     *                     {@code maxPoints} or {@code outcome}), or names an unknown status or outcome
     */
    public static SubmissionResult read(String json) throws IOException {
        return MAPPER.readValue(json, Json.class).toModel();
    }

    /** Reads a result JSON file back, as {@link #read(String)} does; the exception names the file. */
    public static SubmissionResult read(Path file) throws IOException {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The text that a test's {@code message} gives for a time limit. */
    static String timedOutMessage(Duration limit) {
        return "did not finish within " + seconds(limit) + " s; the test was stopped";
    }

    /** A time limit in seconds, without trailing zeros: {@code 2.5}. */
    static String seconds(Duration limit) {
        return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** The limit in a message of a file older than {@code limitMs}; zero when it names none. */
    private static Duration legacyLimit(String message) {
        Matcher m = LIMIT.matcher(message);
        if (!m.find()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(new BigDecimal(m.group(1)).movePointRight(3).longValue());
    }

    /** Two-space indents, {@code "name": value}, one array element per line: the layout of every JSON file. */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static String text(String s) {
        return Visible.encodable(s);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @JsonPropertyOrder({"submission", "source", "folder", "score", "maxScore", "exercises", "inputs"})
    private record Json(@JsonProperty(required = true) String submission,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) String source,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) String folder, double score, double maxScore,
                        @JsonProperty(required = true) List<JsonExercise> exercises,
                        @JsonInclude(JsonInclude.Include.NON_NULL) JsonInputs inputs) {
        static Json of(SubmissionResult r) {
            Provenance p = r.provenance();
            boolean hashed = !p.submissionHash().isEmpty() || !p.courseHash().isEmpty();
            return new Json(text(r.submission()), text(p.source()), text(p.folder()), r.score(), r.maxScore(),
                    r.exercises().stream().map(JsonExercise::of).toList(),
                    hashed ? new JsonInputs(p.submissionHash(), p.courseHash()) : null);
        }

        SubmissionResult toModel() throws IOException {
            List<ExerciseResult> results = new ArrayList<>();
            for (JsonExercise e : exercises) {
                results.add(e.toModel());
            }
            JsonInputs in = inputs == null ? new JsonInputs("", "") : inputs;
            return new SubmissionResult(submission, results, new Provenance(source == null ? "" : source,
                    folder == null ? "" : folder, in.submission() == null ? "" : in.submission(),
                    in.course() == null ? "" : in.course()));
        }
    }

    @JsonPropertyOrder({"submission", "course"})
    private record JsonInputs(String submission, String course) {
    }

    @JsonPropertyOrder({"id", "title", "titleZh", "topic", "score", "maxScore", "status", "diagnostics", "tests"})
    private record JsonExercise(@JsonProperty(required = true) String id, String title,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) String titleZh,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) String topic, double score,
                                double maxScore, @JsonProperty(required = true) String status,
                                List<JsonDiagnostic> diagnostics,
                                @JsonProperty(required = true) List<JsonTest> tests) {
        static JsonExercise of(ExerciseResult e) {
            List<Diagnostic> diagnostics = new ArrayList<>(switch (e.status()) {
                case ExerciseStatus.Graded g -> List.<Diagnostic>of();
                case ExerciseStatus.CompileError c -> c.diagnostics();
                case ExerciseStatus.Rejected r -> r.violations();
                case ExerciseStatus.Missing m -> List.of(Diagnostic.general(m.reason()));
            });
            diagnostics.addAll(e.notes());
            return new JsonExercise(text(e.exercise().id()), text(e.exercise().title()),
                    text(e.exercise().titleZh()), text(e.exercise().topic()), e.score(), e.maxScore(),
                    e.status().label(), diagnostics.stream().map(JsonDiagnostic::of).toList(),
                    e.tests().stream().map(JsonTest::of).toList());
        }

        ExerciseResult toModel() throws IOException {
            List<Diagnostic> all = orEmpty(diagnostics).stream().map(JsonDiagnostic::toModel).toList();
            List<Diagnostic> notes = List.of();
            ExerciseStatus s = switch (status) {
                case "graded" -> {
                    notes = all;
                    yield new ExerciseStatus.Graded();
                }
                case "compile-error" -> new ExerciseStatus.CompileError(all);
                case "rejected" -> new ExerciseStatus.Rejected(all);
                case "missing" -> {
                    notes = all.isEmpty() ? List.of() : all.subList(1, all.size());
                    yield new ExerciseStatus.Missing(all.isEmpty() ? "" : all.get(0).message());
                }
                default -> throw new IOException("exercise '" + id + "': unknown status '" + status
                        + "' (expected graded, compile-error, missing or rejected)");
            };
            List<TestResult> results = new ArrayList<>();
            for (JsonTest t : tests) {
                results.add(t.toModel(id));
            }
            // the topic is kept so that reports written again from this file (resume, merge) tag tests the same
            return new ExerciseResult(new ExerciseInfo(id, title == null ? id : title, topic == null ? "" : topic,
                    titleZh == null ? "" : titleZh), s, results, notes);
        }
    }

    @JsonPropertyOrder({"file", "line", "column", "message", "sourceLine"})
    private record JsonDiagnostic(String file, long line, long column, String message, String sourceLine) {
        static JsonDiagnostic of(Diagnostic d) {
            return new JsonDiagnostic(text(d.file()), d.line(), d.column(), text(d.message()), text(d.sourceLine()));
        }

        Diagnostic toModel() {
            return new Diagnostic(file == null ? "" : file, Math.max(0, line), Math.max(0, column),
                    message == null ? "" : message, sourceLine == null ? "" : sourceLine);
        }
    }

    @JsonPropertyOrder({"name", "points", "maxPoints", "outcome", "message", "limitMs", "hint", "counterexample",
            "seed",
            "originalSample", "failedPrerequisites", "durationMs", "figures", "hintZh", "displayName", "output"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record JsonTest(@JsonProperty(required = true) String name, String displayName, double points,
                            @JsonProperty(required = true) Double maxPoints,
                            @JsonProperty(required = true) String outcome, String message, Long limitMs,
                            String hint, String counterexample, String seed, String originalSample,
                            List<String> failedPrerequisites, Long durationMs, List<Figure> figures,
                            String hintZh, String output) {
        static JsonTest of(TestResult t) {
            Outcome o = t.outcome();
            String message = switch (o) {
                case Outcome.Passed p -> "";
                case Outcome.Failed f -> f.message();
                case Outcome.Errored e -> e.message();
                case Outcome.TimedOut to -> timedOutMessage(to.limit());
                case Outcome.NotRun n -> n.reason();
            };
            Optional<Counterexample> cx = switch (o) {
                case Outcome.Failed f -> f.counterexample();
                case Outcome.Errored e -> e.counterexample();
                default -> Optional.empty();
            };
            boolean passed = o instanceof Outcome.Passed;
            // the display name and output only when they say more, so that the reports read back are the same
            return new JsonTest(text(t.name()), t.displayName().equals(t.name()) ? null : text(t.displayName()),
                    t.points(), t.maxPoints(), o.label(), text(message),
                    o instanceof Outcome.TimedOut to ? to.limit().toMillis() : null,
                    passed ? null : t.hint().map(ResultJson::text).orElse(null),
                    cx.map(c -> text(c.sample())).orElse(null), cx.map(c -> text(c.seed())).orElse(null),
                    cx.flatMap(Counterexample::originalSample).map(ResultJson::text).orElse(null),
                    t.failedPrerequisites().isEmpty() ? null
                            : t.failedPrerequisites().stream().map(ResultJson::text).toList(),
                    t.durationMs() == 0 ? null : t.durationMs(), t.figures().isEmpty() ? null : t.figures(),
                    passed ? null : t.hintZh().map(ResultJson::text).orElse(null),
                    t.output().isEmpty() ? null : text(t.output()));
        }

        private Duration limit(String exercise) throws IOException {
            if (limitMs < 0) {
                throw new IOException("exercise '" + exercise + "', test '" + name + "': limitMs must be >= 0");
            }
            return Duration.ofMillis(limitMs);
        }

        TestResult toModel(String exercise) throws IOException {
            String msg = message == null ? "" : message;
            Optional<Counterexample> cx = counterexample == null ? Optional.empty()
                    : Optional.of(new Counterexample(counterexample, seed == null ? "" : seed,
                            Optional.ofNullable(originalSample)));
            Outcome o = switch (outcome) {
                case "passed" -> new Outcome.Passed();
                case "failed" -> new Outcome.Failed(msg, cx);
                case "errored" -> new Outcome.Errored(msg, cx);
                case "timed-out" -> new Outcome.TimedOut(limitMs == null ? legacyLimit(msg) : limit(exercise));
                case "not-run" -> new Outcome.NotRun(msg);
                default -> throw new IOException("exercise '" + exercise + "', test '" + name
                        + "': unknown outcome '" + outcome + "' (expected passed, failed, errored, timed-out or "
                        + "not-run)");
            };
            if (maxPoints == null || maxPoints < 0) {
                throw new IOException("exercise '" + exercise + "', test '" + name + "': maxPoints must be a "
                        + "number >= 0");
            }
            if (durationMs != null && durationMs < 0) {
                throw new IOException("exercise '" + exercise + "', test '" + name + "': durationMs must be >= 0");
            }
            return new TestResult(name, displayName == null ? name : displayName, maxPoints, o,
                    Optional.ofNullable(hint), output == null ? "" : output, orEmpty(failedPrerequisites),
                    durationMs == null ? 0 : durationMs, orEmpty(figures), Optional.ofNullable(hintZh));
        }
    }
}
