package course.bandit;

/** Ivan's UCB. */
public final class Ucb implements Agent {

    private final double c;
    private final double[] values;
    private final int[] pulls;
    private int total;

    public Ucb(int arms, double c) {
        Arms.require(arms);
        if (Double.isNaN(c) || Double.isInfinite(c) || c < 0) {
            throw new IllegalArgumentException("bad c");
        }
        this.c = c;
        values = new double[arms];
        pulls = new int[arms];
    }

    @Override
    public int arms() {
        return values.length;
    }

    @Override
    public int selectArm() {
        double[] s = scores();
        int best = 0;
        for (int a = 1; a < s.length; a++) {
            if (s[a] > s[best]) {
                best = a;
            }
        }
        return best;
    }

    @Override
    public void learn(int arm, double reward) {
        Arms.check(arm, values.length);
        total++;
        pulls[arm]++;
        values[arm] += (reward - values[arm]) / pulls[arm];
    }

    public double[] scores() {
        double[] s = new double[values.length];
        int t = total + 1;
        for (int a = 0; a < s.length; a++) {
            if (pulls[a] == 0) {
                s[a] = Double.POSITIVE_INFINITY;
            } else {
                s[a] = values[a] + c * Math.sqrt(Math.log(t) / pulls[a]);
            }
        }
        return s;
    }

    public double[] estimates() {
        return values.clone();
    }

    public int[] counts() {
        return pulls.clone();
    }
}
