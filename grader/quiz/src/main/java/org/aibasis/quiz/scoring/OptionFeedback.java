package org.aibasis.quiz.scoring;

import java.util.Objects;
import java.util.Optional;
import org.aibasis.quiz.bank.Text;

/**
 * A mistake on one option, with the option's feedback if the bank gives one.
 *
 * @param optionId the option's stable id
 * @param letter   the letter the student saw
 * @param mistake  what went wrong
 * @param feedback the option's feedback, parameters filled in
 */
public record OptionFeedback(String optionId, String letter, Mistake mistake, Optional<Text> feedback) {
    public OptionFeedback {
        Objects.requireNonNull(optionId, "optionId");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(mistake, "mistake");
        Objects.requireNonNull(feedback, "feedback");
    }

    /** The two kinds of mistake on an option. */
    public enum Mistake {
        /** A wrong option was ticked. */
        WRONGLY_TICKED,
        /** A correct option was not ticked. */
        MISSED
    }
}
