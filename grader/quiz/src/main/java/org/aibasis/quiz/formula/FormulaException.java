package org.aibasis.quiz.formula;

/**
 * A formula that cannot be parsed or evaluated.
 *
 * <p>The message says what is wrong and what to do; {@link #column()} is the 1-based position in the
 * formula's text, or 0 when the problem is not tied to a position (e.g. an unknown name met while
 * evaluating).
 */
public final class FormulaException extends RuntimeException {
    private final int column;

    public FormulaException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** 1-based column of the problem in the formula's text, 0 if none. */
    public int column() {
        return column;
    }
}
