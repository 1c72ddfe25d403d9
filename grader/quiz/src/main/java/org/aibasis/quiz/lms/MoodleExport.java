package org.aibasis.quiz.lms;

import java.util.List;
import java.util.Objects;

/**
 * A bank written as Moodle XML, and how each of its parameterized questions was written.
 *
 * @param xml           the document
 * @param parameterized one entry per parameterized question, in bank order
 */
public record MoodleExport(String xml, List<Parameterized> parameterized) {
    public MoodleExport {
        Objects.requireNonNull(xml, "xml");
        parameterized = List.copyOf(parameterized);
    }

    /** How one parameterized question was written. */
    public sealed interface Parameterized {
        /** The question's id. */
        String questionId();
    }

    /**
     * As a Moodle calculated question.
     *
     * @param items how many dataset items (variants) it has
     * @param notes what Moodle shows or accepts differently from our engine; empty if nothing
     */
    public record Calculated(String questionId, int items, List<String> notes) implements Parameterized {
        public Calculated {
            Objects.requireNonNull(questionId, "questionId");
            notes = List.copyOf(notes);
        }
    }

    /**
     * As one fixed variant (a numerical or choice question with the parameters filled in).
     *
     * @param reason why it could not be a calculated question
     */
    public record FixedVariant(String questionId, String reason) implements Parameterized {
        public FixedVariant {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
