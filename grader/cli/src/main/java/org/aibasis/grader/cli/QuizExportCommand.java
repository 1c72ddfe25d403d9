package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.lms.Gift;
import org.aibasis.quiz.lms.LmsLanguage;
import org.aibasis.quiz.lms.MoodleXml;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz export}: writes banks as Moodle GIFT or Moodle XML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a bank (or all) for Moodle: DIR/<bank>.gift or DIR/<bank>.xml.",
                "A parameterized question is written as one fixed variant; multiple-response questions get Moodle's "
                        + "weights, which score like net-correct (Moodle has no other scheme)."},
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
            ReportFiles.writeAtomically(target, gift ? Gift.export(b, language) : MoodleXml.export(b, language));
            long parameterized = b.questions().stream().filter(q -> q.parameterized()).count();
            System.out.println("wrote " + target + " (" + b.questions().size() + " questions"
                    + (parameterized > 0 ? ", " + parameterized + " parameterized as one fixed variant" : "") + ")");
        }
        return 0;
    }
}
