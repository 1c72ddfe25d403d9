package org.aibasis.quiz.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Parameter;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Question;

/**
 * Load-time checks that need drawing: for {@link #SAMPLES} sample seeds per question, the {@code require}
 * conditions can be met within {@link ParameterDraw#MAX_TRIES} draws (and are met by at least
 * {@link #MIN_RATE} of draws, so that no student's seed is likely to fail), derived parameters are finite, and
 * a numeric key is finite.
 */
public final class DrawCheck {
    /** Sample seeds tried per parameterized question. */
    public static final int SAMPLES = 200;
    /** Smallest accepted fraction of draws that meet {@code require}. */
    public static final double MIN_RATE = 0.01;

    private DrawCheck() {
    }

    /** The problems of {@code bank}'s questions, in question order; the questions themselves stay loaded. */
    public static List<Problem> check(Bank bank) {
        List<Problem> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            problems.addAll(check(bank, q));
        }
        return problems;
    }

    /** The problems of one question of {@code bank}. */
    public static List<Problem> check(Bank bank, Question q) {
        List<Problem> problems = new ArrayList<>();
        check(bank, q, problems);
        return problems;
    }

    private static void check(Bank bank, Question q, List<Problem> problems) {
        String where = "question " + q.id();
        int samples = q.parameterized() ? SAMPLES : 1;
        long tries = 0;
        for (int i = 0; i < samples; i++) {
            ParameterDraw.Result r = ParameterDraw.draw(q, new SplitMix64(Seeds.hash("check|" + bank.id() + "/"
                    + q.id() + "|" + i)));
            tries += r.tries();
            switch (r) {
                case ParameterDraw.Unmet u -> {
                    problems.add(new Problem(bank.file(), u.line(), where + ": no draw met the requirements in "
                            + u.tries() + " tries (sample seed " + i + "; last: " + u.reason()
                            + "); loosen require, or narrow the grids so that most draws meet it"));
                    return;
                }
                case ParameterDraw.Drawn d -> {
                    if (checkDerived(bank, q, d.values(), problems)) {
                        return;
                    }
                    if (q instanceof Question.Numeric n) {
                        double key = n.answer().formula().evaluate(d.values());
                        if (!Double.isFinite(key)) {
                            problems.add(new Problem(bank.file(), n.answer().line(), where + ": the answer \""
                                    + n.answer().formula().source() + "\" is " + key + " for "
                                    + ParameterDraw.describe(d.values()) + " (add a require that excludes these"
                                    + " values, change the grids, or fix the formula)"));
                            return;
                        }
                    }
                }
            }
        }
        double rate = (double) samples / tries;
        if (q.parameterized() && rate < MIN_RATE) {
            int line = q.common().require().isEmpty() ? q.common().line() : q.common().require().get(0).line();
            problems.add(new Problem(bank.file(), line, where + ": only " + String.format(java.util.Locale.ROOT,
                    "%.2f%%", 100 * rate) + " of draws meet require (at least " + (int) (100 * MIN_RATE)
                    + "% must; narrow the grids so that require holds more often)"));
        }
    }

    private static boolean checkDerived(Bank bank, Question q, Map<String, Double> values, List<Problem> problems) {
        for (Parameter p : q.common().params()) {
            if (p instanceof Parameter.Derived d && !Double.isFinite(values.get(d.name()))) {
                problems.add(new Problem(bank.file(), d.line(), "question " + q.id() + ": parameter " + d.name()
                        + " = \"" + d.formula().formula().source() + "\" is " + values.get(d.name()) + " for "
                        + ParameterDraw.describe(values) + " (add a require that excludes these values, or fix"
                        + " the formula)"));
                return true;
            }
        }
        return false;
    }
}
