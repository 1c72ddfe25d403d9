package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.Messages;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge}: the outputs of {@code batch --shard} runs, as one class. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Combine the --out folders of batch --shard i/N runs (all N of them) into one: every "
                + "submission's reports, and one gradebook and class report, the same as one batch of the whole "
                + "class would have written. Give the parts' --lang again: the reports are written anew.",
                "Refuses parts that are missing, repeated, from different splits or graded against a different "
                        + "course or seed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:merged", "2:bad usage or input: nothing was written", Errors.INTERNAL_EXIT})
final class MergeCommand implements Callable<Integer> {
    @Mixin
    Overwrite overwrite;

    @Mixin
    ReportLanguage reportLanguage;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The --out folders of the parts.")
    List<Path> parts;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading-output",
            description = "Where to write the merged outputs; not one of the parts. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path outReal = OutputFolder.real(out);
        List<ShardManifest> manifests = new ArrayList<>();
        List<SubmissionResult> results = new ArrayList<>();
        Map<String, Path> fileOf = new HashMap<>();
        for (Path part : parts) {
            if (!Files.isDirectory(part)) {
                throw new Errors.UsageException(part + " is not a folder (give the --out folders of batch --shard)");
            }
            if (OutputFolder.real(part).equals(outReal)) {
                throw new Errors.UsageException("--out " + out + " is one of the parts; give a new folder");
            }
            ShardManifest manifest = ShardManifest.read(part);
            Map<Path, SubmissionResult> read = results(part);
            if (read.size() != manifest.results()) {
                throw new Errors.UsageException(part + " holds " + read.size() + " results but its "
                        + Shard.MANIFEST + " says " + manifest.results() + "; grade that part again");
            }
            for (Map.Entry<Path, SubmissionResult> e : read.entrySet()) {
                SubmissionResult r = e.getValue();
                Path before = fileOf.putIfAbsent(r.provenance().folder(), e.getKey());
                if (before != null) {
                    // before is <part>/<folder>/result.json
                    throw new Errors.UsageException("the submission " + r.provenance().source() + " is in both "
                            + before.getParent().getParent() + " and " + part + "; give each part once");
                }
            }
            manifests.add(manifest);
            results.addAll(read.values());
        }
        check(manifests, results);
        results.sort(Comparator.comparing(r -> Path.of(r.provenance().source())));
        Path dir = OutputFolder.prepare(out, overwrite.force);
        Language language = reportLanguage.language();
        for (SubmissionResult r : results) {
            // read again in full, one at a time: the class is held as grades only (SubmissionResult.gradesOnly)
            ReportFiles.writeSubmission(read(fileOf.get(r.provenance().folder())),
                    dir.resolve(r.provenance().folder()), language);
        }
        ReportFiles.writeClass(results, dir, language);
        Messages words = reportLanguage.words();
        System.out.println(words.get("merge.merged", parts.size(), results.size()));
        System.out.println(words.get("batch.classReport", dir.resolve(ReportFiles.CLASS_REPORT_HTML)));
        System.out.println(words.get("batch.gradebook", dir.resolve(ReportFiles.GRADEBOOK_CSV)));
        return 0;
    }

    /** Every part of one split, once, all graded against the same course, adding up to the whole class. */
    private void check(List<ShardManifest> manifests, List<SubmissionResult> results) {
        ShardManifest first = manifests.get(0);
        for (ShardManifest m : manifests) {
            if (m.count() != first.count() || m.classSize() != first.classSize()) {
                throw new Errors.UsageException("the parts come from different splits (" + first.index() + "/"
                        + first.count() + " of " + first.classSize() + " submissions, " + m.index() + "/"
                        + m.count() + " of " + m.classSize() + ")");
            }
        }
        Set<Integer> seen = new TreeSet<>();
        for (ShardManifest m : manifests) {
            if (!seen.add(m.index())) {
                throw new Errors.UsageException("part " + m.index() + "/" + m.count() + " is given twice");
            }
        }
        List<String> missing = IntStream.range(0, first.count()).filter(i -> !seen.contains(i))
                .mapToObj(i -> i + "/" + first.count()).toList();
        if (!missing.isEmpty()) {
            throw new Errors.UsageException("parts missing: " + String.join(", ", missing) + "; run batch --shard "
                    + "for them and give all " + first.count() + " folders");
        }
        if (results.size() != first.classSize()) {
            throw new Errors.UsageException("the parts hold " + results.size() + " results of a class of "
                    + first.classSize() + "; grade the missing submissions again");
        }
        Set<String> courses = new TreeSet<>();
        results.stream().map(r -> r.provenance().courseHash()).filter(h -> !h.isEmpty()).forEach(courses::add);
        if (courses.size() > 1) {
            throw new Errors.UsageException("the parts were graded against different versions of the course or "
                    + "with different seeds; grade them again with the same course and --seed");
        }
    }

    /** The results in a part's submission folders, as grades only, by file, in folder order. */
    private static Map<Path, SubmissionResult> results(Path part) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(part)) {
            files = s.map(p -> p.resolve(ReportFiles.RESULT_JSON)).filter(Files::isRegularFile).sorted().toList();
        }
        Map<Path, SubmissionResult> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(f, read(f).gradesOnly());
        }
        return out;
    }

    private static SubmissionResult read(Path file) {
        try {
            return ResultJson.read(file);
        } catch (IOException e) {
            throw new Errors.UsageException(file + ": not a result the grader wrote (" + e.getMessage()
                    + "); grade that part again");
        }
    }
}
