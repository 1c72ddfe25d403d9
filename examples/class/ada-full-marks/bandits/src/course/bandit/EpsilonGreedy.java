package course.bandit;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Ada's epsilon-greedy agent. */
public final class EpsilonGreedy implements Agent {

    private final double epsilon;
    private final StepSize stepSize;
    private final RandomGenerator random;
    private final double[] q;
    private final int[] n;

    public EpsilonGreedy(int arms, double epsilon, double initialEstimate, StepSize stepSize,
                         RandomGenerator random) {
        if (arms <= 0 || Double.isNaN(epsilon) || epsilon < 0 || epsilon > 1 || Double.isNaN(initialEstimate)
                || Double.isInfinite(initialEstimate)) {
            throw new IllegalArgumentException("bad arguments");
        }
        this.epsilon = epsilon;
        this.stepSize = stepSize;
        this.random = random;
        this.q = new double[arms];
        Arrays.fill(q, initialEstimate);
        this.n = new int[arms];
    }

    public static int greedyArm(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        double best = Arrays.stream(values).max().getAsDouble();
        for (int a = 0; ; a++) {
            if (values[a] == best) {
                return a;
            }
        }
    }

    @Override
    public int arms() {
        return q.length;
    }

    @Override
    public int selectArm() {
        boolean explore = random.nextDouble() < epsilon;
        int randomArm = random.nextInt(q.length);
        return explore ? randomArm : greedyArm(q);
    }

    @Override
    public void learn(int arm, double reward) {
        if (arm < 0 || arm >= q.length) {
            throw new IllegalArgumentException("arm " + arm);
        }
        n[arm] += 1;
        q[arm] = Estimates.update(q[arm], reward, n[arm], stepSize);
    }

    public double[] estimates() {
        return Arrays.copyOf(q, q.length);
    }

    public int[] counts() {
        return Arrays.copyOf(n, n.length);
    }
}
