package org.aibasis.grader.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Names the usual mistake that a wrong answer matches, and stays silent unless the match is conclusive.
 *
 * <p>A hidden test computes what each known mistake would return on the same input and asks which one the
 * student's answer equals. A mistake is named only when (1) the answer is not the correct one, (2) the answer
 * equals what the mistake returns, and (3) on this input the mistake's answer differs visibly from the correct
 * one (otherwise the input cannot tell them apart). When several mistakes match, all are named; the
 * diagnosis then says the input does not tell them apart. A mistake whose answer cannot be computed on the input
 * (its supplier throws) is skipped.
 *
 * <pre>{@code
 * String why = Diagnosis.of(actual, correct, Tolerance.DEFAULT)
 *         .mistake("a max over actions (that is value iteration)", () -> Oracle.optimalValues(mdp))
 *         .mistake("pi(a|s) ignored: every action weighted equally", () -> Oracle.values(mdp, uniform))
 *         .explain();   // "" or "\nYour values match a known mistake: ..."
 * }</pre>
 */
public final class Diagnosis {
    private final double[][] actual;
    private final double[][] correct;
    private final Tolerance tolerance;
    private final List<String> matched = new ArrayList<>();
    private String subject = "values";

    private Diagnosis(double[][] actual, double[][] correct, Tolerance tolerance) {
        this.actual = actual;
        this.correct = correct;
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /** A diagnosis of a vector answer. */
    public static Diagnosis of(double[] actual, double[] correct, Tolerance tolerance) {
        return new Diagnosis(new double[][] {actual.clone()}, new double[][] {correct.clone()}, tolerance);
    }

    /** A diagnosis of a matrix answer. */
    public static Diagnosis of(double[][] actual, double[][] correct, Tolerance tolerance) {
        return new Diagnosis(deepCopy(actual), deepCopy(correct), tolerance);
    }

    /** A diagnosis of a single number. */
    public static Diagnosis of(double actual, double correct, Tolerance tolerance) {
        return of(new double[] {actual}, new double[] {correct}, tolerance);
    }

    /** What the answer is called in the message ("values", "weights", "q"); "values" by default. */
    public Diagnosis called(String name) {
        this.subject = Objects.requireNonNull(name, "name");
        return this;
    }

    /** A known mistake of a vector answer: its description and what it returns on this input. */
    public Diagnosis mistake(String description, Supplier<double[]> answer) {
        return check(description, () -> new double[][] {answer.get()});
    }

    /** A known mistake of a matrix answer. */
    public Diagnosis mistakeMatrix(String description, Supplier<double[][]> answer) {
        return check(description, answer);
    }

    /** A known mistake of a single-number answer. */
    public Diagnosis mistakeNumber(String description, Supplier<Double> answer) {
        return check(description, () -> new double[][] {{answer.get()}});
    }

    /** The descriptions of every conclusively matched mistake, in the order they were given. */
    public List<String> matches() {
        return List.copyOf(matched);
    }

    /** {@code ""} when nothing matched conclusively, else a sentence (starting on a new line) naming the mistake. */
    public String explain() {
        if (matched.isEmpty()) {
            return "";
        }
        if (matched.size() == 1) {
            return "\nYour " + subject + " match a known mistake: " + matched.get(0) + ".";
        }
        return "\nYour " + subject + " match several known mistakes that this input cannot tell apart: "
                + String.join("; or ", matched) + ".";
    }

    private Diagnosis check(String description, Supplier<double[][]> answer) {
        Objects.requireNonNull(description, "description");
        if (Approx.close(actual, correct, tolerance)) {
            return this;
        }
        double[][] candidate;
        try {
            candidate = answer.get();
        } catch (RuntimeException e) {
            return this;
        }
        if (candidate == null || !sameShape(candidate, correct)) {
            return this;
        }
        if (Approx.close(actual, candidate, tolerance) && !Approx.close(candidate, correct, visible())) {
            matched.add(description);
        }
        return this;
    }

    /** A difference ten times the tolerance: what counts as visible between a mistake and the correct answer. */
    private Tolerance visible() {
        return new Tolerance(10 * tolerance.absolute(), 10 * tolerance.relative());
    }

    private static boolean sameShape(double[][] a, double[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != b[i].length) {
                return false;
            }
        }
        return true;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
