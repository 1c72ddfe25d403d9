package org.aibasis.quiz.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A question of a bank. The four types are the permitted records; switch over them exhaustively. */
public sealed interface Question {

    /** What every question has, whatever its type. */
    Common common();

    /** The type; {@link QuestionType#code} is how banks and attempt files write it. */
    QuestionType type();

    /** Id, unique in its bank. */
    default String id() {
        return common().id();
    }

    /** Points for a fully right response. */
    default double points() {
        return common().points();
    }

    /** Whether the question draws parameters per variant. */
    default boolean parameterized() {
        return !common().params().isEmpty();
    }

    /**
     * The part shared by every type.
     *
     * @param id          unique in the bank, {@code [a-z0-9-]+}
     * @param points      &gt; 0
     * @param source      optional tag, e.g. {@code past-exam}
     * @param text        the question
     * @param explanation shown after the question was answered
     * @param params      parameters, in drawing order; empty for a fixed question
     * @param require     conditions the drawn parameters must meet (non-zero); otherwise they are redrawn
     * @param line        1-based line of the question in its bank
     */
    record Common(String id, double points, Optional<String> source, Text text, Text explanation,
                  List<Parameter> params, List<LocatedFormula> require, int line) {
        public Common {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(explanation, "explanation");
            params = List.copyOf(params);
            require = List.copyOf(require);
            if (!(points > 0) || Double.isInfinite(points)) {
                throw new IllegalArgumentException("points must be > 0");
            }
        }
    }

    /**
     * Exactly one option is correct; the student picks one.
     *
     * @param options 2 to 8 options, exactly one correct, in authored order
     * @param shuffle whether variants show the options in a shuffled order
     */
    record SingleChoice(Common common, List<Option> options, boolean shuffle) implements Question {
        public SingleChoice {
            Objects.requireNonNull(common, "common");
            options = List.copyOf(options);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE;
        }

        /** The correct option. */
        public Option correct() {
            return options.stream().filter(Option::correct).findFirst().orElseThrow();
        }
    }

    /**
     * One or more options are correct; the student ticks any number of them.
     *
     * @param options 2 to 8 options, at least one correct, in authored order
     * @param shuffle whether variants show the options in a shuffled order
     * @param scheme  the question's own scheme; empty to use the quiz's or the bank's
     */
    record MultipleResponse(Common common, List<Option> options, boolean shuffle, Optional<Scheme> scheme)
            implements Question {
        public MultipleResponse {
            Objects.requireNonNull(common, "common");
            options = List.copyOf(options);
            Objects.requireNonNull(scheme, "scheme");
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE;
        }
    }

    /**
     * A statement that is true or false.
     *
     * @param answer whether the statement is true
     */
    record TrueFalse(Common common, boolean answer) implements Question {
        public TrueFalse {
            Objects.requireNonNull(common, "common");
        }

        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /**
     * A number to compute.
     *
     * @param answer    the key: a number or a formula over the parameters
     * @param tolerance how close a response must be
     */
    record Numeric(Common common, LocatedFormula answer, Tolerance tolerance) implements Question {
        public Numeric {
            Objects.requireNonNull(common, "common");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tolerance, "tolerance");
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }
}
