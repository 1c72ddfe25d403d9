package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.lms.Gift;
import org.aibasis.quiz.lms.LmsLanguage;
import org.aibasis.quiz.lms.MoodleExport;
import org.aibasis.quiz.lms.MoodleXml;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz export}: writes banks as Moodle GIFT or Moodle XML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a bank (or all) for Moodle: DIR/<bank>.gift or DIR/<bank>.xml.",
                "In Moodle XML a parameterized numeric question becomes a calculated question (datasets drawn from its "
                        + "parameters) when Moodle's formulas can compute its key; other parameterized questions, and "
                        + "all of them in GIFT, are written as one fixed variant, each with the reason. "
                        + "Multiple-response questions get Moodle's weights, which score like net-correct (Moodle has "
                        + "no other scheme)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "2:bad usage (an unknown bank or format)", Errors.INTERNAL_EXIT})
final class QuizExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    Overwrite overwrite;

    @Parameters(paramLabel = "BANK", description = "A bank id, or all.")
    String bank;

    @Option(names = "--format", paramLabel = "gift|moodle-xml", required = true, description = "The file format.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the files.")
    Path out;

    @Option(names = "--lang", paramLabel = "en|zh|both", defaultValue = "en",
            description = "Language(s) of the texts; both writes Moodle multi-language tags ({mlang en}...). "
                    + "Default: ${DEFAULT-VALUE}.")
    String lang;

    @Override
    public Integer call() throws IOException {
        LmsLanguage language = LmsLanguage.named(lang).orElseThrow(() -> new Errors.UsageException(
                "--lang must be en, zh or both, was '" + lang + "'"));
        boolean gift = switch (format) {
            case "gift" -> true;
            case "moodle-xml", "xml" -> false;
            default -> throw new Errors.UsageException("--format must be gift or moodle-xml, was '" + format + "'");
        };
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        List<Bank> banks;
        if (bank.equals("all")) {
            banks = library.banks();
        } else {
            banks = List.of(library.bank(bank).orElseThrow(() -> new Errors.UsageException("unknown bank '" + bank
                    + "' (known: " + String.join(", ", library.banks().stream().map(Bank::id).toList())
                    + ", or all)")));
        }
        library.problems().stream().filter(p -> banks.stream().anyMatch(b -> b.file().equals(p.file())))
                .forEach(p -> System.err.println("warning: " + p + " (the question is left out of the export)"));
        Path dir = OutputFolder.prepare(out, overwrite.force);
        for (Bank b : banks) {
            Path target = dir.resolve(b.id() + (gift ? ".gift" : ".xml"));
            long parameterized = b.questions().stream().filter(q -> q.parameterized()).count();
            String how = parameterized + " parameterized as one fixed variant";
            List<String> details = new ArrayList<>();
            if (gift) {
                ReportFiles.writeAtomically(target, Gift.export(b, language));
            } else {
                MoodleExport export = MoodleXml.write(b, language);
                ReportFiles.writeAtomically(target, export.xml());
                long calculated = export.parameterized().stream().filter(p -> p instanceof MoodleExport.Calculated)
                        .count();
                how = calculated + " parameterized as Moodle calculated questions, " + (parameterized - calculated)
                        + " as one fixed variant";
                for (MoodleExport.Parameterized p : export.parameterized()) {
                    switch (p) {
                        case MoodleExport.FixedVariant f -> details.add("  " + b.id() + "/" + f.questionId()
                                + ": one fixed variant: " + f.reason());
                        case MoodleExport.Calculated c -> c.notes().forEach(n -> details.add("  " + b.id() + "/"
                                + c.questionId() + ": calculated (" + c.items() + " variants): " + n));
                    }
                }
            }
            System.out.println("wrote " + target + " (" + b.questions().size() + " questions"
                    + (parameterized > 0 ? ", " + how : "") + ")");
            details.forEach(System.out::println);
        }
        return 0;
    }
}
