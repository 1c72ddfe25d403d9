package org.aibasis.grader.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One respondent (a student's quiz attempt, a submission) and the items they were given.
 *
 * @param id     unique among the respondents; breaks ties when ranking by total, so results are deterministic
 * @param scores points on each item they had, by item id, in the order given; an item absent here was not
 *               posed to them (or did not run) and counts neither for nor against it
 */
public record Respondent(String id, Map<String, ItemScore> scores) {
    public Respondent {
        Objects.requireNonNull(id, "id");
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** Total points over the items they had. */
    public double total() {
        return scores.values().stream().mapToDouble(ItemScore::points).sum();
    }

    /**
     * Points earned on one item out of its maximum.
     *
     * @param points earned, in {@code [0, max]}
     * @param max    the item's points, {@code > 0}
     */
    public record ItemScore(double points, double max) {
        public ItemScore {
            if (!(max > 0) || !(points >= 0) || points > max) {
                throw new IllegalArgumentException("an item score needs 0 <= points <= max and max > 0, got "
                        + points + " / " + max);
            }
        }

        /** points / max, in [0, 1]. */
        public double fraction() {
            return points / max;
        }
    }
}
