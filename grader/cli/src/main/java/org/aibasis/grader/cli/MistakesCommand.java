package org.aibasis.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.run.TestListener;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mistakes}: the course authors' check that the hidden tests catch and name every known mistake. */
@Command(name = "mistakes", mixinStandardHelpOptions = true,
        description = {"Grade every mistake fixture (solutions/<id>/mistakes/<name>.yaml + .diff: the reference "
                + "solution with one realistic mistake) and check that it loses points, that every test it lists "
                + "fails, and that their feedback contains its phrase.",
                "Exit codes: 0 every fixture is caught and named; 1 some fixture is not; 2 bad usage; "
                        + "3 a fixture is broken (e.g. its diff no longer applies)."})
final class MistakesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GradingOptions grading;

    @Option(names = "--exercise", paramLabel = "ID", description = "Only this exercise's fixtures (repeatable).")
    List<String> exercises = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each fixture's reports to "
            + "DIR/<exercise>--<fixture>/. Default: none are kept.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--jobs", paramLabel = "N", description = "Fixtures graded at once (1.." + Jobs.MAX + "). Default: "
            + "the number of processors (at most " + Jobs.MAX + ").")
    Optional<Integer> jobs = Optional.empty();

    /** What one fixture got, and what it was expected to get but did not. */
    record Verdict(MistakeFixture fixture, ExerciseResult result, List<String> problems) {
    }

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        Set<String> only = Selection.exercises(course, exercises);
        int n = Jobs.count(jobs);
        List<MistakeFixture> fixtures = course.exercises().stream()
                .filter(e -> only.isEmpty() || only.contains(e.id()))
                .flatMap(e -> MistakeFixture.of(e).stream()).toList();
        if (fixtures.isEmpty()) {
            System.out.println("No mistake fixtures" + (only.isEmpty() ? "" : " for " + String.join(", ", only))
                    + " (solutions/<id>/mistakes/<name>.yaml with <name>.diff).");
            return 0;
        }
        out = out.map(dir -> OutputFolder.prepare(dir, false));
        Path scratch = Files.createTempDirectory("grader-mistakes-");
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try (Grader grader = new Grader(course, n, grading.seed)) {
            Progress progress = new Progress(System.err, "fixtures", fixtures.size(), CommonOptions.interactive());
            List<Future<Verdict>> futures = new ArrayList<>();
            for (MistakeFixture f : fixtures) {
                // a broken fixture fails the course here, before any grading
                Set<String> tests = grader.plan(f.exercise()).stream().map(t -> t.ref().name())
                        .collect(Collectors.toSet());
                f.mustFail().stream().filter(t -> !tests.contains(t)).findFirst().ifPresent(t -> {
                    throw new CourseException(f.diff().resolveSibling(f.name() + ".yaml") + ": mustFail names '"
                            + t + "', which is not a hidden test of " + f.exercise().id());
                });
                Path root = scratch.resolve(f.exercise().id() + "--" + f.name());
                f.writeSubmission(root);
                futures.add(threads.submit(() -> {
                    Verdict v = grade(grader, f, root);
                    progress.step(f.exercise().id() + "/" + f.name() + (v.problems().isEmpty() ? " caught" : " MISSED"));
                    return v;
                }));
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (Future<Verdict> future : futures) {
                verdicts.add(future.get());
            }
            progress.finish();
            print(verdicts);
            return verdicts.stream().allMatch(v -> v.problems().isEmpty()) ? 0 : 1;
        } finally {
            threads.shutdownNow();
            Cleanup.delete(scratch);
        }
    }

    private Verdict grade(Grader grader, MistakeFixture f, Path root) throws Exception {
        Exercise exercise = f.exercise();
        String name = exercise.id() + "--" + f.name();
        SubmissionResult result = grader.grade(new Submission(name, root), Set.of(exercise.id()), TestListener.NONE);
        if (out.isPresent()) {
            ReportFiles.writeSubmission(result, out.get().resolve(name));
        }
        ExerciseResult r = result.exercises().get(0);
        Map<String, TestResult> byName = r.tests().stream()
                .collect(Collectors.toMap(TestResult::name, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (String test : f.mustFail()) {
            if (byName.get(test).outcome() instanceof Outcome.Passed) {
                problems.add(test + " passed");
            }
        }
        if (!(r.status() instanceof ExerciseStatus.Graded)) {
            // the compiler or the policy would then be what catches it, not the tests the fixture is there to check
            problems.add("the mistake was not graded (" + r.status().label() + "): a fixture must compile and "
                    + "pass the policy; fix the diff");
        }
        if (r.score() >= r.maxScore()) {
            problems.add("lost no points (" + r.status().label() + ")");
        }
        String phrase = f.feedback().toLowerCase(Locale.ROOT);
        boolean named = f.mustFail().stream().map(byName::get)
                .anyMatch(t -> feedbackOf(t).toLowerCase(Locale.ROOT).contains(phrase));
        if (!named) {
            problems.add("no failing test's message or hint contains \"" + f.feedback() + "\"");
        }
        return new Verdict(f, r, problems);
    }

    private static String feedbackOf(TestResult t) {
        String message = switch (t.outcome()) {
            case Outcome.Failed failed -> failed.message();
            case Outcome.Errored errored -> errored.message();
            case Outcome.NotRun notRun -> notRun.reason();
            case Outcome.TimedOut timedOut -> "";
            case Outcome.Passed passed -> "";
        };
        return message + "\n" + t.hint().orElse("");
    }

    private static void print(List<Verdict> verdicts) {
        System.out.printf("%-24s %-32s %9s  %s%n", "exercise", "mistake", "score", "verdict");
        for (Verdict v : verdicts) {
            System.out.printf("%-24s %-32s %9s  %s%n", v.fixture().exercise().id(), v.fixture().name(),
                    Numbers.points(v.result().score()) + "/" + Numbers.points(v.result().maxScore()),
                    v.problems().isEmpty() ? "caught and named" : "NOT CAUGHT: " + String.join("; ", v.problems()));
        }
        long missed = verdicts.stream().filter(v -> !v.problems().isEmpty()).count();
        System.out.println(missed == 0 ? "All " + verdicts.size() + " mistake fixtures are caught and named."
                : missed + " of " + verdicts.size() + " mistake fixtures are not caught or not named.");
    }
}
