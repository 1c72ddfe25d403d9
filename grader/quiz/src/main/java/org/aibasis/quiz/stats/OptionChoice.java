package org.aibasis.quiz.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Distractor analysis of one option: the fraction of respondents who chose it.
 *
 * @param optionId stable option id ({@code true}/{@code false} for a true/false question)
 * @param correct  whether the option is (part of) the key
 * @param all      fraction of all respondents who chose it
 * @param upper    fraction in the upper group, empty if no one of the group answered the question
 * @param lower    fraction in the lower group, empty if no one of the group answered the question
 */
public record OptionChoice(String optionId, boolean correct, double all, OptionalDouble upper,
                           OptionalDouble lower) {
    public OptionChoice {
        Objects.requireNonNull(optionId, "optionId");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(lower, "lower");
    }
}
