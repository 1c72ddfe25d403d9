package org.aibasis.quiz.scoring;

import java.util.Set;

/** What a student answered to one question. */
public sealed interface Response {

    /** No answer. */
    record Blank() implements Response {
    }

    /**
     * Options ticked, by stable option id (for single choice, one id; more than one is wrong).
     *
     * @param optionIds the ticked options
     */
    record Ticked(Set<String> optionIds) implements Response {
        public Ticked {
            optionIds = Set.copyOf(optionIds);
        }
    }

    /** True or false, for a true/false question. */
    record Truth(boolean value) implements Response {
    }

    /** A number, for a numeric question. */
    record Number(double value) implements Response {
    }

    /** The blank response. */
    static Response blank() {
        return new Blank();
    }
}
