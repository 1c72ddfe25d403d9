package course.bandit;

/**
 * What an {@link Experiment} measures at every step {@code t = 1 .. steps}, averaged over its runs: the reward and
 * the percentage of runs that pulled an optimal arm, each with its standard error (the standard deviation over
 * the runs divided by the square root of their number). Immutable: the getters return copies.
 */
public final class Curves {

    private final int runs;
    private final double[] averageReward;
    private final double[] rewardError;
    private final double[] optimalPercent;
    private final double[] optimalError;

    Curves(int runs, double[] averageReward, double[] rewardError, double[] optimalPercent, double[] optimalError) {
        this.runs = runs;
        this.averageReward = averageReward.clone();
        this.rewardError = rewardError.clone();
        this.optimalPercent = optimalPercent.clone();
        this.optimalError = optimalError.clone();
    }

    /** The number of runs averaged. */
    public int runs() {
        return runs;
    }

    /** The number of steps of every run. */
    public int steps() {
        return averageReward.length;
    }

    /** Entry {@code t - 1}: the reward at step {@code t}, averaged over the runs. */
    public double[] averageReward() {
        return averageReward.clone();
    }

    /** Entry {@code t - 1}: the standard error of {@code averageReward()[t - 1]}. */
    public double[] rewardError() {
        return rewardError.clone();
    }

    /** Entry {@code t - 1}: the percentage of runs whose arm at step {@code t} was optimal. */
    public double[] optimalPercent() {
        return optimalPercent.clone();
    }

    /** Entry {@code t - 1}: the standard error of {@code optimalPercent()[t - 1]}. */
    public double[] optimalError() {
        return optimalError.clone();
    }
}
