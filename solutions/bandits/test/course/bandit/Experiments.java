package course.bandit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;

/**
 * The seeded testbed experiments of the figures: one fixed size and seed, curves cut into blocks for plotting, the
 * tail averages the assertions compare, and a memo so that a curve used by two figures is run once.
 */
final class Experiments {

    /** Independent runs per curve: with 500 steps this fits the time budget of the whole suite. */
    static final int RUNS = 100;
    /** Steps per run. */
    static final int STEPS = 500;
    /** Fixed: every grading sees the same problems. */
    static final long SEED = 20_180_101L;
    /** Steps per plotted point. */
    static final int BLOCK = 10;
    /** The tail whose averages the assertions compare: the second half of the steps. */
    static final int TAIL_FROM = STEPS / 2;
    /** How far a correct agent's tail average of the % optimal action may be from the reference's. */
    static final double OPTIMAL_MARGIN = 15;
    /** How far a correct agent's tail average reward may be from the reference's. */
    static final double REWARD_MARGIN = 0.15;

    private static final Map<String, Curves> MEMO = new HashMap<>();

    private Experiments() {
    }

    /** The 10-armed testbed: true values drawn from N(mean, 1). */
    static Experiment.Problems stationary(double mean) {
        return random -> Testbed.stationary(10, mean, random);
    }

    /** The drifting 10-armed testbed: true values start at 0 and walk with step deviation {@code walk}. */
    static Experiment.Problems drifting(double walk) {
        return random -> Testbed.drifting(10, walk, random);
    }

    /** The curves of one agent on one kind of problem, run once per JVM under {@code key}. */
    static Curves curves(String key, Experiment.Problems problems, Experiment.Agents agents) {
        return MEMO.computeIfAbsent(key, k -> Experiment.run(RUNS, STEPS, SEED, problems, agents));
    }

    /** The mean of {@code curve} over the tail steps. */
    static double tail(double[] curve) {
        double sum = 0;
        for (int t = TAIL_FROM; t < curve.length; t++) {
            sum += curve[t];
        }
        return sum / (curve.length - TAIL_FROM);
    }

    /** The x values of the plotted points: the last step of every block. */
    static List<Double> blockEnds() {
        List<Double> x = new ArrayList<>();
        for (int end = BLOCK; end <= STEPS; end += BLOCK) {
            x.add((double) end);
        }
        return x;
    }

    /** {@code curve} averaged over blocks of {@link #BLOCK} steps. */
    static double[] blocks(double[] curve) {
        double[] out = new double[curve.length / BLOCK];
        for (int t = 0; t < out.length * BLOCK; t++) {
            out[t / BLOCK] += curve[t] / BLOCK;
        }
        return out;
    }

    /** Which measure of {@link Curves} a figure shows. */
    enum Measure {
        REWARD("average reward", "平均奖励"),
        OPTIMAL("% optimal action", "最优动作百分比");

        final String label;
        final String labelZh;

        Measure(String label, String labelZh) {
            this.label = label;
            this.labelZh = labelZh;
        }

        double[] of(Curves c) {
            return this == REWARD ? c.averageReward() : c.optimalPercent();
        }

        double[] errorOf(Curves c) {
            return this == REWARD ? c.rewardError() : c.optimalError();
        }

        double margin() {
            return this == REWARD ? REWARD_MARGIN : OPTIMAL_MARGIN;
        }
    }

    /** One agent as a student curve and a reference curve of the same experiment. */
    record Pair(String name, Curves student, Curves reference) {
    }

    /**
     * Publishes a figure of {@code measure} with the student's and the reference's curve of every pair; the
     * reference curves carry the band of three standard errors in which a correct implementation's curve is
     * expected to lie.
     */
    static void publish(String id, String title, String titleZh, Measure measure, List<Pair> pairs) {
        List<Figure.Series> series = new ArrayList<>();
        for (Pair p : pairs) {
            series.add(Figure.Series.student("yours: " + p.name(), blocks(measure.of(p.student()))));
            double[] mean = blocks(measure.of(p.reference()));
            double[] error = blocks(measure.errorOf(p.reference()));
            double[] low = new double[mean.length];
            double[] high = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                low[i] = mean[i] - 3 * error[i];
                high[i] = mean[i] + 3 * error[i];
            }
            series.add(Figure.Series.reference("reference: " + p.name(), mean).withBand(low, high));
        }
        Figures.publish(new Figure(id, title + " (" + RUNS + " runs)", titleZh + "（" + RUNS + " 次运行）", "step",
                measure.label, blockEnds(), series));
    }

    /**
     * The first of these checks that fails, or null: every student tail within the margin of the reference tail,
     * then {@code better} beating {@code worse} on the student's own curves.
     */
    static String compare(Measure measure, List<Pair> pairs, Pair better, Pair worse, String why) {
        for (Pair p : pairs) {
            double mine = tail(measure.of(p.student()));
            double theirs = tail(measure.of(p.reference()));
            if (!(Math.abs(mine - theirs) <= measure.margin())) {
                return String.format(Locale.ROOT, "%s: your %s over steps %d..%d averages %.2f, the reference's %.2f "
                        + "on the same %d seeded problems; a correct agent stays within %s of it", p.name(),
                        measure.label, TAIL_FROM + 1, STEPS, mine, theirs, RUNS, measure.margin());
            }
        }
        double high = tail(measure.of(better.student()));
        double low = tail(measure.of(worse.student()));
        if (!(high > low)) {
            return String.format(Locale.ROOT, "your %s (%.2f) should be above your %s (%.2f) over steps %d..%d: %s",
                    better.name(), high, worse.name(), low, TAIL_FROM + 1, STEPS, why);
        }
        return null;
    }
}
