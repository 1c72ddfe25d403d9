package org.aibasis.grader.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The statistics of one item.
 *
 * @param item           the item's id
 * @param respondents    how many respondents had the item
 * @param maxPoints      the item's points (of the first respondent who had it)
 * @param facility       mean points / max points over those respondents, in [0, 1]
 * @param discrimination D = p(upper) - p(lower), p being the mean fraction in the top and bottom 27% by total;
 *                       empty when either group has nobody who had the item
 * @param pointBiserial  corrected point-biserial: Pearson correlation of the item's points with the total of the
 *                       other items; empty when either has no variance
 * @param verdict        too few to judge, or the flags found
 */
public record ItemResult(String item, int respondents, double maxPoints, double facility,
                         OptionalDouble discrimination, OptionalDouble pointBiserial, Verdict verdict) {
    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(discrimination, "discrimination");
        Objects.requireNonNull(pointBiserial, "pointBiserial");
        Objects.requireNonNull(verdict, "verdict");
    }
}
