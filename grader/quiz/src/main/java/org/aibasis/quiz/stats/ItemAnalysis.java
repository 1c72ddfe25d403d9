package org.aibasis.quiz.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.variant.PosedQuestion;

/** Computes {@link ItemStatistics} from graded attempts of one quiz. */
public final class ItemAnalysis {
    /** Share of respondents in each of the upper and lower groups (Kelley's 27%). */
    public static final double GROUP_SHARE = 0.27;
    /** Facility below which a question is flagged as too hard. */
    public static final double HARD = 0.1;
    /** Facility above which a question is flagged as too easy. */
    public static final double EASY = 0.95;

    private ItemAnalysis() {
    }

    /**
     * Analyses the attempts. Upper and lower groups are the first and last {@code groupSize} attempts ordered
     * by total points, highest first; ties are broken by student id, then attempt number, so the result is
     * deterministic.
     */
    public static ItemStatistics analyse(List<GradedAttempt> attempts) {
        List<GradedAttempt> ranked = new ArrayList<>(attempts);
        ranked.sort(Comparator.comparingDouble(GradedAttempt::points).reversed()
                .thenComparing(a -> a.attempt().student()).thenComparingInt(a -> a.attempt().number()));
        int n = ranked.size();
        int g = n == 0 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * n));
        List<GradedAttempt> upper = ranked.subList(0, Math.min(g, n));
        List<GradedAttempt> lower = ranked.subList(Math.max(0, n - g), n);

        Map<String, PosedQuestion> questions = new LinkedHashMap<>();
        for (GradedAttempt a : attempts) {
            for (QuestionResult r : a.results()) {
                questions.putIfAbsent(r.question().qualifiedId(), r.question());
            }
        }
        List<ItemStats> items = new ArrayList<>();
        for (PosedQuestion q : questions.values()) {
            items.add(item(q, attempts, upper, lower));
        }
        String quiz = attempts.isEmpty() ? "" : attempts.get(0).attempt().quiz();
        return new ItemStatistics(quiz, n, g, alpha(attempts), items);
    }

    private static ItemStats item(PosedQuestion q, List<GradedAttempt> all, List<GradedAttempt> upper,
                                  List<GradedAttempt> lower) {
        String id = q.qualifiedId();
        List<double[]> pairs = new ArrayList<>(); // item points, total minus item points
        for (GradedAttempt a : all) {
            a.result(id).ifPresent(r -> pairs.add(new double[] {r.points(), a.points() - r.points()}));
        }
        double max = q.points();
        double facility = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0) / max;
        OptionalDouble pUpper = meanFraction(upper, id);
        OptionalDouble pLower = meanFraction(lower, id);
        OptionalDouble d = pUpper.isPresent() && pLower.isPresent()
                ? OptionalDouble.of(pUpper.getAsDouble() - pLower.getAsDouble()) : OptionalDouble.empty();
        OptionalDouble rpb = pearson(pairs);

        List<OptionChoice> options = options(q, all, upper, lower);
        List<Flag> flags = new ArrayList<>();
        if (d.isPresent() && d.getAsDouble() < 0) {
            flags.add(new Flag.NegativeDiscrimination(d.getAsDouble()));
        }
        if (facility < HARD) {
            flags.add(new Flag.TooHard(facility));
        }
        if (facility > EASY) {
            flags.add(new Flag.TooEasy(facility));
        }
        if (q.question() instanceof Question.SingleChoice || q.question() instanceof Question.MultipleResponse) {
            for (OptionChoice o : options) {
                if (!o.correct() && o.all() == 0) {
                    String text = q.displayedOptions().stream().filter(x -> x.id().equals(o.optionId()))
                            .map(x -> x.text().en()).findFirst().orElse("");
                    flags.add(new Flag.UnchosenDistractor(o.optionId(), text));
                }
            }
        }
        return new ItemStats(id, q.question().type(), pairs.size(), max, facility, d, rpb, options, flags);
    }

    private static OptionalDouble meanFraction(List<GradedAttempt> group, String id) {
        return group.stream().flatMap(a -> a.result(id).stream()).mapToDouble(QuestionResult::fraction).average();
    }

    private static List<OptionChoice> options(PosedQuestion q, List<GradedAttempt> all, List<GradedAttempt> upper,
                                              List<GradedAttempt> lower) {
        Map<String, Boolean> options = new LinkedHashMap<>();
        switch (q.question()) {
            case Question.SingleChoice s -> s.options().forEach(o -> options.put(o.id(), o.correct()));
            case Question.MultipleResponse m -> m.options().forEach(o -> options.put(o.id(), o.correct()));
            case Question.TrueFalse t -> {
                options.put("true", t.answer());
                options.put("false", !t.answer());
            }
            case Question.Numeric n -> {
            }
        }
        List<OptionChoice> choices = new ArrayList<>();
        options.forEach((optionId, correct) -> {
            Predicate<Response> chose = r -> switch (r) {
                case Response.Ticked t -> t.optionIds().contains(optionId);
                case Response.Truth t -> Boolean.toString(t.value()).equals(optionId);
                case Response.Blank b -> false;
                case Response.Number x -> false;
            };
            choices.add(new OptionChoice(optionId, correct, share(all, q, chose).orElse(0),
                    share(upper, q, chose), share(lower, q, chose)));
        });
        return choices;
    }

    private static OptionalDouble share(List<GradedAttempt> group, PosedQuestion q, Predicate<Response> chose) {
        return group.stream().flatMap(a -> a.result(q.qualifiedId()).stream())
                .mapToDouble(r -> chose.test(r.response()) ? 1 : 0).average();
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
    static OptionalDouble alpha(List<GradedAttempt> attempts) {
        if (attempts.size() < 2) {
            return OptionalDouble.empty();
        }
        Set<String> ids = ids(attempts.get(0));
        if (ids.size() < 2 || attempts.stream().anyMatch(a -> !ids(a).equals(ids))) {
            return OptionalDouble.empty();
        }
        int k = ids.size();
        double itemVariances = 0;
        for (String id : ids) {
            itemVariances += variance(attempts.stream().mapToDouble(a -> a.result(id).orElseThrow().points())
                    .toArray());
        }
        double totalVariance = variance(attempts.stream().mapToDouble(GradedAttempt::points).toArray());
        if (totalVariance < 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
    }

    private static Set<String> ids(GradedAttempt a) {
        Set<String> ids = new LinkedHashSet<>();
        a.results().forEach(r -> ids.add(r.question().qualifiedId()));
        return ids;
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
