package org.aibasis.quiz.bank;

import java.util.Arrays;
import java.util.Optional;

/** The four question types, with the name banks, attempt files and exports write for each. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("truefalse"),
    NUMERIC("numeric");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The name as a bank writes it: {@code single}, {@code multiple}, {@code truefalse}, {@code numeric}. */
    public String code() {
        return code;
    }

    /** The type a bank names {@code code}; empty for any other text. */
    public static Optional<QuestionType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Every code, separated by {@code " | "}, for messages that say what is allowed. */
    public static String codes() {
        return String.join(" | ", Arrays.stream(values()).map(QuestionType::code).toList());
    }
}
