package org.aibasis.quiz.bank;

import java.util.Objects;
import java.util.function.UnaryOperator;

import org.aibasis.grader.model.Language;

/**
 * A text a student reads, in English and Chinese.
 *
 * @param en English
 * @param zh Chinese
 */
public record Text(String en, String zh) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The same string in both languages (e.g. a number, or a text imported from a one-language format). */
    public static Text both(String text) {
        return new Text(text, text);
    }

    /** The text in one language. */
    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case ZH -> zh;
        };
    }

    /** Applies {@code f} to both languages. */
    public Text map(UnaryOperator<String> f) {
        return new Text(f.apply(en), f.apply(zh));
    }
}
