package org.aibasis.quiz.scoring;

import java.util.Collection;
import java.util.Set;
import org.aibasis.quiz.bank.Scheme;

/**
 * The multiple-response schemes as functions of the ticks. With n options, c of them correct, t correct ones
 * ticked and f wrong ones ticked, the number of mistakes is f + (c - t) and the decisions made right are
 * r = n - mistakes.
 */
public final class Schemes {
    private Schemes() {
    }

    /**
     * The share of the points earned, in [0, 1].
     *
     * @param all     ids of all options of the question
     * @param correct ids of the correct options (a non-empty subset of {@code all})
     * @param ticked  ids ticked; ids not in {@code all} are ignored
     */
    public static double fraction(Scheme scheme, Collection<String> all, Set<String> correct, Set<String> ticked) {
        int n = all.size();
        int c = correct.size();
        int t = (int) ticked.stream().filter(correct::contains).count();
        int f = (int) ticked.stream().filter(id -> all.contains(id) && !correct.contains(id)).count();
        int mistakes = f + (c - t);
        return switch (scheme) {
            case ALL_OR_NOTHING -> mistakes == 0 ? 1 : 0;
            case NET_CORRECT -> Math.max(0, (double) (t - f) / c);
            case PER_DECISION -> (double) (n - mistakes) / n;
            // PS50 ("partial scoring 50%"), as defined for multiple true-false and Pick-N items: full credit
            // without a mistake, half credit with exactly one mistake (a wrong tick or a missed correct option),
            // nothing otherwise. See Lahner et al., "Multiple true-false items: a comparison of scoring
            // algorithms", Advances in Health Sciences Education 23 (2018) 455-463, and Bauer et al., "Pick-N
            // multiple choice-exams: a comparison of scoring algorithms", ibid. 16 (2011) 211-221.
            case PS50 -> mistakes == 0 ? 1 : mistakes == 1 ? 0.5 : 0;
        };
    }
}
