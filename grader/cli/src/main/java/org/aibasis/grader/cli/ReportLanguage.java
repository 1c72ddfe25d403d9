package org.aibasis.grader.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import org.aibasis.grader.model.Language;
import org.aibasis.reports.Messages;

/** The {@code --lang} option of the commands that write a grading report. */
final class ReportLanguage {
    /** The bundle of what the commands print while they run: {@code messages/terminal[_zh].properties}. */
    static final String TERMINAL = "org.aibasis.grader.cli.messages.terminal";

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = Code.class,
            description = "Language of the reports (HTML, Markdown, terminal summary; for batch and merge also the "
                    + "class report and what they print), hints and exercise titles included. "
                    + "Default: ${DEFAULT-VALUE}.")
    Language lang;

    Language language() {
        return lang;
    }

    /** The wording of what the command prints, in the chosen language. */
    Messages words() {
        return words(lang);
    }

    /** The wording of what the commands print, in {@code language}. */
    static Messages words(Language language) {
        return Messages.of(TERMINAL, language);
    }

    /** {@code en} or {@code zh}, in any case; anything else is a usage error before anything runs. */
    static final class Code implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
