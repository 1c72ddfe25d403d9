package org.aibasis.grader.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item statistics of one class.
 *
 * @param respondents   respondents analysed
 * @param groupSize     respondents in each of the upper and lower groups: round(27% of them), at least 1
 * @param cronbachAlpha k/(k-1) (1 - sum of item variances / variance of totals); empty unless every respondent had
 *                      the same k &gt;= 2 items and the totals vary
 * @param thresholds    what was applied
 * @param items         one entry per item, in order of first appearance
 */
public record Analysis(int respondents, int groupSize, OptionalDouble cronbachAlpha, Thresholds thresholds,
                       List<ItemResult> items) {
    public Analysis {
        Objects.requireNonNull(cronbachAlpha, "cronbachAlpha");
        Objects.requireNonNull(thresholds, "thresholds");
        items = List.copyOf(items);
    }

    /** The statistics of one item, if some respondent had it. */
    public Optional<ItemResult> item(String id) {
        return items.stream().filter(i -> i.item().equals(id)).findFirst();
    }

    /** The items with at least one flag. */
    public List<ItemResult> flagged() {
        return items.stream().filter(i -> !i.verdict().flags().isEmpty()).toList();
    }
}
