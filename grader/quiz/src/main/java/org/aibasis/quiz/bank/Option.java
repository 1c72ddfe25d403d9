package org.aibasis.quiz.bank;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a single-choice or multiple-response question.
 *
 * @param id       stable id: the option's {@code id:} in the bank, else {@code o1}, {@code o2}, ... by authored
 *                 position; responses name options by this id, never by the displayed letter
 * @param text     what the student reads
 * @param correct  whether ticking it is right
 * @param feedback shown when the option was ticked wrongly or, if correct, missed
 */
public record Option(String id, Text text, boolean correct, Optional<Text> feedback) {
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
    }
}
