package course.localsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.testkit.NumberText;

/**
 * Frequencies of seeded random choices against the probabilities the statement gives them: a count is fine when
 * it lies within four standard deviations of its expectation (a correct solution fails with probability below
 * 1e-4 per count, whatever its own way of drawing random numbers).
 */
final class Counts<K> {
    private final Map<K, Integer> counts = new LinkedHashMap<>();
    private int total;

    /** Counts one outcome. */
    void add(K outcome) {
        counts.merge(outcome, 1, Integer::sum);
        total++;
    }

    int of(K outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    int total() {
        return total;
    }

    /** The outcomes seen, in the order they first appeared. */
    List<K> seen() {
        return List.copyOf(counts.keySet());
    }

    /**
     * {@code null} if {@code count} out of {@code total} is within four standard deviations of {@code p * total};
     * else a sentence naming {@code what}.
     */
    static String offBy4Sigma(String what, int count, int total, double p) {
        double mean = p * total;
        double sigma = Math.sqrt(total * p * (1 - p));
        if (Math.abs(count - mean) <= 4 * sigma + 1e-9) {
            return null;
        }
        return what + " came up " + count + " times in " + total + ", but with probability " + NumberText.show(p)
                + " it should be about " + NumberText.show(mean) + " (4 standard deviations: "
                + NumberText.show(4 * sigma) + ")";
    }
}
