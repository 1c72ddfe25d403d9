package org.aibasis.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.aibasis.grader.stats.Analysis;
import org.aibasis.grader.stats.ItemAnalysis;
import org.aibasis.grader.stats.ItemResult;
import org.aibasis.grader.stats.Respondent;
import org.aibasis.grader.stats.Thresholds;

/**
 * Statistics over a class's submissions: totals, their distribution, per-exercise averages and status counts, and
 * per-test pass rates, hardest test first, and the item analysis of the hidden tests (facility, discrimination and
 * corrected point-biserial within each exercise, with flags for weak tests).
 *
 * <p>Exercises and tests are identified by id and name and listed in the order they first appear. A submission
 * without an exercise or test (which the grader never produces) is left out of that exercise's or test's counts.
 * With no submissions every number is 0 and every list is empty.
 */
public final class ClassStatistics {
    private final int submissions;
    private final double maxScore;
    private final double[] totals;
    private final double[] percents;
    private final List<ExerciseStatistics> exercises;
    private final List<TestStatistics> tests;
    private final Map<String, Analysis> items = new LinkedHashMap<>();
    private final Thresholds thresholds;

    private ClassStatistics(List<SubmissionResult> results, Thresholds thresholds) {
        this.thresholds = thresholds;
        submissions = results.size();
        totals = results.stream().mapToDouble(SubmissionResult::score).toArray();
        percents = results.stream().mapToDouble(r -> r.maxScore() > 0 ? 100 * r.score() / r.maxScore() : 0)
                .toArray();
        maxScore = results.stream().mapToDouble(SubmissionResult::maxScore).max().orElse(0);
        Map<String, ExerciseAccumulator> byExercise = new LinkedHashMap<>();
        Map<List<String>, TestAccumulator> byTest = new LinkedHashMap<>();
        for (SubmissionResult r : results) {
            for (ExerciseResult e : r.exercises()) {
                byExercise.computeIfAbsent(e.exercise().id(), id -> new ExerciseAccumulator(id,
                        e.exercise().title(), e.exercise().titleZh())).add(e);
                for (TestResult t : e.tests()) {
                    byTest.computeIfAbsent(List.of(e.exercise().id(), t.name()), k -> new TestAccumulator(
                            e.exercise().id(), t.name(), t.displayName())).add(t);
                }
            }
        }
        exercises = byExercise.values().stream().map(ExerciseAccumulator::result).toList();
        List<TestStatistics> all = new ArrayList<>(byTest.values().stream().map(TestAccumulator::result).toList());
        // stable: course order among equals; tests that never ran say nothing about difficulty, so they go last
        all.sort(Comparator.comparing((TestStatistics t) -> t.runs() == 0)
                .thenComparingDouble(TestStatistics::passRateWhenRun));
        tests = List.copyOf(all);
        Map<String, List<Respondent>> respondents = new LinkedHashMap<>();
        for (SubmissionResult r : results) {
            for (ExerciseResult e : r.exercises()) {
                Map<String, Respondent.ItemScore> scores = new LinkedHashMap<>();
                for (TestResult t : e.tests()) {
                    if (!(t.outcome() instanceof Outcome.NotRun) && t.maxPoints() > 0) {
                        scores.put(t.name(), new Respondent.ItemScore(t.points(), t.maxPoints()));
                    }
                }
                if (!scores.isEmpty()) {
                    respondents.computeIfAbsent(e.exercise().id(), id -> new ArrayList<>())
                            .add(new Respondent(r.submission(), scores));
                }
            }
        }
        respondents.forEach((id, list) -> items.put(id, ItemAnalysis.analyse(list, thresholds)));
    }

    /** The statistics of {@code results}, judging tests from {@link Thresholds#TESTS}' minimum of submissions. */
    public static ClassStatistics of(List<SubmissionResult> results) {
        return of(results, Thresholds.TESTS);
    }

    /** The statistics of {@code results}, judging tests with the given thresholds. */
    public static ClassStatistics of(List<SubmissionResult> results, Thresholds thresholds) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(thresholds, "thresholds");
        return new ClassStatistics(List.copyOf(results), thresholds);
    }

    /** When tests are judged and flagged. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The item analysis of one hidden test, over the submissions in which it ran; ranking for the upper and lower
     * groups is by the exercise's score, so a test is compared with the other tests of its exercise. Empty when the
     * test never ran.
     */
    public java.util.Optional<ItemResult> item(String exerciseId, String testName) {
        return java.util.Optional.ofNullable(items.get(exerciseId)).flatMap(a -> a.item(testName));
    }

    /** The number of submissions. */
    public int submissions() {
        return submissions;
    }

    /** The points available (the largest {@code maxScore} of any submission; all are equal in practice). */
    public double maxScore() {
        return maxScore;
    }

    /** The mean total score. */
    public double mean() {
        return submissions == 0 ? 0 : Arrays.stream(totals).sum() / submissions;
    }

    /** The median total score: the middle one, or the mean of the two middle ones. */
    public double median() {
        if (submissions == 0) {
            return 0;
        }
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        int mid = submissions / 2;
        return submissions % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The lowest total score. */
    public double min() {
        return Arrays.stream(totals).min().orElse(0);
    }

    /** The highest total score. */
    public double max() {
        return Arrays.stream(totals).max().orElse(0);
    }

    /** The population standard deviation of the total scores. */
    public double standardDeviation() {
        if (submissions == 0) {
            return 0;
        }
        double mean = mean();
        return Math.sqrt(Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / submissions);
    }

    /**
     * How many submissions fall into each of {@code bins} equal ranges of the total as a percentage of that
     * submission's maximum: bin {@code i} holds {@code [100 i / bins, 100 (i + 1) / bins)}, the last one also 100.
     */
    public List<Integer> histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, was " + bins);
        }
        int[] counts = new int[bins];
        for (double p : percents) {
            int bin = (int) Math.floor(p * bins / 100 + 1e-9);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return Arrays.stream(counts).boxed().toList();
    }

    /** One entry per exercise, in course order. */
    public List<ExerciseStatistics> exercises() {
        return exercises;
    }

    /**
     * One entry per test, hardest first: the lowest pass rate among the submissions in which the test ran (a compile
     * error or a missing exercise says nothing about the test), tests that never ran last; equal rates keep course
     * order.
     */
    public List<TestStatistics> tests() {
        return tests;
    }

    /**
     * One exercise across the class.
     *
     * @param id            the exercise id
     * @param title         its English title
     * @param titleZh       its Chinese title; empty when there is none
     * @param maxScore      the points available
     * @param meanScore     the mean points earned
     * @param submissions   how many submissions have a result for it
     * @param graded        how many were graded (the tests ran)
     * @param compileErrors how many did not compile
     * @param missing       how many did not contain it
     * @param rejected      how many were rejected for code that is not allowed
     * @param fullMarks     how many earned every point
     */
    public record ExerciseStatistics(String id, String title, String titleZh, double maxScore, double meanScore,
                                     int submissions, int graded, int compileErrors, int missing, int rejected,
                                     int fullMarks) {
        /** The mean score as a percentage of {@link #maxScore}, 0 when there is nothing to earn. */
        public double meanPercent() {
            return maxScore > 0 ? 100 * meanScore / maxScore : 0;
        }
    }

    /**
     * One test across the class.
     *
     * @param exerciseId  the exercise it belongs to
     * @param name        its stable name
     * @param displayName what a person reads
     * @param maxPoints   its points
     * @param passed      how many submissions passed it
     * @param failed      how many failed it
     * @param errored     how many errored
     * @param timedOut    how many timed out
     * @param notRun      how many did not run it (a compile error, a missing or rejected exercise)
     */
    public record TestStatistics(String exerciseId, String name, String displayName, double maxPoints, int passed,
                                 int failed, int errored, int timedOut, int notRun) {
        /** How many submissions have a result for this test. */
        public int total() {
            return passed + failed + errored + timedOut + notRun;
        }

        /** How many submissions ran this test (passed, failed, errored or timed out). */
        public int runs() {
            return total() - notRun;
        }

        /** The share of all submissions that passed, 0 to 1; 0 when no submission has the test. */
        public double passRate() {
            return total() == 0 ? 0 : (double) passed / total();
        }

        /** The share of the submissions that ran the test and passed it, 0 to 1; 0 when none ran it. */
        public double passRateWhenRun() {
            return runs() == 0 ? 0 : (double) passed / runs();
        }
    }

    private static final class ExerciseAccumulator {
        private final String id;
        private final String title;
        private final String titleZh;
        private double maxScore;
        private double sum;
        private int n;
        private int graded;
        private int compileErrors;
        private int missing;
        private int rejected;
        private int fullMarks;

        ExerciseAccumulator(String id, String title, String titleZh) {
            this.id = id;
            this.title = title;
            this.titleZh = titleZh;
        }

        void add(ExerciseResult e) {
            n++;
            sum += e.score();
            maxScore = Math.max(maxScore, e.maxScore());
            if (e.score() >= e.maxScore() && e.maxScore() > 0) {
                fullMarks++;
            }
            switch (e.status()) {
                case ExerciseStatus.Graded g -> graded++;
                case ExerciseStatus.CompileError c -> compileErrors++;
                case ExerciseStatus.Missing m -> missing++;
                case ExerciseStatus.Rejected r -> rejected++;
            }
        }

        ExerciseStatistics result() {
            return new ExerciseStatistics(id, title, titleZh, maxScore, n == 0 ? 0 : sum / n, n, graded,
                    compileErrors, missing, rejected, fullMarks);
        }
    }

    private static final class TestAccumulator {
        private final String exerciseId;
        private final String name;
        private final String displayName;
        private double maxPoints;
        private final int[] counts = new int[5];

        TestAccumulator(String exerciseId, String name, String displayName) {
            this.exerciseId = exerciseId;
            this.name = name;
            this.displayName = displayName;
        }

        void add(TestResult t) {
            maxPoints = Math.max(maxPoints, t.maxPoints());
            counts[switch (t.outcome()) {
                case Outcome.Passed p -> 0;
                case Outcome.Failed f -> 1;
                case Outcome.Errored e -> 2;
                case Outcome.TimedOut to -> 3;
                case Outcome.NotRun nr -> 4;
            }]++;
        }

        TestStatistics result() {
            return new TestStatistics(exerciseId, name, displayName, maxPoints, counts[0], counts[1], counts[2],
                    counts[3], counts[4]);
        }
    }
}
