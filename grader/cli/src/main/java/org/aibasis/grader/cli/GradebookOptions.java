package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.LmsGradebook;
import org.aibasis.reports.Messages;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.Roster;
import picocli.CommandLine.Option;

/** {@code --gradebook} and {@code --roster}: gradebooks to import into an LMS, one row per student of a roster. */
final class GradebookOptions {
    /** A class list is a few hundred lines; a larger file is not one. */
    private static final long MAX_ROSTER_BYTES = 16L * 1024 * 1024;

    @Option(names = "--gradebook", paramLabel = "LMS", split = ",",
            description = "Also write gradebook-LMS.csv for moodle, canvas or plain (repeatable, or comma-separated), "
                    + "one row per student of --roster, identified as the LMS knows them.")
    List<String> lms = List.of();

    @Option(names = "--roster", paramLabel = "CSV",
            description = "The class list for --gradebook (UTF-8 CSV with a header): id (the student id the LMS "
                    + "knows), and optionally submission (its folder or .zip name; default: the id), name, email, "
                    + "section.")
    Optional<Path> roster = Optional.empty();

    /** The gradebooks asked for, and the roster read; checked before anything is graded. */
    record Request(Set<LmsGradebook.Lms> lms, Roster roster) {
    }

    /** Reads and checks the options; empty when no gradebook was asked for. */
    Optional<Request> read() throws IOException {
        if (lms.isEmpty() && roster.isEmpty()) {
            return Optional.empty();
        }
        if (roster.isEmpty()) {
            throw new Errors.UsageException("--gradebook needs --roster FILE: the class list with the student ids "
                    + "the LMS knows");
        }
        if (lms.isEmpty()) {
            throw new Errors.UsageException("--roster is read for --gradebook moodle|canvas|plain; give one");
        }
        Set<LmsGradebook.Lms> chosen = new LinkedHashSet<>();
        for (String name : lms) {
            chosen.add(Arrays.stream(LmsGradebook.Lms.values())
                    .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new Errors.UsageException("--gradebook " + name + " is not one "
                            + "of moodle, canvas, plain")));
        }
        Path file = roster.get();
        if (!Files.isRegularFile(file)) {
            throw new Errors.UsageException("--roster " + file + (Files.exists(file) ? " is not a file"
                    : " does not exist") + "; give the class list (CSV)");
        }
        if (Files.size(file) > MAX_ROSTER_BYTES) {
            throw new Errors.UsageException("--roster " + file + " is larger than 16 MiB; is it the class list?");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new Errors.UsageException(file + " is not UTF-8 text; save the roster as UTF-8 CSV");
        }
        try {
            return Optional.of(new Request(chosen, Roster.parse(text, file.toString())));
        } catch (IllegalArgumentException e) {
            throw new Errors.UsageException(e.getMessage());
        }
    }

    /**
     * Writes each gradebook into {@code dir} and prints where, and warns about every submission no roster row
     * claims and every student without a submission: the instructor settles those by hand. Worded by
     * {@code words}.
     */
    static void write(Request request, List<SubmissionResult> results, Path dir, Messages words) throws IOException {
        List<LmsGradebook.Rendered> rendered = new ArrayList<>();
        for (LmsGradebook.Lms l : request.lms()) {
            LmsGradebook.Rendered r = LmsGradebook.render(l, results, request.roster());
            Path target = dir.resolve(LmsGradebook.fileName(l));
            ReportFiles.writeAtomically(target, r.csv());
            System.out.println(words.get("batch.gradebook", target));
            rendered.add(r);
        }
        // every LMS's gradebook matches the same roster rows to the same submissions
        LmsGradebook.Rendered first = rendered.get(0);
        Warnings.print(System.err, words.get("gradebook.notOnRoster"), first.notOnRoster(), "", words);
        List<String> without = new ArrayList<>();
        first.withoutSubmission().forEach(s -> without.add(words.get("gradebook.expected", s.id()
                + (s.name().isEmpty() ? "" : " (" + s.name() + ")"), s.submission())));
        Warnings.print(System.err, words.get("gradebook.withoutSubmission"), without, "", words);
    }
}
