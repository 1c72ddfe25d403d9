package org.aibasis.grader.stats;

/**
 * When an item is judged and when it is flagged.
 *
 * @param minimumRespondents fewer respondents than this and the item is "too few to judge": no flag is raised
 *                           on one or two answers
 * @param hardBelow          facility below this flags the item as too hard
 * @param easyAbove          facility above this flags the item as too easy
 */
public record Thresholds(int minimumRespondents, double hardBelow, double easyAbove) {
    /** Quiz questions: judged from 10 answers; facility under 0.1 or over 0.95 is flagged. */
    public static final Thresholds QUESTIONS = new Thresholds(10, 0.1, 0.95);
    /** Hidden tests: judged from 10 submissions that ran the test; flagged when nobody or everybody passes. */
    public static final Thresholds TESTS = new Thresholds(10, 1e-9, 1 - 1e-9);

    public Thresholds {
        if (minimumRespondents < 1) {
            throw new IllegalArgumentException("minimumRespondents must be >= 1, got " + minimumRespondents);
        }
        if (!(hardBelow >= 0 && hardBelow <= easyAbove && easyAbove <= 1)) {
            throw new IllegalArgumentException("need 0 <= hardBelow <= easyAbove <= 1, got " + hardBelow + ", "
                    + easyAbove);
        }
    }

    /** These thresholds with another minimum number of respondents. */
    public Thresholds withMinimum(int minimum) {
        return new Thresholds(minimum, hardBelow, easyAbove);
    }
}
