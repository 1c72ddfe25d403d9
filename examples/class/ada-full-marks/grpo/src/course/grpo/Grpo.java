package course.grpo;

import java.util.Arrays;
import java.util.List;

/** Ada's GRPO: streams for the statistics, one helper for the argument checks. */
public final class Grpo {

    private Grpo() {
    }

    public static double[] advantages(double[] rewards) {
        if (rewards.length == 0 || Arrays.stream(rewards).anyMatch(r -> Double.isNaN(r) || Double.isInfinite(r))) {
            throw new IllegalArgumentException("rewards must be finite and non-empty");
        }
        if (Arrays.stream(rewards).distinct().count() == 1) {
            return new double[rewards.length];
        }
        double mean = Arrays.stream(rewards).average().orElseThrow();
        double variance = Arrays.stream(rewards).map(r -> (r - mean) * (r - mean)).average().orElseThrow();
        double std = Math.sqrt(variance);
        return Arrays.stream(rewards).map(r -> (r - mean) / std).toArray();
    }

    public static double clippedTerm(double ratio, double advantage, double epsilon) {
        validate(ratio, advantage, epsilon);
        double low = 1 - epsilon;
        double high = 1 + epsilon;
        double clipped = ratio < low ? low : Math.min(ratio, high);
        return Math.min(ratio * advantage, clipped * advantage);
    }

    public static double clippedTermSlope(double ratio, double advantage, double epsilon) {
        validate(ratio, advantage, epsilon);
        if (advantage > 0 && ratio > 1 + epsilon) {
            return 0;
        }
        if (advantage < 0 && ratio < 1 - epsilon) {
            return 0;
        }
        return advantage;
    }

    public static double klEstimate(double logPolicy, double logReference) {
        for (double x : new double[] {logPolicy, logReference}) {
            if (Double.isNaN(x) || Double.isInfinite(x) || x > 0) {
                throw new IllegalArgumentException("bad log-probability " + x);
            }
        }
        double d = logReference - logPolicy;
        return Math.expm1(d) - d;
    }

    public static double objective(List<SampledOutput> group, double[] advantages, double epsilon, double beta) {
        if (group.isEmpty() || group.size() != advantages.length) {
            throw new IllegalArgumentException("need one advantage per output");
        }
        if (Double.isNaN(beta) || Double.isInfinite(beta) || beta < 0) {
            throw new IllegalArgumentException("bad beta");
        }
        double j = 0;
        for (int i = 0; i < group.size(); i++) {
            double[] lp = group.get(i).newLogProbs();
            double[] old = group.get(i).oldLogProbs();
            double[] ref = group.get(i).refLogProbs();
            double perToken = 0;
            for (int t = 0; t < lp.length; t++) {
                double rho = Math.exp(lp[t] - old[t]);
                perToken += (clippedTerm(rho, advantages[i], epsilon) - beta * klEstimate(lp[t], ref[t])) / lp.length;
            }
            j += perToken / group.size();
        }
        return j;
    }

    private static void validate(double ratio, double advantage, double epsilon) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio) || ratio < 0) {
            throw new IllegalArgumentException("bad ratio");
        }
        if (Double.isNaN(advantage) || Double.isInfinite(advantage)) {
            throw new IllegalArgumentException("bad advantage");
        }
        if (Double.isNaN(epsilon) || epsilon <= 0 || epsilon >= 1) {
            throw new IllegalArgumentException("bad epsilon");
        }
    }
}
