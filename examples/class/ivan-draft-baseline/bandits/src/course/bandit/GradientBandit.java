package course.bandit;

import java.util.random.RandomGenerator;

/** Ivan's gradient bandit: the baseline is the average reward up to and including this one (a draft's wording). */
public final class GradientBandit implements Agent {

    private final double[] prefs;
    private final double alpha;
    private final boolean baseline;
    private final RandomGenerator rng;
    private double mean;
    private int count;

    public GradientBandit(int arms, double alpha, boolean baseline, RandomGenerator random) {
        Arms.require(arms);
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("bad alpha");
        }
        prefs = new double[arms];
        this.alpha = alpha;
        this.baseline = baseline;
        rng = random;
    }

    public static double[] softmax(double[] preferences) {
        if (preferences.length == 0) {
            throw new IllegalArgumentException("no preferences");
        }
        double max = preferences[0];
        for (double x : preferences) {
            if (x > max) {
                max = x;
            }
        }
        double[] out = new double[preferences.length];
        double z = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(preferences[i] - max);
            z += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= z;
        }
        return out;
    }

    @Override
    public int arms() {
        return prefs.length;
    }

    @Override
    public int selectArm() {
        double[] pi = probabilities();
        double u = rng.nextDouble();
        for (int a = 0; a < pi.length; a++) {
            if (u < pi[a]) {
                return a;
            }
            u -= pi[a];
        }
        return pi.length - 1;
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, prefs.length);
        double[] pi = probabilities();
        count++;
        mean += (reward - mean) / count;
        double advantage = reward - (baseline ? mean : 0);
        for (int a = 0; a < prefs.length; a++) {
            if (a == arm) {
                prefs[a] += alpha * advantage * (1 - pi[a]);
            } else {
                prefs[a] -= alpha * advantage * pi[a];
            }
        }
    }

    public double[] preferences() {
        return prefs.clone();
    }

    public double[] probabilities() {
        return softmax(prefs);
    }

    public double averageReward() {
        return mean;
    }
}
