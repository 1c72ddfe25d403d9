package org.aibasis.grader.model;

import java.util.Arrays;
import java.util.Locale;

/** The languages every text a student or an instructor reads is written in. */
public enum Language {
    /** English, the default. */
    EN,
    /** Chinese (simplified). */
    ZH;

    /** {@code en} or {@code zh}, as the command line, file names and HTML's {@code lang} write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language whose {@link #code} is {@code code}, in any case.
     *
     * @throws IllegalArgumentException for any other text, naming the languages there are
     */
    public static Language parse(String code) {
        for (Language l : values()) {
            if (l.code().equals(code.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a language code: use " + String.join(" or ",
                Arrays.stream(values()).map(Language::code).toList()));
    }
}
