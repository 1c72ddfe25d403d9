package course.bandit;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Ada's gradient bandit. */
public final class GradientBandit implements Agent {

    private final double alpha;
    private final boolean useBaseline;
    private final RandomGenerator random;
    private final double[] h;
    private double total;
    private int seen;

    public GradientBandit(int arms, double alpha, boolean baseline, RandomGenerator random) {
        if (arms <= 0 || !(alpha > 0 && alpha < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bad arguments");
        }
        this.alpha = alpha;
        this.useBaseline = baseline;
        this.random = random;
        this.h = new double[arms];
    }

    public static double[] softmax(double[] preferences) {
        if (preferences.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        double max = Arrays.stream(preferences).max().getAsDouble();
        double[] e = Arrays.stream(preferences).map(x -> Math.exp(x - max)).toArray();
        double z = Arrays.stream(e).sum();
        return Arrays.stream(e).map(x -> x / z).toArray();
    }

    @Override
    public int arms() {
        return h.length;
    }

    @Override
    public int selectArm() {
        double[] p = probabilities();
        double u = random.nextDouble();
        double acc = 0;
        for (int a = 0; a < p.length - 1; a++) {
            acc += p[a];
            if (u < acc) {
                return a;
            }
        }
        return p.length - 1;
    }

    @Override
    public void learn(int arm, double reward) {
        if (arm < 0 || arm >= h.length) {
            throw new IllegalArgumentException("arm " + arm);
        }
        double[] p = probabilities();
        double baseline = 0;
        if (useBaseline) {
            baseline = seen == 0 ? reward : total / seen;
        }
        for (int a = 0; a < h.length; a++) {
            double grad = (a == arm ? 1 : 0) - p[a];
            h[a] += alpha * (reward - baseline) * grad;
        }
        total += reward;
        seen++;
    }

    public double[] preferences() {
        return h.clone();
    }

    public double[] probabilities() {
        return softmax(h);
    }

    public double averageReward() {
        return seen == 0 ? 0 : total / seen;
    }
}
