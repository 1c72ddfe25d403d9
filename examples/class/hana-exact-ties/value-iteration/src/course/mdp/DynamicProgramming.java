package course.mdp;

/** Hana's solution: in-place sweeps; ties compared exactly, and the loop ends when the change is at most theta. */
public final class DynamicProgramming {

    public static final double TIE = 1e-9;

    private DynamicProgramming() {
    }

    private static double q(Mdp mdp, int s, int a, double[] v) {
        double result = 0;
        for (int next = 0; next < mdp.stateCount(); next++) {
            double p = mdp.probability(s, a, next);
            result = result + p * mdp.reward(s, a, next) + p * mdp.gamma() * v[next];
        }
        return result;
    }

    private static void validate(double theta) {
        if (Double.isNaN(theta) || Double.isInfinite(theta) || theta <= 0) {
            throw new IllegalArgumentException("theta = " + theta);
        }
    }

    private static void validate(Mdp mdp, double[] v) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException("wrong number of values: " + v.length);
        }
    }

    public static double[][] actionValues(Mdp mdp, double[] v) {
        validate(mdp, v);
        double[][] result = new double[mdp.stateCount()][];
        for (int s = 0; s < result.length; s++) {
            result[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < mdp.actionCount(s); a++) {
                result[s][a] = q(mdp, s, a, v);
            }
        }
        return result;
    }

    public static double[] valueIteration(Mdp mdp, double theta) {
        validate(theta);
        double[] v = new double[mdp.stateCount()];
        boolean done = false;
        while (!done) {
            double delta = 0;
            for (int s = 0; s < v.length; s++) {
                if (mdp.actionCount(s) == 0) {
                    continue;
                }
                double max = q(mdp, s, 0, v);
                for (int a = 1; a < mdp.actionCount(s); a++) {
                    max = Math.max(max, q(mdp, s, a, v));
                }
                delta = Math.max(delta, Math.abs(max - v[s]));
                v[s] = max;
            }
            done = delta <= theta;
        }
        return v;
    }

    public static Policy greedyPolicy(Mdp mdp, double[] v) {
        validate(mdp, v);
        int[] best = new int[mdp.stateCount()];
        for (int s = 0; s < best.length; s++) {
            for (int a = 1; a < mdp.actionCount(s); a++) {
                if (q(mdp, s, a, v) > q(mdp, s, best[s], v)) {
                    best[s] = a;
                }
            }
        }
        return Policy.deterministic(mdp, best);
    }

    public static double[] evaluatePolicy(Mdp mdp, Policy pi, double[] initial, double theta) {
        validate(theta);
        validate(mdp, initial);
        pi.requireCompatibleWith(mdp);
        double[] v = initial.clone();
        while (true) {
            double delta = 0;
            for (int s = 0; s < v.length; s++) {
                double sum = 0;
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    sum += pi.probability(s, a) * q(mdp, s, a, v);
                }
                delta = Math.max(delta, Math.abs(sum - v[s]));
                v[s] = sum;
            }
            if (delta < theta) {
                return v;
            }
        }
    }

    public static PolicyIterationResult policyIteration(Mdp mdp, double theta) {
        validate(theta);
        if (mdp.gamma() == 1) {
            throw new IllegalArgumentException("gamma must be < 1");
        }
        Policy pi = Policy.deterministic(mdp, new int[mdp.stateCount()]);
        double[] v = new double[mdp.stateCount()];
        int evaluations = 0;
        boolean stable = false;
        while (!stable) {
            v = evaluatePolicy(mdp, pi, v, theta);
            evaluations++;
            Policy better = greedyPolicy(mdp, v);
            stable = better.equals(pi);
            pi = better;
        }
        return new PolicyIterationResult(pi, v, evaluations);
    }
}
