package org.aibasis.quiz.bank;

import java.util.List;
import java.util.Objects;

/** A parameter of a question, drawn (or computed) per variant, in the order written. */
public sealed interface Parameter {

    /** The name texts and formulas use. */
    String name();

    /** 1-based line in the bank file. */
    int line();

    /**
     * Uniform on the grid min, min + step, ..., max (max included when it lies on the grid).
     *
     * @param min  lower end; a formula over earlier parameters, usually a number
     * @param max  upper end; a formula over earlier parameters, usually a number
     * @param step grid step, &gt; 0
     */
    record Grid(String name, LocatedFormula min, LocatedFormula max, double step, int line) implements Parameter {
        public Grid {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (!(step > 0) || Double.isInfinite(step)) {
                throw new IllegalArgumentException("step must be > 0");
            }
        }
    }

    /**
     * One of the listed values, each equally likely.
     *
     * @param values at least one value
     */
    record Choice(String name, List<Double> values, int line) implements Parameter {
        public Choice {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values must not be empty");
            }
        }
    }

    /**
     * Computed from earlier parameters.
     *
     * @param formula the formula
     */
    record Derived(String name, LocatedFormula formula, int line) implements Parameter {
        public Derived {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(formula, "formula");
        }
    }
}
