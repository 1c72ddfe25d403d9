package org.aibasis.grader.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Computes the {@link Analysis} of a class. */
public final class ItemAnalysis {
    /** Share of respondents in each of the upper and lower groups (Kelley's 27%). */
    public static final double GROUP_SHARE = 0.27;

    private ItemAnalysis() {
    }

    /**
     * Analyses the respondents. Upper and lower groups are the first and last {@code groupSize} respondents ordered
     * by total points, highest first, ties broken by id.
     */
    public static Analysis analyse(List<Respondent> respondents, Thresholds thresholds) {
        List<Respondent> ranked = new ArrayList<>(respondents);
        ranked.sort(Comparator.comparingDouble(Respondent::total).reversed().thenComparing(Respondent::id));
        int n = ranked.size();
        int g = n == 0 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * n));
        List<Respondent> upper = ranked.subList(0, Math.min(g, n));
        List<Respondent> lower = ranked.subList(Math.max(0, n - g), n);
        Map<String, Double> maxPoints = new LinkedHashMap<>();
        for (Respondent r : respondents) {
            r.scores().forEach((id, s) -> maxPoints.putIfAbsent(id, s.max()));
        }
        List<ItemResult> items = new ArrayList<>();
        maxPoints.forEach((id, max) -> items.add(item(id, max, respondents, upper, lower, thresholds)));
        return new Analysis(n, g, alpha(respondents), thresholds, items);
    }

    private static ItemResult item(String id, double max, List<Respondent> all, List<Respondent> upper,
                                   List<Respondent> lower, Thresholds thresholds) {
        List<double[]> pairs = new ArrayList<>(); // item fraction, total of the other items
        for (Respondent r : all) {
            Respondent.ItemScore s = r.scores().get(id);
            if (s != null) {
                pairs.add(new double[] {s.fraction(), r.total() - s.points()});
            }
        }
        double facility = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        OptionalDouble pUpper = meanFraction(upper, id);
        OptionalDouble pLower = meanFraction(lower, id);
        OptionalDouble d = pUpper.isPresent() && pLower.isPresent()
                ? OptionalDouble.of(pUpper.getAsDouble() - pLower.getAsDouble()) : OptionalDouble.empty();
        Verdict verdict;
        if (pairs.size() < thresholds.minimumRespondents()) {
            verdict = new Verdict.TooFew(pairs.size(), thresholds.minimumRespondents());
        } else {
            List<Flag> flags = new ArrayList<>();
            if (d.isPresent() && d.getAsDouble() < 0) {
                flags.add(new Flag.NegativeDiscrimination(d.getAsDouble()));
            }
            if (facility < thresholds.hardBelow()) {
                flags.add(new Flag.TooHard(facility, thresholds.hardBelow()));
            }
            if (facility > thresholds.easyAbove()) {
                flags.add(new Flag.TooEasy(facility, thresholds.easyAbove()));
            }
            verdict = new Verdict.Judged(flags);
        }
        return new ItemResult(id, pairs.size(), max, facility, d, pearson(pairs), verdict);
    }

    private static OptionalDouble meanFraction(List<Respondent> group, String id) {
        return group.stream().filter(r -> r.scores().containsKey(id))
                .mapToDouble(r -> r.scores().get(id).fraction()).average();
    }

    /** Pearson correlation of the pairs' two columns; empty with fewer than 2 pairs or a constant column. */
    static OptionalDouble pearson(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        if (sxx < 1e-12 || syy < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    /** Cronbach's alpha with population variances (the n or n-1 choice cancels in the ratio). */
    static OptionalDouble alpha(List<Respondent> respondents) {
        if (respondents.size() < 2) {
            return OptionalDouble.empty();
        }
        Set<String> ids = respondents.get(0).scores().keySet();
        if (ids.size() < 2 || respondents.stream().anyMatch(r -> !r.scores().keySet().equals(ids))) {
            return OptionalDouble.empty();
        }
        int k = ids.size();
        double itemVariances = 0;
        for (String id : ids) {
            itemVariances += variance(respondents.stream().mapToDouble(r -> r.scores().get(id).points()).toArray());
        }
        double totalVariance = variance(respondents.stream().mapToDouble(Respondent::total).toArray());
        if (totalVariance < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
    }

    private static double variance(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double s = 0;
        for (double x : xs) {
            s += (x - mean) * (x - mean);
        }
        return s / xs.length;
    }
}
