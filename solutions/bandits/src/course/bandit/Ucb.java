package course.bandit;

/** Upper-confidence-bound action selection with sample-average estimates; an untried arm counts as maximal. */
public final class Ucb implements Agent {

    private final double c;
    private final double[] estimates;
    private final int[] counts;
    private int learned;

    /**
     * An agent with every estimate and count at 0.
     *
     * @throws IllegalArgumentException if {@code arms < 1} or {@code c} is negative, NaN or infinite
     */
    public Ucb(int arms, double c) {
        Arms.require(arms);
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("c must be a finite number >= 0, got " + c);
        }
        this.c = c;
        this.estimates = new double[arms];
        this.counts = new int[arms];
    }

    @Override
    public int arms() {
        return estimates.length;
    }

    @Override
    public int selectArm() {
        return EpsilonGreedy.greedyArm(scores());
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, estimates.length);
        counts[arm]++;
        learned++;
        estimates[arm] = Estimates.sampleAverage(estimates[arm], reward, counts[arm]);
    }

    /** {@code +infinity} for an untried arm, else {@code Q(a) + c sqrt(ln t / N(a))} with {@code t = learned + 1}. */
    public double[] scores() {
        double logT = Math.log(learned + 1);
        double[] scores = new double[estimates.length];
        for (int a = 0; a < scores.length; a++) {
            scores[a] = counts[a] == 0 ? Double.POSITIVE_INFINITY
                    : estimates[a] + c * Math.sqrt(logT / counts[a]);
        }
        return scores;
    }

    /** A copy of the estimates. */
    public double[] estimates() {
        return estimates.clone();
    }

    /** A copy of the counts. */
    public int[] counts() {
        return counts.clone();
    }
}
