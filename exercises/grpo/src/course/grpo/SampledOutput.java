package course.grpo;

import java.util.Arrays;

/**
 * One output {@code o_i} of a group, token by token: the log-probability of each of its tokens under the policy
 * being trained ({@code pi_theta}), under the policy that sampled it ({@code pi_old}) and under the frozen reference
 * policy ({@code pi_ref}).
 *
 * @param newLogProbs {@code log pi_theta(o_t | q, o_<t)} for {@code t = 1..|o|}
 * @param oldLogProbs {@code log pi_old(o_t | q, o_<t)}
 * @param refLogProbs {@code log pi_ref(o_t | q, o_<t)}
 */
public record SampledOutput(double[] newLogProbs, double[] oldLogProbs, double[] refLogProbs) {

    /**
     * Copies and checks the arrays.
     *
     * @throws IllegalArgumentException if the output has no token, the three arrays differ in length, or a value is
     *                                  NaN, infinite or positive (a probability is at most 1)
     */
    public SampledOutput {
        newLogProbs = newLogProbs.clone();
        oldLogProbs = oldLogProbs.clone();
        refLogProbs = refLogProbs.clone();
        if (newLogProbs.length == 0 || oldLogProbs.length != newLogProbs.length
                || refLogProbs.length != newLogProbs.length) {
            throw new IllegalArgumentException("one log-probability per token under each policy: got "
                    + newLogProbs.length + ", " + oldLogProbs.length + " and " + refLogProbs.length);
        }
        for (double[] a : new double[][] {newLogProbs, oldLogProbs, refLogProbs}) {
            for (double x : a) {
                if (!(x <= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("a log-probability must be finite and <= 0, got " + x);
                }
            }
        }
    }

    /** Returns the number of tokens {@code |o|}. */
    public int length() {
        return newLogProbs.length;
    }

    @Override
    public double[] newLogProbs() {
        return newLogProbs.clone();
    }

    @Override
    public double[] oldLogProbs() {
        return oldLogProbs.clone();
    }

    @Override
    public double[] refLogProbs() {
        return refLogProbs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampledOutput s && Arrays.equals(newLogProbs, s.newLogProbs)
                && Arrays.equals(oldLogProbs, s.oldLogProbs) && Arrays.equals(refLogProbs, s.refLogProbs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(newLogProbs) * 961 + Arrays.hashCode(oldLogProbs) * 31 + Arrays.hashCode(refLogProbs);
    }

    @Override
    public String toString() {
        return "SampledOutput[new=" + Arrays.toString(newLogProbs) + ", old=" + Arrays.toString(oldLogProbs)
                + ", ref=" + Arrays.toString(refLogProbs) + "]";
    }
}
