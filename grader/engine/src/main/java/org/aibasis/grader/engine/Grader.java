package org.aibasis.grader.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aibasis.grader.compile.CompileCache;
import org.aibasis.grader.compile.Compiled;
import org.aibasis.grader.compile.InMemoryCompiler;
import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.course.SharedLibrary;
import org.aibasis.grader.inspect.BytecodeScanner;
import org.aibasis.grader.inspect.Policy;
import org.aibasis.grader.inspect.Structure;
import org.aibasis.grader.locate.Located;
import org.aibasis.grader.locate.Locator;
import org.aibasis.grader.locate.SourceFile;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.run.RunRequest;
import org.aibasis.grader.run.TestListener;
import org.aibasis.grader.run.Isolation;
import org.aibasis.grader.run.RunResult;
import org.aibasis.grader.run.WorkerPool;
import org.aibasis.grader.run.WorkerSettings;
import org.aibasis.grader.score.PlanFile;
import org.aibasis.grader.score.PlannedTest;
import org.aibasis.grader.score.Scorer;
import org.aibasis.grader.score.TestPlan;
import org.aibasis.grader.engine.Timings.Phase;

/**
 * The grading engine's entry point: submission -> locate -> compile -> inspect -> run -> score.
 *
 * <p>One instance per command: it compiles each exercise's hidden tests once (or reads them from a
 * {@link CompileCache}), keeps the worker pool warm, and may be used from several threads at once (one per
 * worker); {@link #timings()} says where its time went. Close it to stop the workers and delete its
 * temporary files.
 */
public final class Grader implements AutoCloseable {
    /** jqwik tries for properties that do not set their own. */
    private static final int TRIES = 100;
    /** Characters of a test's printed output kept in the result. */
    private static final int OUTPUT_LIMIT = 4000;
    /** The name under which a suite's plan is kept in the compile cache. */
    private static final String PLAN = "plan";

    private final Course course;
    private final WorkerPool pool;
    private final String seedBase;
    private final List<String> testClassPath;
    private final Path scratch;
    private final Map<String, PreparedExercise> prepared = new ConcurrentHashMap<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final int workers;
    /** Submissions being graded or checked at this moment. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CompileCache cache;
    private final Timings timings = new Timings();
    /** Stages a submission's next exercises while the current ones' tests run, and runs them. */
    private final ExecutorService ahead = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "grader-stage");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param course   the course to grade against
     * @param workers  how many worker JVMs may run at once
     * @param seedBase the base every property seed is derived from; the same base gives the same scores
     */
    public Grader(Course course, int workers, String seedBase) {
        this(course, workers, seedBase, WorkerSettings.defaults());
    }

    public Grader(Course course, int workers, String seedBase, WorkerSettings settings) {
        this(course, workers, seedBase, settings, CompileCache.none());
    }

    /** A grader that reads the course's compiled suites from {@code cache}, compiling only what is not there. */
    public Grader(Course course, int workers, String seedBase, WorkerSettings settings, CompileCache cache) {
        this.course = course;
        this.cache = cache;
        this.seedBase = seedBase;
        this.pool = new WorkerPool(workers, settings);
        this.workers = workers;
        this.testClassPath = Arrays.stream(settings.classPath().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        try {
            this.scratch = Files.createTempDirectory("grader-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    public Course course() {
        return course;
    }

    /** The time spent so far in each phase; a command adds its report writing. */
    public Timings timings() {
        return timings;
    }

    /** The cache of compiled course sources this grader uses. */
    public CompileCache compileCache() {
        return cache;
    }

    /** Starts a worker JVM in the background, so that it is ready by the time the first tests are. */
    public void warmUp() {
        pool.prestart();
    }

    /** Whether the workers run without network. */
    public Isolation isolation() {
        return pool.isolation();
    }

    /**
     * The hidden tests of an exercise with their points: from the compile cache when an earlier invocation
     * prepared the same suite, else by preparing it (compiling the suite on first use).
     */
    public List<PlannedTest> plan(Exercise exercise) {
        PreparedExercise done = prepared.get(exercise.id());
        if (done != null) {
            return done.plan();
        }
        return cache.kept(suiteSources(exercise), testClassPath, PLAN).flatMap(PlanFile::decode)
                .orElseGet(() -> prepare(exercise).plan());
    }

    /**
     * Grades one submission against the hidden tests.
     *
     * @param only exercise ids to grade; empty means all
     */
    public SubmissionResult grade(Submission submission, Set<String> only, TestListener listener)
            throws InterruptedException {
        return new SubmissionResult(submission.name(), pipeline(only, e -> stageGrade(submission, e), listener));
    }

    /** A student's self-check: the public tests of each exercise, run against their working copy. */
    public SubmissionResult check(Submission workingCopy, Set<String> only, TestListener listener)
            throws InterruptedException {
        return new SubmissionResult(workingCopy.name(), pipeline(only, e -> stageCheck(workingCopy, e), listener));
    }

    /**
     * Each chosen exercise staged (located, compiled, inspected in this process) and then finished (its tests run in
     * a worker, scored), later exercises being staged while earlier ones' tests run: the compiler and the workers
     * then use the cores together instead of taking turns. A submission's exercises run in as many workers at once
     * as no other submission of this grader is using (all of them for a single {@code grade} or {@code check},
     * one each in a batch that grades as many submissions at once as there are workers).
     */
    private List<ExerciseResult> pipeline(Set<String> only, Function<Exercise, Staged> stage, TestListener listener)
            throws InterruptedException {
        List<Exercise> chosen = course.exercises().stream()
                .filter(e -> only.isEmpty() || only.contains(e.id())).toList();
        int lanes = Math.max(1, workers / inFlight.incrementAndGet());
        try {
            return Pipeline.run(ahead, chosen.size(), lanes, i -> contained(chosen.get(i), stage),
                    (i, staged) -> finish(chosen.get(i), staged, listener), Grader::abandon);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void abandon(Staged staged) {
        if (staged instanceof Staged.Ready ready) {
            ready.cleanup().run();
        }
    }

    /** The result of a submission that could not be read at all: every exercise missing, with the reason. */
    public SubmissionResult unreadable(String name, String reason) {
        List<ExerciseResult> results = course.exercises().stream().map(e -> Scorer.notRun(e.info(), plan(e),
                new ExerciseStatus.Missing(reason), "the submission could not be read", List.of())).toList();
        return new SubmissionResult(name, results);
    }

    /**
     * An exercise of one submission after the steps that run in this process (locate, compile, inspect): its
     * result already, or what running its tests needs.
     */
    private sealed interface Staged {
        /** Nothing to run: missing, not compiling, rejected, or the grader failed on it. */
        record Done(ExerciseResult result) implements Staged {
        }

        /**
         * @param cleanup deletes what staging wrote for this run alone
         */
        record Ready(List<PlannedTest> plan, Compiled.Success compiled, List<Path> testDirs,
                     Map<String, byte[]> studentClasses, List<Diagnostic> notes, Runnable cleanup)
                implements Staged {
        }
    }

    /**
     * One exercise's staging, kept from ending the submission's (and a batch's): a failure of the grader on this
     * exercise is recorded as every test errored with the reason; a broken course still stops everything.
     */
    private Staged contained(Exercise exercise, Function<Exercise, Staged> stage) {
        try {
            return stage.apply(exercise);
        } catch (CourseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return new Staged.Done(failed(exercise, e));
        }
    }

    /** Runs a staged exercise's tests and scores them; the grader's own failures are contained as in staging. */
    private ExerciseResult finish(Exercise exercise, Staged staged, TestListener listener)
            throws InterruptedException {
        return switch (staged) {
            case Staged.Done d -> d.result();
            case Staged.Ready r -> {
                try {
                    yield runAndScore(exercise, r, listener);
                } catch (CourseException e) {
                    throw e;
                } catch (RuntimeException | StackOverflowError e) {
                    yield failed(exercise, e);
                } finally {
                    r.cleanup().run();
                }
            }
        };
    }

    private ExerciseResult failed(Exercise exercise, Throwable e) {
        String reason = "the grader failed on this exercise (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the other exercises are not "
                + "affected; please report this to the course staff";
        return Scorer.errored(exercise.info(), prepare(exercise).plan(), reason);
    }

    private Staged stageGrade(Submission submission, Exercise exercise) {
        PreparedExercise prep = prepare(exercise);
        return switch (timings.time(Phase.LOCATE, () -> Locator.locate(submission, exercise))) {
            case Located.Missing m -> new Staged.Done(Scorer.notRun(exercise.info(), prep.plan(),
                    new ExerciseStatus.Missing(m.reason()), "the exercise is not in the submission", List.of()));
            case Located.Found found -> {
                List<SourceFile> all = concat(found.studentFiles(), found.supportFiles());
                yield switch (timings.time(Phase.COMPILE, () -> InMemoryCompiler.compile(all, List.of()))) {
                    case Compiled.Failure f -> new Staged.Done(Scorer.notRun(exercise.info(), prep.plan(),
                            new ExerciseStatus.CompileError(f.errors()), "the code did not compile", found.notes()));
                    case Compiled.Success ok -> inspect(exercise, prep.plan(), found, ok, List.of(prep.testsDir()),
                            classes -> Structure.compare(prep.contract(), classes, prep.fileOf()), () -> { });
                };
            }
        };
    }

    private Staged stageCheck(Submission workingCopy, Exercise exercise) {
        Located located = timings.time(Phase.LOCATE, () -> Locator.locate(workingCopy, exercise));
        Path testDir = workingCopy.root().resolve(exercise.id()).resolve("test");
        List<SourceFile> tests = sources(Files.isDirectory(testDir) ? testDir : exercise.publicTestDir(),
                exercise.id() + "/test");
        if (located instanceof Located.Missing m) {
            return new Staged.Done(Scorer.notRun(exercise.info(), List.of(), new ExerciseStatus.Missing(m.reason()),
                    "the exercise is not in the working copy", List.of()));
        }
        Located.Found found = (Located.Found) located;
        List<SourceFile> all = concat(concat(found.studentFiles(), found.supportFiles()), tests);
        return switch (timings.time(Phase.COMPILE, () -> InMemoryCompiler.compile(all, testClassPath))) {
            case Compiled.Failure f -> new Staged.Done(Scorer.notRun(exercise.info(), List.of(),
                    new ExerciseStatus.CompileError(f.errors()), "the code did not compile", found.notes()));
            case Compiled.Success ok -> {
                Set<String> testFiles = tests.stream().map(SourceFile::path).collect(Collectors.toSet());
                Map<String, byte[]> testClasses = select(ok, testFiles::contains);
                Map<String, byte[]> codeClasses = select(ok, f -> !testFiles.contains(f));
                List<PlannedTest> plan = TestPlan.read(testClasses, codeClasses, false);
                Path dir = scratch.resolve("check-" + runs.incrementAndGet());
                Path testsDir = ClassFiles.write(testClasses, dir.resolve("tests"));
                // no skeleton to compare with: the public tests compiled against the student's code already
                yield inspect(exercise, plan, found, new Compiled.Success(codeClasses, ok.origin()),
                        List.of(testsDir), classes -> List.of(), () -> ClassFiles.delete(dir));
            }
        };
    }

    /** What differs between the student's classes and the skeleton's signatures, as notes for the report. */
    private interface Contract {
        List<Diagnostic> compare(Map<String, byte[]> studentClasses);
    }

    /** Inspects the student's classes: rejected, or ready for their tests to run. */
    private Staged inspect(Exercise exercise, List<PlannedTest> plan, Located.Found found, Compiled.Success compiled,
                           List<Path> testDirs, Contract contract, Runnable cleanup) {
        Set<String> studentFiles = found.studentFiles().stream().map(SourceFile::path).collect(Collectors.toSet());
        Map<String, byte[]> studentClasses = select(compiled, studentFiles::contains);
        List<Diagnostic> violations = timings.time(Phase.INSPECT,
                () -> violations(exercise, plan, found, compiled, studentClasses));
        if (!violations.isEmpty()) {
            cleanup.run();
            return new Staged.Done(Scorer.notRun(exercise.info(), plan, new ExerciseStatus.Rejected(violations),
                    "the code uses something graded code may not use", found.notes()));
        }
        List<Diagnostic> notes = new ArrayList<>(found.notes());
        notes.addAll(timings.time(Phase.INSPECT, () -> contract.compare(studentClasses)));
        return new Staged.Ready(plan, compiled, testDirs, studentClasses, notes, cleanup);
    }

    /** Runs the tests in a worker and scores them. */
    private ExerciseResult runAndScore(Exercise exercise, Staged.Ready ready, TestListener listener)
            throws InterruptedException {
        List<PlannedTest> plan = ready.plan();
        RunResult run = timings.time(Phase.RUN, () -> run(exercise, plan, ready.compiled(), ready.testDirs(),
                ready.studentClasses(), listener));
        return timings.time(Phase.SCORE, () -> switch (run) {
            case RunResult.Finished done -> Scorer.graded(exercise.info(), plan, done.runs(), ready.notes());
            case RunResult.ProtocolViolated v -> Scorer.notRun(exercise.info(), plan, new ExerciseStatus.Rejected(
                    List.of(new Diagnostic("", 0, 0, "the results of this exercise were forged or garbled: "
                            + v.reason() + ". Something in the code wrote to the grader's private result channel; "
                            + "no result of the exercise can be trusted, so it scores 0", ""))),
                    "the exercise's results could not be trusted", ready.notes());
        });
    }

    /** Forbidden calls in the student's classes, and classes named like a hidden test. */
    private static List<Diagnostic> violations(Exercise exercise, List<PlannedTest> plan, Located.Found found,
                                               Compiled.Success compiled, Map<String, byte[]> studentClasses) {
        Map<String, SourceFile> byPath = concat(found.studentFiles(), found.supportFiles()).stream()
                .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> a));
        Policy policy = Policy.standard().allowing(exercise.allow());
        List<Diagnostic> violations = new ArrayList<>(BytecodeScanner.scan(studentClasses, compiled.classes(),
                policy, compiled.origin(), file -> line -> byPath.containsKey(file) ? byPath.get(file).line(line) : ""));
        Set<String> testNames = plan.stream().map(p -> p.ref().className()).collect(Collectors.toSet());
        studentClasses.keySet().stream().filter(testNames::contains).sorted().forEach(n -> violations.add(
                new Diagnostic(compiled.origin().getOrDefault(n, ""), 0, 0, "class " + n
                        + " has the name of a hidden test class; rename it", "")));
        return violations;
    }

    private RunResult run(Exercise exercise, List<PlannedTest> plan, Compiled.Success compiled, List<Path> testDirs,
                          Map<String, byte[]> studentClasses, TestListener listener) throws InterruptedException {
        Path dir = scratch.resolve("run-" + runs.incrementAndGet());
        try {
            Path classes = ClassFiles.write(compiled.classes(), dir.resolve("classes"));
            // tests first: a student class can never shadow a test class
            List<String> classPath = Stream.concat(testDirs.stream(), Stream.of(classes))
                    .map(Path::toString).toList();
            RunRequest request = new RunRequest(classPath, plan.stream().map(PlannedTest::ref).toList(),
                    studentClasses.keySet().stream().sorted().toList(), seedBase, TRIES, OUTPUT_LIMIT,
                    (int) Math.max(1, exercise.timeLimit().toSeconds() / 2));
            return pool.run(request, exercise.timeLimit(), exercise.totalTimeLimit(), listener);
        } finally {
            ClassFiles.delete(dir);
        }
    }

    private PreparedExercise prepare(Exercise exercise) {
        PreparedExercise done = prepared.get(exercise.id());
        return done != null ? done : timings.time(Phase.PREPARE, () -> prepared.computeIfAbsent(exercise.id(),
                id -> compileSuite(exercise)));
    }

    /** The exercise's hidden tests and skeleton contract, compiled (or read from the cache). */
    private PreparedExercise compileSuite(Exercise exercise) {
        String id = exercise.id();
        List<SourceFile> support = Locator.supportSources(exercise);
        List<SourceFile> hidden = hiddenSources(exercise);
        List<SourceFile> suiteSources = suiteSources(exercise, hidden);
        Set<String> hiddenPaths = hidden.stream().map(SourceFile::path).collect(Collectors.toSet());
        Compiled.Success suite = success(cache.compile(suiteSources, testClassPath),
                "the reference solution and hidden tests of " + id);
        Map<String, byte[]> testClasses = select(suite, hiddenPaths::contains);
        List<PlannedTest> plan;
        try {
            plan = TestPlan.read(testClasses, suite.classes(), true);
        } catch (IllegalStateException e) {
            throw new CourseException(exercise.hiddenTestDir() + ": " + e.getMessage());
        }
        cache.keep(suiteSources, testClassPath, PLAN, PlanFile.encode(plan));
        Path testsDir = ClassFiles.write(testClasses, scratch.resolve("hidden-" + id));
        List<SourceFile> skeleton = exercise.files().stream().map(f -> Locator.readTrusted(
                exercise.skeletonDir().resolve(f), id + "/" + f)).toList();
        Set<String> edited = skeleton.stream().map(SourceFile::path).collect(Collectors.toSet());
        Compiled.Success contract = success(cache.compile(concat(skeleton, support), List.of()),
                "the skeleton of " + id);
        Map<String, byte[]> contractClasses = select(contract, edited::contains);
        Map<String, String> fileOf = new HashMap<>();
        contractClasses.keySet().forEach(n -> fileOf.put(n, contract.origin().get(n)));
        return new PreparedExercise(exercise, plan, testsDir, contractClasses, fileOf);
    }

    /** What the hidden suite is compiled from: the reference solution, the support files and the hidden tests. */
    private static List<SourceFile> suiteSources(Exercise exercise) {
        return suiteSources(exercise, hiddenSources(exercise));
    }

    private static List<SourceFile> suiteSources(Exercise exercise, List<SourceFile> hidden) {
        List<SourceFile> reference = exercise.files().stream().map(f -> Locator.readTrusted(
                exercise.solutionDir().resolve(f), exercise.id() + "/" + f)).toList();
        return concat(concat(reference, Locator.supportSources(exercise)), hidden);
    }

    private static List<SourceFile> hiddenSources(Exercise exercise) {
        List<SourceFile> hidden = sources(exercise.hiddenTestDir(), "solutions/" + exercise.id() + "/test");
        if (hidden.isEmpty()) {
            throw new CourseException(exercise.hiddenTestDir() + ": no hidden tests");
        }
        for (SharedLibrary lib : exercise.uses()) {
            hidden.addAll(Locator.javaSources(lib.hiddenTestDir(), lib.hiddenTestDir().getParent(),
                    "solutions/" + SharedLibrary.FOLDER + "/" + lib.name() + "/"));
        }
        return hidden;
    }

    private static Compiled.Success success(Compiled compiled, String what) {
        return switch (compiled) {
            case Compiled.Success s -> s;
            case Compiled.Failure f -> throw new CourseException(what + " do not compile:\n" + String.join("\n",
                    f.errors().stream().map(d -> d.location() + ": " + d.message()).toList()));
        };
    }

    private static Map<String, byte[]> select(Compiled.Success compiled, java.util.function.Predicate<String> file) {
        Map<String, byte[]> out = new HashMap<>();
        compiled.classes().forEach((name, bytes) -> {
            if (file.test(compiled.origin().getOrDefault(name, ""))) {
                out.put(name, bytes);
            }
        });
        return out;
    }

    private static List<SourceFile> sources(Path dir, String shownPrefix) {
        return new ArrayList<>(Locator.javaSources(dir, dir, shownPrefix + "/"));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        ahead.shutdownNow();
        pool.close();
        ClassFiles.delete(scratch);
    }

    /** Names of exercises the course has; for validating {@code --exercise} options. */
    public Set<String> exerciseIds() {
        return new HashSet<>(course.exercises().stream().map(Exercise::id).toList());
    }
}
