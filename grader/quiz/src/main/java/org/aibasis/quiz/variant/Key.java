package org.aibasis.quiz.variant;

import java.util.Objects;
import java.util.Set;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Tolerance;

/** What a right response is, for one posed question: everything scoring needs besides the response. */
public sealed interface Key {

    /** Single choice: the id of the correct option. */
    record OneOption(String optionId) implements Key {
        public OneOption {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /**
     * Multiple response: the ids of the correct options and the scheme in force.
     *
     * @param optionIds the correct options (at least one)
     * @param scheme    the quiz's scheme, else the question's, else the bank's
     */
    record Options(Set<String> optionIds, Scheme scheme) implements Key {
        public Options {
            optionIds = Set.copyOf(optionIds);
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    /** True/false: whether the statement is true. */
    record Truth(boolean value) implements Key {
    }

    /**
     * Numeric: the computed key and how far a response may be from it.
     *
     * @param value     finite
     * @param tolerance the question's tolerance
     */
    record Number(double value, Tolerance tolerance) implements Key {
        public Number {
            Objects.requireNonNull(tolerance, "tolerance");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a numeric key must be finite, got " + value);
            }
        }
    }
}
