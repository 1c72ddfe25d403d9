package org.aibasis.quiz.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.aibasis.grader.stats.Analysis;
import org.aibasis.grader.stats.ItemResult;
import org.aibasis.grader.stats.Respondent;
import org.aibasis.grader.stats.Thresholds;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.variant.PosedQuestion;

/**
 * Computes {@link ItemStatistics} from graded attempts of one quiz: the numbers and the flags of
 * {@link org.aibasis.grader.stats.ItemAnalysis} (shared with the item analysis of hidden tests), plus the
 * quiz's own distractor analysis.
 */
public final class ItemAnalysis {
    /** Facility below which a question is flagged as too hard. */
    public static final double HARD = 0.1;
    /** Facility above which a question is flagged as too easy. */
    public static final double EASY = 0.95;
    /** Until the quiz reports say "too few answers to judge", every question is judged. */
    private static final Thresholds THRESHOLDS = new Thresholds(1, HARD, EASY);

    private ItemAnalysis() {
    }

    /**
     * Analyses the attempts. Upper and lower groups are the first and last {@code groupSize} attempts ordered
     * by total points, highest first; ties are broken by student id, then attempt number, so the result is
     * deterministic.
     */
    public static ItemStatistics analyse(List<GradedAttempt> attempts) {
        List<Respondent> respondents = new ArrayList<>();
        Map<String, PosedQuestion> questions = new LinkedHashMap<>();
        for (GradedAttempt a : attempts) {
            Map<String, Respondent.ItemScore> scores = new LinkedHashMap<>();
            for (QuestionResult r : a.results()) {
                questions.putIfAbsent(r.question().qualifiedId(), r.question());
                scores.put(r.question().qualifiedId(), new Respondent.ItemScore(r.points(), r.question().points()));
            }
            respondents.add(new Respondent(rankKey(a), scores));
        }
        Analysis core = org.aibasis.grader.stats.ItemAnalysis.analyse(respondents, THRESHOLDS);
        List<GradedAttempt> ranked = new ArrayList<>(attempts);
        ranked.sort(java.util.Comparator.comparingDouble(GradedAttempt::points).reversed()
                .thenComparing(ItemAnalysis::rankKey));
        int n = ranked.size();
        int g = core.groupSize();
        List<GradedAttempt> upper = ranked.subList(0, Math.min(g, n));
        List<GradedAttempt> lower = ranked.subList(Math.max(0, n - g), n);
        List<ItemStats> items = new ArrayList<>();
        for (PosedQuestion q : questions.values()) {
            items.add(item(q, core.item(q.qualifiedId()).orElseThrow(), attempts, upper, lower));
        }
        String quiz = attempts.isEmpty() ? "" : attempts.get(0).attempt().quiz();
        return new ItemStatistics(quiz, n, g, core.cronbachAlpha(), items);
    }

    /** Student id, then the attempt number zero-padded, so that sorting by the key sorts by both. */
    private static String rankKey(GradedAttempt a) {
        return a.attempt().student() + "\u0000" + String.format(java.util.Locale.ROOT, "%09d", a.attempt().number());
    }

    private static ItemStats item(PosedQuestion q, ItemResult core, List<GradedAttempt> all,
                                  List<GradedAttempt> upper, List<GradedAttempt> lower) {
        List<OptionChoice> options = options(q, all, upper, lower);
        List<Flag> flags = new ArrayList<>();
        for (org.aibasis.grader.stats.Flag f : core.verdict().flags()) {
            flags.add(switch (f) {
                case org.aibasis.grader.stats.Flag.NegativeDiscrimination d ->
                        new Flag.NegativeDiscrimination(d.discrimination());
                case org.aibasis.grader.stats.Flag.TooHard h -> new Flag.TooHard(h.facility());
                case org.aibasis.grader.stats.Flag.TooEasy e -> new Flag.TooEasy(e.facility());
            });
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
        flags.sort(java.util.Comparator.comparingInt(ItemAnalysis::order));
        return new ItemStats(q.qualifiedId(), q.question().type(), core.respondents(), core.maxPoints(),
                core.facility(), core.discrimination(), core.pointBiserial(), options, flags);
    }

    private static int order(Flag f) {
        return switch (f) {
            case Flag.NegativeDiscrimination d -> 0;
            case Flag.TooHard h -> 1;
            case Flag.TooEasy e -> 2;
            case Flag.UnchosenDistractor u -> 3;
        };
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
}
