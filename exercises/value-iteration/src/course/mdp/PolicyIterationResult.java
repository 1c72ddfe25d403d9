package course.mdp;

import java.util.Arrays;

/**
 * What policy iteration ends with: the final policy, its values from the last evaluation, and how many policies
 * were evaluated on the way (the first one included).
 *
 * @param policy      the deterministic policy that policy improvement left unchanged
 * @param values      its state values, one per state (0 for a terminal state)
 * @param evaluations the number of policy evaluations performed, at least 1
 */
public record PolicyIterationResult(Policy policy, double[] values, int evaluations) {

    public PolicyIterationResult {
        if (policy == null || values == null) {
            throw new IllegalArgumentException("policy and values must not be null");
        }
        if (values.length != policy.stateCount()) {
            throw new IllegalArgumentException("the policy has " + policy.stateCount() + " states but there are "
                    + values.length + " values");
        }
        if (evaluations < 1) {
            throw new IllegalArgumentException("policy iteration evaluates at least one policy, got " + evaluations);
        }
        values = values.clone();
    }

    /** A copy of the values: the result stays immutable. */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyIterationResult r && policy.equals(r.policy) && Arrays.equals(values, r.values)
                && evaluations == r.evaluations;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * policy.hashCode() + Arrays.hashCode(values)) + evaluations;
    }

    @Override
    public String toString() {
        return "policy iteration after " + evaluations + " evaluations: v = " + Arrays.toString(values) + "\n"
                + policy;
    }
}
