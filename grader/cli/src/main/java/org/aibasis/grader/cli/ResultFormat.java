package org.aibasis.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.aibasis.grader.model.Language;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.reports.ClassroomJson;
import org.aibasis.reports.PrairieLearnJson;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.Messages;
import org.aibasis.reports.TerminalSummary;
import picocli.CommandLine.Option;

/**
 * {@code --format}: what {@code grade} shows besides the reports it always writes: the terminal summary, GitHub
 * Classroom's runner result on standard output, or PrairieLearn's {@code results.json} in the output folder.
 */
final class ResultFormat {
    /** The file PrairieLearn's external grader reads from its results folder. */
    static final String PRAIRIELEARN_RESULTS = "results.json";

    private enum Kind {
        TEXT, CLASSROOM, PRAIRIELEARN
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text: print a summary; classroom: print GitHub Classroom's runner result (JSON), the "
                    + "summary going to standard error; prairielearn: also write PrairieLearn's results.json to the "
                    + "output folder. Default: ${DEFAULT-VALUE}.")
    String format;

    /** The chosen format; a usage error, before anything is graded, when {@code --format} names none. */
    private Kind kind() {
        return Arrays.stream(Kind.values()).filter(k -> k.name().toLowerCase(Locale.ROOT).equals(format))
                .findFirst().orElseThrow(() -> new Errors.UsageException("--format " + format + " is not a "
                        + "format; use one of " + String.join(", ", Arrays.stream(Kind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).toList())));
    }

    /**
     * Fails with a usage message when {@code --format} names no format, or names PrairieLearn's while there is no
     * output folder to write its results to; call it before grading.
     */
    void check(boolean hasOutputFolder) {
        if (kind() == Kind.PRAIRIELEARN && !hasOutputFolder) {
            throw new Errors.UsageException("--format prairielearn writes " + PRAIRIELEARN_RESULTS + " to the output "
                    + "folder: give --out DIR (PrairieLearn reads /grade/results)");
        }
    }

    /**
     * Prints {@code result} in the chosen format, then {@code notes} and where the reports are, and, for PrairieLearn,
     * writes its results next to the reports; standard output carries only the runner result for GitHub Classroom,
     * so that a workflow can capture it.
     */
    void emit(SubmissionResult result, Optional<Path> reports, boolean color, Language language,
              String... notes) throws IOException {
        Kind kind = kind();
        PrintStream text = kind == Kind.CLASSROOM ? System.err : System.out;
        if (kind == Kind.PRAIRIELEARN) {
            ReportFiles.writeAtomically(reports.orElseThrow().resolve(PRAIRIELEARN_RESULTS),
                    PrairieLearnJson.render(result));
        }
        text.print(TerminalSummary.render(result, color, language));
        for (String note : notes) {
            text.println(note);
        }
        reports.ifPresent(dir -> text.println("Reports: " + dir.resolve(ReportFiles.REPORT_HTML)));
        if (kind == Kind.CLASSROOM) {
            System.out.print(ClassroomJson.render(result, "bin/grader check"));
        }
    }
}
