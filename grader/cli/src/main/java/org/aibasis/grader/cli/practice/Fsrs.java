package org.aibasis.grader.cli.practice;

import java.util.List;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, version 6): how likely a question is to be recalled
 * after some days, and how that changes with each answer.
 *
 * <p>A memory has a <em>stability</em> S (days until the recall probability falls to 90%) and a <em>difficulty</em>
 * D in [1, 10]. With the 21 parameters w0..w20, decay = w20 and F = 0.9^(-1/decay) - 1:
 * <ul>
 *   <li>retrievability after t days: R(t, S) = (1 + F t / S)^(-decay);</li>
 *   <li>interval for a target retention r: I(r, S) = S / F (r^(-1/decay) - 1), rounded to whole days, at least 1
 *       (so I(0.9, S) = S);</li>
 *   <li>first answer with grade G (1 again, 2 hard, 3 good, 4 easy): S0 = w[G-1], D0(G) = w4 - e^(w5 (G-1)) + 1,
 *       clamped to [1, 10];</li>
 *   <li>next difficulty: D' = w7 D0(4) + (1 - w7) (D + delta (10 - D) / 9) with delta = -w6 (G - 3) (linear damping,
 *       then mean reversion towards the unclamped D0(4)), clamped to [1, 10];</li>
 *   <li>recalled (G &gt;= 2): S' = S (1 + e^w8 (11 - D) S^(-w9) (e^(w10 (1 - R)) - 1) h b), h = w15 for hard, b = w16
 *       for easy, else 1;</li>
 *   <li>forgotten (G = 1): S' = min(w11 D^(-w12) ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17 w18));</li>
 *   <li>answered again on the same day (t &lt; 1): S' = S e^(w17 (G - 3 + w18)) S^(-w19), the factor at least 1 for
 *       good and easy;</li>
 *   <li>every stability at least {@value #MIN_STABILITY} days.</li>
 * </ul>
 * These are the equations of the FSRS wiki ("The Algorithm", section FSRS-6) as the open-spaced-repetition
 * reference schedulers implement them (py-fsrs 6.3 {@code fsrs/scheduler.py}, ts-fsrs 5 {@code algorithm.ts}),
 * with their default parameters {@link #DEFAULT_PARAMETERS} (trained on the srs-benchmark data) and elapsed time in
 * whole days. Only the memory model is here; when to ask what is {@link PracticeState}'s and {@link Planner}'s.
 */
public final class Fsrs {
    /** FSRS-6's default w0..w20: py-fsrs {@code DEFAULT_PARAMETERS}, ts-fsrs {@code default_w}. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    /** The recall probability at which a question is due again. */
    public static final double TARGET_RETENTION = 0.9;
    /** The smallest stability, in days (as in the reference implementations). */
    public static final double MIN_STABILITY = 0.001;
    /** The longest interval, in days (100 years, the reference implementations' maximum). */
    public static final long MAX_INTERVAL = 36500;

    /** The four grades of an answer. */
    public enum Rating {
        /** Forgotten: wrong or not answered. */
        AGAIN,
        /** Recalled with difficulty. */
        HARD,
        /** Recalled. */
        GOOD,
        /** Recalled easily. */
        EASY;

        /** 1 for again to 4 for easy, as in the formulas. */
        public int grade() {
            return ordinal() + 1;
        }
    }

    /**
     * What the model knows of one memory.
     *
     * @param stability  days until recall falls to 90%, at least {@value #MIN_STABILITY}
     * @param difficulty in [1, 10]
     */
    public record Memory(double stability, double difficulty) {
        public Memory {
            if (!(stability >= MIN_STABILITY) || !(difficulty >= 1 && difficulty <= 10)) {
                throw new IllegalArgumentException("a memory needs stability >= " + MIN_STABILITY
                        + " and difficulty in [1, 10], got " + stability + ", " + difficulty);
            }
        }
    }

    private static final Fsrs STANDARD = new Fsrs(DEFAULT_PARAMETERS, TARGET_RETENTION);

    private final double[] w;
    private final double retention;
    private final double decay;
    private final double factor;

    /**
     * A model with its own parameters and target retention.
     *
     * @throws IllegalArgumentException unless there are 21 finite parameters, w20 &gt; 0, and the retention lies in
     *                                  (0, 1)
     */
    public Fsrs(List<Double> parameters, double targetRetention) {
        if (parameters.size() != DEFAULT_PARAMETERS.size() || parameters.stream().anyMatch(p -> !Double.isFinite(p))
                || !(parameters.get(20) > 0)) {
            throw new IllegalArgumentException("FSRS-6 needs 21 finite parameters with w20 > 0, got " + parameters);
        }
        if (!(targetRetention > 0 && targetRetention < 1)) {
            throw new IllegalArgumentException("the target retention must lie in (0, 1), got " + targetRetention);
        }
        this.w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        this.retention = targetRetention;
        this.decay = w[20];
        this.factor = Math.pow(0.9, -1 / decay) - 1;
    }

    /** The default parameters and a target retention of 90%. */
    public static Fsrs standard() {
        return STANDARD;
    }

    /** The target retention. */
    public double targetRetention() {
        return retention;
    }

    /** The memory after the first answer. */
    public Memory first(Rating rating) {
        return new Memory(Math.max(MIN_STABILITY, w[rating.grade() - 1]), clampDifficulty(initialDifficulty(rating)));
    }

    /** R(t, S): the probability of recall {@code elapsedDays} after the last answer. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, -decay);
    }

    /** The memory after an answer {@code elapsedDays} whole days after the previous one. */
    public Memory next(Memory memory, long elapsedDays, Rating rating) {
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating);
        }
        return new Memory(Math.max(MIN_STABILITY, stability), nextDifficulty(d, rating));
    }

    /** I(r, S): whole days until recall falls to the target retention, 1 to {@value #MAX_INTERVAL}. */
    public long interval(double stability) {
        double days = stability / factor * (Math.pow(retention, -1 / decay) - 1);
        return Math.max(1, Math.min(MAX_INTERVAL, Math.round(days)));
    }

    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    private double recallStability(double d, double s, double r, Rating rating) {
        double hard = rating == Rating.HARD ? w[15] : 1;
        double easy = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard
                * easy);
    }

    private double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    private double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(1, increase);
        }
        return s * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
