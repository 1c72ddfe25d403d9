package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/** Reading the result JSON back gives the result that was written, up to what the schema does not carry. */
class ResultJsonProperties {

    @Property(seed = "7345001", tries = 300, edgeCases = EdgeCasesMode.NONE)
    void readingWhatWasWrittenGivesTheResultBack(@ForAll("results") SubmissionResult result) throws IOException {
        String json = ResultJson.render(result);
        SubmissionResult back = ResultJson.read(json);

        assertThat(back).isEqualTo(asTheSchemaCarriesIt(result));
        assertThat(back.score()).isEqualTo(result.score());
        assertThat(back.maxScore()).isEqualTo(result.maxScore());
        assertThat(ResultJson.render(back)).isEqualTo(json);
    }

    @Property(seed = "7345002", tries = 100, edgeCases = EdgeCasesMode.NONE)
    void classStatisticsFromFilesEqualThoseFromResults(@ForAll("results") SubmissionResult a,
                                                       @ForAll("results") SubmissionResult b) throws IOException {
        List<SubmissionResult> fromFiles = List.of(ResultJson.read(ResultJson.render(a)),
                ResultJson.read(ResultJson.render(b)));
        ClassStatistics direct = ClassStatistics.of(List.of(a, b));
        ClassStatistics read = ClassStatistics.of(fromFiles);

        assertThat(read.mean()).isEqualTo(direct.mean());
        assertThat(read.histogram(10)).isEqualTo(direct.histogram(10));
        assertThat(read.exercises()).isEqualTo(direct.exercises());
        assertThat(GradebookCsv.render(fromFiles)).isEqualTo(GradebookCsv.render(List.of(a, b)));
    }

    /**
     * What the schema keeps: a hint only for a test that
     * did not pass; a compile error's or rejection's notes among its diagnostics; time limits in milliseconds.
     */
    static SubmissionResult asTheSchemaCarriesIt(SubmissionResult r) {
        List<ExerciseResult> exercises = new ArrayList<>();
        for (ExerciseResult e : r.exercises()) {
            List<Diagnostic> notes = e.notes();
            ExerciseStatus status = switch (e.status()) {
                case ExerciseStatus.CompileError c -> {
                    List<Diagnostic> all = new ArrayList<>(c.diagnostics());
                    all.addAll(notes);
                    notes = List.of();
                    yield new ExerciseStatus.CompileError(all);
                }
                case ExerciseStatus.Rejected rj -> {
                    List<Diagnostic> all = new ArrayList<>(rj.violations());
                    all.addAll(notes);
                    notes = List.of();
                    yield new ExerciseStatus.Rejected(all);
                }
                default -> e.status();
            };
            List<TestResult> tests = e.tests().stream().map(t -> new TestResult(t.name(), t.displayName(),
                    t.maxPoints(), t.outcome(), t.outcome() instanceof Outcome.Passed ? Optional.empty() : t.hint(),
                    t.output())).toList();
            ExerciseInfo info = new ExerciseInfo(e.exercise().id(), e.exercise().title(), e.exercise().topic());
            exercises.add(new ExerciseResult(info, status,
                    tests, notes));
        }
        return new SubmissionResult(r.submission(), exercises, r.provenance());
    }

    @Provide
    Arbitrary<SubmissionResult> results() {
        Arbitrary<Provenance> provenance = Combinators.combine(text(), text(), text(), text()).as(Provenance::new);
        return Combinators.combine(text(), exercise().list().ofMaxSize(4), provenance).as(SubmissionResult::new);
    }

    private Arbitrary<ExerciseResult> exercise() {
        Arbitrary<ExerciseInfo> info = Combinators.combine(text(), text(), text()).as(ExerciseInfo::new);
        return Combinators.combine(info, status(), test().list().ofMaxSize(5), diagnostic().list().ofMaxSize(2))
                .as(ExerciseResult::new);
    }

    private Arbitrary<ExerciseStatus> status() {
        return Arbitraries.oneOf(
                Arbitraries.just(new ExerciseStatus.Graded()),
                diagnostic().list().ofMaxSize(3).map(ExerciseStatus.CompileError::new),
                diagnostic().list().ofMaxSize(3).map(ExerciseStatus.Rejected::new),
                text().map(ExerciseStatus.Missing::new));
    }

    private Arbitrary<TestResult> test() {
        Arbitrary<Double> points = Arbitraries.doubles().between(0, 100).map(d -> d + 0.0);
        return Combinators.combine(text(), text(), points, outcome(), text().optional(), text())
                .as(TestResult::new);
    }

    private Arbitrary<Outcome> outcome() {
        Arbitrary<Optional<Counterexample>> cx = Combinators.combine(text(), text(), text().optional())
                .as(Counterexample::new).optional();
        return Arbitraries.oneOf(
                Arbitraries.just(new Outcome.Passed()),
                Combinators.combine(text(), cx).as(Outcome.Failed::new),
                Combinators.combine(text(), cx).as(Outcome.Errored::new),
                Arbitraries.longs().between(0, 3_600_000).map(ms -> new Outcome.TimedOut(Duration.ofMillis(ms))),
                text().map(Outcome.NotRun::new));
    }

    private Arbitrary<Diagnostic> diagnostic() {
        Arbitrary<Long> number = Arbitraries.longs().between(0, 100_000);
        return Combinators.combine(text(), number, number, text(), text()).as(Diagnostic::new);
    }

    /** Any text a student or a course could produce: quotes, escapes, controls, CJK, emoji, hostile markup. */
    private static Arbitrary<String> text() {
        Arbitrary<String> chars = Arbitraries.strings().withCharRange(' ', '~')
                .withChars('\n', '\t', '\r', '"', '\\', '\u001b', '\u0000', '\u2028', '\u00e9', '\u4e2d')
                .ofMaxLength(24);
        return Arbitraries.frequencyOf(
                Tuple.of(8, chars),
                Tuple.of(1, Arbitraries.of("", "\ud83d\ude00 ok", Fixtures.HOSTILE)));
    }
}
