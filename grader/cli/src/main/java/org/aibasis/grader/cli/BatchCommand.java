package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.engine.Timings.Phase;
import org.aibasis.grader.locate.InvalidSubmissionException;
import org.aibasis.grader.locate.Submission;
import org.aibasis.grader.locate.Submissions;
import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.run.TestListener;
import org.aibasis.reports.Messages;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.ResultJson;
import org.aibasis.reports.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch}: a whole class. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Grade every submission of a class: each sub-folder or .zip of FOLDER is one submission.",
                "Writes DIR/<submission>/ (as grade does) plus DIR/gradebook.csv and DIR/class-report.html. A "
                        + "submission's folder is its name with unsafe characters written %XX; two names that "
                        + "would share a folder are reported, and the second gets ~2 (the gradebook's source and "
                        + "folder columns say which is which).",
                "A submission that cannot be read scores 0 with the reason in its report; the others carry on. "
                        + "Folders the grader wrote (they hold " + ReportFiles.MARKER + ") are skipped.",
                "Interrupted (Ctrl-C), it keeps what was finished and says how to go on with --resume."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every submission graded (one that cannot be read scores 0)",
                "2:bad usage or input: nothing was graded", Errors.BROKEN_EXIT,
                Errors.INTERNAL_EXIT,
                "130:interrupted; what was finished is kept (go on with --resume)"})
final class BatchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GradingOptions grading;

    @Mixin
    ReportLanguage reportLanguage;

    @Mixin
    Overwrite overwrite;

    @Mixin
    WorkerOptions workerOptions;

    @Mixin
    GradebookOptions gradebooks;

    @Mixin
    TimingOptions timing;

    @Mixin
    SimilarityOptions similarity;

    @Parameters(paramLabel = "FOLDER", description = "The folder holding one sub-folder or .zip per submission.")
    Path folder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-output",
            description = "Where to write the reports; not the class folder, nor inside a submission. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--jobs", paramLabel = "1.." + Jobs.MAX, description = "Submissions graded at once, each in its "
            + "own worker JVM. Default: the number of processors (at most " + Jobs.MAX + ").")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "INDEX/COUNT", description = "Grade only part INDEX of COUNT (INDEX "
            + "from 0, as Kubernetes' JOB_COMPLETION_INDEX): every COUNT-th submission of the sorted class, starting "
            + "at INDEX. Writes DIR/" + Shard.MANIFEST + " so that merge can check that every part is there.")
    String shard;

    @Option(names = "--resume", description = "Keep the results in --out of submissions that are unchanged since "
            + "they were graded (same files, same course, same seed); grade only the others.")
    boolean resume;

    /** One submission of the class: where it is, its name, and the folder its reports go to. */
    private record Entry(Path path, String name, String folder) {
    }

    @Override
    public Integer call() throws Exception {
        Path classFolder = Inputs.classFolder(folder);
        int n = Jobs.count(Optional.ofNullable(jobs));
        Path outReal = OutputFolder.real(out);
        if (outReal.equals(classFolder)) {
            throw new Errors.UsageException("--out " + out + " is the class folder: its reports would be graded as "
                    + "submissions; give --out a folder outside it");
        }
        if (outReal.startsWith(classFolder) && !outReal.getParent().equals(classFolder)) {
            throw new Errors.UsageException("--out " + out + " is inside the submission "
                    + classFolder.relativize(outReal).getName(0) + "; give --out a folder outside the class folder");
        }
        Optional<GradebookOptions.Request> lms = gradebooks.read();
        Messages words = reportLanguage.words();
        similarity.check();
        Course course = common.course();
        Optional<Shard> part = Optional.ofNullable(shard).map(Shard::parse);
        if (part.isPresent() && similarity.enabled) {
            throw new Errors.UsageException("--similarity compares the submissions of one run, and a shard holds only "
                    + "part of the class: run it without --shard");
        }
        List<Entry> all = entries(classFolder, outReal, words);
        List<Entry> entries = part.map(p -> p.of(all)).orElse(all);
        Path dir = OutputFolder.prepare(out, overwrite.force);
        try (OnSignal signal = new OnSignal();
             Grader grader = signal.closeOnSignal(workerOptions.grader(course, n, grading.seed))) {
            grader.warmUp();
            course.exercises().forEach(grader::plan); // a broken course fails here, before any submission
            Run run = new Run(course, grader, signal, dir, signal.scratch("batch"),
                    Fingerprints.course(course, grading.seed, Main.VERSION));
            signal.onStop(() -> run.interrupted(entries.size(), resumeCommand()));
            List<SubmissionResult> results = run.all(entries, n);
            if (signal.stopping()) {
                return Errors.INTERRUPTED;
            }
            // keyed by folder: unique in the class, where names may repeat (carol/ and carol.zip)
            Map<String, Path> sources = new LinkedHashMap<>();
            entries.forEach(e -> sources.put(e.folder(), e.path()));
            grader.timings().time(Phase.REPORT, () -> similarity.writeClass(course, sources, results, dir, signal,
                    words));
            if (part.isPresent()) {
                ShardManifest.write(dir, new ShardManifest(part.get().index(), part.get().count(), all.size(),
                        results.size()));
            }
            System.out.println(row(words.get("batch.submission"), words.get("batch.score")));
            for (SubmissionResult r : results) {
                System.out.println(row(r.provenance().source(), Numbers.points(r.score()) + "/"
                        + Numbers.points(r.maxScore())));
            }
            if (run.kept.get() > 0) {
                System.out.println(words.get("batch.kept", run.kept.get(), results.size(),
                        results.size() - run.kept.get()));
            }
            System.out.println(words.get("batch.classReport", dir.resolve(ReportFiles.CLASS_REPORT_HTML)));
            System.out.println(words.get("batch.gradebook", dir.resolve(ReportFiles.GRADEBOOK_CSV)));
            if (lms.isPresent()) {
                GradebookOptions.write(lms.get(), results, dir, words);
            }
            if (!run.failed.isEmpty()) {
                Warnings.print(System.err, words.get("batch.internalError"), run.failed, "", words);
                System.err.println(words.get("batch.othersGraded"));
                return Errors.INTERNAL;
            }
            timing.report(grader.timings());
            return 0;
        }
    }

    /**
     * One line of the table of scores: the submission padded to 32 terminal columns (a Chinese character takes
     * two), the score right-aligned in 8.
     */
    private static String row(String submission, String score) {
        return TerminalText.padEnd(submission, 32) + " " + TerminalText.padStart(score, 8);
    }

    /** The class's submissions with their folders; what is skipped, and names that would collide, are said. */
    private static List<Entry> entries(Path classFolder, Path outReal, Messages words) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (Path p : Submissions.list(classFolder)) {
            String shown = classFolder.getFileName() + "/" + p.getFileName();
            if (p.equals(outReal)) {
                System.err.println(words.get("batch.skippedOut", shown));
            } else if (Files.isDirectory(p) && ReportFiles.isOutput(p)) {
                System.err.println(words.get("batch.skippedOutput", shown, ReportFiles.MARKER));
            } else {
                paths.add(p);
            }
        }
        ignored(classFolder, words);
        if (paths.isEmpty()) {
            throw new Errors.UsageException(classFolder + " holds no submissions (sub-folders or .zip files)");
        }
        List<String> names = paths.stream().map(BatchCommand::name).toList();
        List<String> folders = FolderNames.assign(names, Set.of(ReportFiles.GRADEBOOK_CSV,
                ReportFiles.CLASS_REPORT_HTML, ReportFiles.MARKER));
        Map<String, Path> firstByKey = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            String key = FolderNames.key(FolderNames.encode(names.get(i)));
            Path first = firstByKey.putIfAbsent(key, p);
            if (first != null) {
                System.err.println(words.get("batch.sameFolder", first.getFileName(), p.getFileName(),
                        folders.get(i)));
            }
            entries.add(new Entry(p, names.get(i), folders.get(i)));
        }
        return entries;
    }

    /** Says which entries of the class folder are neither folders nor zips, so nothing is dropped unseen. */
    private static void ignored(Path classFolder, Messages words) throws IOException {
        try (Stream<Path> all = Files.list(classFolder)) {
            List<String> files = all.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Files.isDirectory(p) && !Submissions.isZip(p.getFileName().toString()))
                    .map(p -> p.getFileName().toString()).sorted().toList();
            if (!files.isEmpty()) {
                System.err.println(words.get(Messages.key("batch.ignored", files.size()), files.size(),
                        classFolder.getFileName(), Warnings.firstFew(files, words)));
            }
        }
    }

    /** The submission's name: the folder's name, or the zip's without {@code .zip}. */
    private static String name(Path path) {
        String file = path.getFileName().toString();
        return Submissions.isZip(file) && !Files.isDirectory(path)
                ? file.substring(0, file.length() - ".zip".length()) : file;
    }

    private String resumeCommand() {
        List<String> args = new ArrayList<>(List.of("grader", "batch", folder.toString(), "--out", out.toString()));
        common.home.ifPresent(h -> args.addAll(List.of("--home", h.toString())));
        if (jobs != null) {
            args.addAll(List.of("--jobs", jobs.toString()));
        }
        if (shard != null) {
            args.addAll(List.of("--shard", shard));
        }
        if (!grading.seed.equals(GradingOptions.DEFAULT_SEED)) {
            args.addAll(List.of("--seed", grading.seed));
        }
        if (reportLanguage.language() != Language.EN) {
            args.addAll(List.of("--lang", reportLanguage.language().code()));
        }
        args.add("--resume");
        return String.join(" ", args.stream().map(BatchCommand::quoted).toList());
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9._/=:@+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /** One batch run: grades (or keeps) each submission and writes its reports as soon as it is done. */
    private final class Run {
        private final Course course;
        private final Grader grader;
        private final OnSignal signal;
        private final Path dir;
        private final Path scratch;
        private final String courseHash;
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();
        private final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());

        Run(Course course, Grader grader, OnSignal signal, Path dir, Path scratch, String courseHash) {
            this.course = course;
            this.grader = grader;
            this.signal = signal;
            this.dir = dir;
            this.scratch = scratch;
            this.courseHash = courseHash;
        }

        List<SubmissionResult> all(List<Entry> entries, int n) throws Exception {
            Messages words = reportLanguage.words();
            Progress progress = new Progress(System.err, words.get("batch.progress"), entries.size(),
                    grading.redraw(), words);
            ExecutorService threads = Executors.newFixedThreadPool(n);
            try {
                List<Future<Optional<SubmissionResult>>> futures = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    Path unpack = scratch.resolve(Integer.toString(i));
                    futures.add(threads.submit(() -> {
                        Optional<SubmissionResult> r = one(e, unpack);
                        r.ifPresent(result -> progress.step(e.name() + " " + Numbers.points(result.score()) + "/"
                                + Numbers.points(result.maxScore())));
                        return r;
                    }));
                }
                List<SubmissionResult> results = new ArrayList<>();
                for (Future<Optional<SubmissionResult>> f : futures) {
                    f.get().ifPresent(results::add);
                }
                progress.finish();
                return results;
            } finally {
                threads.shutdownNow();
            }
        }

        /** The submission's result, written; empty when a signal stops the run first. */
        private Optional<SubmissionResult> one(Entry e, Path unpack) throws IOException, InterruptedException {
            if (signal.stopping()) {
                return Optional.empty();
            }
            long started = System.nanoTime();
            try {
                Submission opened = null;
                String reason = "";
                String hash;
                try {
                    opened = Submissions.open(e.path(), unpack);
                    opened.warnings().forEach(w -> System.err.println(reportLanguage.words().get("warning") + w));
                    hash = Fingerprints.submission(course, opened);
                } catch (InvalidSubmissionException ex) {
                    reason = ex.getMessage();
                    hash = Fingerprints.unreadable(reason);
                }
                Provenance provenance = new Provenance(e.path().getFileName().toString(), e.folder(), hash,
                        courseHash);
                Path target = dir.resolve(e.folder());
                Optional<SubmissionResult> previous = resume ? previous(target, provenance) : Optional.empty();
                if (previous.isPresent()) {
                    kept.incrementAndGet();
                    finished.incrementAndGet();
                    return previous.map(SubmissionResult::gradesOnly);
                }
                SubmissionResult result;
                try {
                    result = (opened == null ? grader.unreadable(e.name(), reason)
                            : grader.grade(new Submission(e.name(), opened.root()), Set.of(), TestListener.NONE))
                            .with(provenance);
                } catch (RuntimeException bug) {
                    // one submission must never stop the others; no digests, so --resume grades it again
                    failed.add(e.path().getFileName() + ": " + bug);
                    result = grader.unreadable(e.name(), reportLanguage.words().get("batch.graderFailed", bug))
                            .with(new Provenance(provenance.source(), provenance.folder(), "", ""));
                }
                if (signal.stopping()) {
                    return Optional.empty(); // a worker killed by the same Ctrl-C must not cost the student a test
                }
                SubmissionResult written = result;
                grader.timings().time(Phase.REPORT, () -> ReportFiles.writeSubmission(written, target,
                        reportLanguage.language()));
                grader.timings().submission(e.folder(), java.time.Duration.ofNanos(System.nanoTime() - started));
                finished.incrementAndGet();
                // the class's reports read only the grades; the feedback is in the files just written
                return Optional.of(result.gradesOnly());
            } finally {
                Cleanup.delete(unpack);
            }
        }

        /** The result already in {@code target}, when it was graded from exactly these inputs. */
        private Optional<SubmissionResult> previous(Path target, Provenance provenance) {
            Path file = target.resolve(ReportFiles.RESULT_JSON);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                SubmissionResult r = ResultJson.read(file);
                return r.provenance().equals(provenance) ? Optional.of(r) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        void interrupted(int total, String command) {
            System.err.println();
            Messages words = reportLanguage.words();
            System.err.println(words.get("batch.interrupted", finished.get(), total, dir));
            System.err.println(words.get("batch.resume", command));
        }
    }
}
