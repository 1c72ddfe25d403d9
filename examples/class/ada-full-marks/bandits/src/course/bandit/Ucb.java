package course.bandit;

import java.util.Arrays;

/** Ada's UCB agent. */
public final class Ucb implements Agent {

    private final double c;
    private final double[] sum;
    private final int[] n;
    private int t = 1;

    public Ucb(int arms, double c) {
        if (arms <= 0 || !(c >= 0 && c < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bad arguments");
        }
        this.c = c;
        this.sum = new double[arms];
        this.n = new int[arms];
    }

    @Override
    public int arms() {
        return n.length;
    }

    @Override
    public int selectArm() {
        double[] s = scores();
        int best = 0;
        for (int a = 0; a < s.length; a++) {
            if (s[a] > s[best]) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public void learn(int arm, double reward) {
        if (arm < 0 || arm >= n.length) {
            throw new IllegalArgumentException("arm " + arm);
        }
        sum[arm] += reward;
        n[arm]++;
        t++;
    }

    public double[] scores() {
        double[] s = new double[n.length];
        for (int a = 0; a < s.length; a++) {
            s[a] = n[a] == 0 ? Double.POSITIVE_INFINITY : sum[a] / n[a] + c * Math.sqrt(Math.log(t) / n[a]);
        }
        return s;
    }

    public double[] estimates() {
        double[] q = new double[n.length];
        for (int a = 0; a < q.length; a++) {
            q[a] = n[a] == 0 ? 0 : sum[a] / n[a];
        }
        return q;
    }

    public int[] counts() {
        return Arrays.copyOf(n, n.length);
    }
}
