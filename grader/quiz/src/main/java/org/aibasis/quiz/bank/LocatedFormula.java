package org.aibasis.quiz.bank;

import java.util.Objects;
import org.aibasis.quiz.formula.Formula;

/**
 * A formula with the line of the bank where it was written, so later checks can point at it.
 *
 * @param formula the formula
 * @param line    1-based line in the bank file
 */
public record LocatedFormula(Formula formula, int line) {
    public LocatedFormula {
        Objects.requireNonNull(formula, "formula");
    }
}
