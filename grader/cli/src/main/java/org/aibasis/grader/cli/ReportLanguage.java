package org.aibasis.grader.cli;

import java.util.Locale;

import org.aibasis.reports.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} option of the commands that write a student's grading report. */
final class ReportLanguage {
    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = Code.class,
            description = "Language of the student reports (HTML, Markdown, terminal summary), hints and exercise "
                    + "titles included. Default: ${DEFAULT-VALUE}.")
    Messages.Language lang;

    Messages.Language language() {
        return lang;
    }

    /** {@code en} or {@code zh}, in any case; anything else is a usage error before anything runs. */
    static final class Code implements ITypeConverter<Messages.Language> {
        @Override
        public Messages.Language convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "en" -> Messages.Language.EN;
                case "zh" -> Messages.Language.ZH;
                default -> throw new TypeConversionException("--lang must be en or zh, was '" + value + "'");
            };
        }
    }
}
