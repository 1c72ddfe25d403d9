package org.aibasis.quiz.lms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibasis.quiz.bank.Text;

/**
 * Which language(s) an export writes. {@link #BOTH} writes every text as
 * {@code {mlang en}English{mlang}{mlang zh_cn}中文{mlang}}, the syntax of Moodle's "Multi-Language Content (v2)"
 * filter (filter_multilang2), which shows each student the text of their language.
 */
public enum LmsLanguage {
    EN, ZH, BOTH;

    private static final Pattern MLANG = Pattern.compile(
            "\\{mlang en}(.*?)\\{mlang}\\{mlang zh_cn}(.*?)\\{mlang}", Pattern.DOTALL);

    /** The text as this export writes it. */
    public String render(Text text) {
        return switch (this) {
            case EN -> text.en();
            case ZH -> text.zh();
            case BOTH -> "{mlang en}" + text.en() + "{mlang}{mlang zh_cn}" + text.zh() + "{mlang}";
        };
    }

    /** Reads a text back: the two languages of a multilang text, else the same string for both. */
    public static Text parse(String text) {
        Matcher m = MLANG.matcher(text);
        if (m.matches()) {
            return new Text(m.group(1), m.group(2));
        }
        return Text.both(text);
    }

    /** The language named {@code en}, {@code zh} or {@code both}. */
    public static Optional<LmsLanguage> named(String name) {
        for (LmsLanguage l : values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
