package course.bandit;

import java.util.random.RandomGenerator;

/**
 * The course's answer, written apart from the reference solution: agents the figures run next to the student's on
 * the same seeded experiments, and the exact states the hidden tests compare with.
 */
final class ReferenceBandits {

    private ReferenceBandits() {
    }

    /** Epsilon-greedy with an initial estimate and a step size ({@code alpha = 0} means sample averages). */
    static final class Greedy implements Agent {
        final double[] q;
        final int[] n;
        private final double epsilon;
        private final double alpha;
        private final RandomGenerator random;

        Greedy(int arms, double epsilon, double initial, double alpha, RandomGenerator random) {
            this.q = new double[arms];
            this.n = new int[arms];
            this.epsilon = epsilon;
            this.alpha = alpha;
            this.random = random;
            for (int a = 0; a < arms; a++) {
                q[a] = initial;
            }
        }

        @Override
        public int arms() {
            return q.length;
        }

        @Override
        public int selectArm() {
            return random.nextDouble() < epsilon ? random.nextInt(q.length) : first(q);
        }

        @Override
        public void learn(int arm, double reward) {
            n[arm] += 1;
            double step = alpha == 0 ? 1.0 / n[arm] : alpha;
            q[arm] += step * (reward - q[arm]);
        }
    }

    /** UCB with sample averages. */
    static final class UpperConfidence implements Agent {
        final double[] q;
        final int[] n;
        private final double c;
        private int t;

        UpperConfidence(int arms, double c) {
            this.q = new double[arms];
            this.n = new int[arms];
            this.c = c;
        }

        /** The scores of the next selection, step {@code t + 1}. */
        double[] scores() {
            double[] s = new double[q.length];
            for (int a = 0; a < s.length; a++) {
                s[a] = n[a] > 0 ? q[a] + c * Math.sqrt(Math.log(t + 1.0) / n[a]) : Double.POSITIVE_INFINITY;
            }
            return s;
        }

        @Override
        public int arms() {
            return q.length;
        }

        @Override
        public int selectArm() {
            return first(scores());
        }

        @Override
        public void learn(int arm, double reward) {
            t += 1;
            n[arm] += 1;
            q[arm] += (reward - q[arm]) / n[arm];
        }
    }

    /** The gradient bandit; the baseline is the mean of the earlier rewards ({@code R_1} at the first). */
    static final class Preferences implements Agent {
        final double[] h;
        private final double alpha;
        private final boolean baseline;
        private final RandomGenerator random;
        private double rewardSum;
        private int rewards;

        Preferences(int arms, double alpha, boolean baseline, RandomGenerator random) {
            this.h = new double[arms];
            this.alpha = alpha;
            this.baseline = baseline;
            this.random = random;
        }

        double[] pi() {
            return probabilities(h);
        }

        @Override
        public int arms() {
            return h.length;
        }

        @Override
        public int selectArm() {
            double[] p = pi();
            double u = random.nextDouble();
            double cumulative = 0;
            for (int a = 0; a < p.length; a++) {
                cumulative += p[a];
                if (u < cumulative) {
                    return a;
                }
            }
            return p.length - 1;
        }

        @Override
        public void learn(int arm, double reward) {
            double[] p = pi();
            double b = baseline ? (rewards == 0 ? reward : rewardSum / rewards) : 0;
            for (int a = 0; a < h.length; a++) {
                double indicator = a == arm ? 1 : 0;
                h[a] += alpha * (reward - b) * (indicator - p[a]);
            }
            rewardSum += reward;
            rewards += 1;
        }
    }

    /** The softmax, shifted by the largest preference so that it neither overflows nor underflows to 0/0. */
    static double[] probabilities(double[] h) {
        double top = h[0];
        for (double x : h) {
            top = Math.max(top, x);
        }
        double[] p = new double[h.length];
        double total = 0;
        for (int a = 0; a < h.length; a++) {
            p[a] = Math.exp(h[a] - top);
            total += p[a];
        }
        for (int a = 0; a < h.length; a++) {
            p[a] = p[a] / total;
        }
        return p;
    }

    /** The lowest index of the largest value. */
    static int first(double[] values) {
        int best = 0;
        for (int a = values.length - 1; a >= 0; a--) {
            if (values[a] >= values[best]) {
                best = a;
            }
        }
        return best;
    }
}
