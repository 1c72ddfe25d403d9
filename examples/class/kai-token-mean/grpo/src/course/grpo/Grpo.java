package course.grpo;

import java.util.List;

/** Kai's GRPO: the objective is one mean over every token of the group. */
public final class Grpo {

    private Grpo() {
    }

    public static double[] advantages(double[] rewards) {
        if (rewards.length == 0) {
            throw new IllegalArgumentException("empty group");
        }
        double mean = 0;
        for (double r : rewards) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("reward " + r);
            }
            mean += r;
        }
        mean /= rewards.length;
        boolean same = true;
        double var = 0;
        for (double r : rewards) {
            same = same && r == rewards[0];
            var += (r - mean) * (r - mean) / rewards.length;
        }
        double[] out = new double[rewards.length];
        if (!same) {
            double sd = Math.sqrt(var);
            for (int i = 0; i < out.length; i++) {
                out[i] = (rewards[i] - mean) / sd;
            }
        }
        return out;
    }

    private static void checkArguments(double ratio, double advantage, double epsilon) {
        if (!(ratio >= 0 && ratio < Double.POSITIVE_INFINITY) || !Double.isFinite(advantage)
                || !(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("invalid ratio, advantage or epsilon");
        }
    }

    public static double clippedTerm(double ratio, double advantage, double epsilon) {
        checkArguments(ratio, advantage, epsilon);
        double c = Math.min(Math.max(ratio, 1 - epsilon), 1 + epsilon);
        return Math.min(ratio * advantage, c * advantage);
    }

    public static double clippedTermSlope(double ratio, double advantage, double epsilon) {
        checkArguments(ratio, advantage, epsilon);
        boolean flat = (advantage > 0 && ratio > 1 + epsilon) || (advantage < 0 && ratio < 1 - epsilon);
        return flat ? 0.0 : advantage;
    }

    public static double klEstimate(double logPolicy, double logReference) {
        if (!(logPolicy <= 0 && logPolicy > Double.NEGATIVE_INFINITY)
                || !(logReference <= 0 && logReference > Double.NEGATIVE_INFINITY)) {
            throw new IllegalArgumentException("log-probabilities must be finite and <= 0");
        }
        double x = logReference - logPolicy;
        return Math.expm1(x) - x;
    }

    public static double objective(List<SampledOutput> group, double[] advantages, double epsilon, double beta) {
        if (group.isEmpty() || advantages.length != group.size() || !(beta >= 0 && beta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("invalid group, advantages or beta");
        }
        double sum = 0;
        int tokens = 0;
        for (int i = 0; i < group.size(); i++) {
            SampledOutput o = group.get(i);
            for (int t = 0; t < o.length(); t++) {
                double rho = Math.exp(o.newLogProbs()[t] - o.oldLogProbs()[t]);
                sum += clippedTerm(rho, advantages[i], epsilon) - beta * klEstimate(o.newLogProbs()[t],
                        o.refLogProbs()[t]);
                tokens++;
            }
        }
        // every token counts the same, wherever it comes from
        return sum / tokens;
    }
}
