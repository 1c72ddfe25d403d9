package org.aibasis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.reports.similarity.SimilarityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small class of four: three wrote {@code Stats} independently, one copied Alice's and renamed every variable,
 * reordered nothing else and changed the comments. JPlag must list that pair and none of the others.
 */
class SimilarityTests {
    private static final String FILE = "stats/src/course/stats/Stats.java";

    private static final String SKELETON = """
            package course.stats;

            import java.util.List;

            /** Summary statistics of a sample. */
            public final class Stats {
                private Stats() {
                }

                /** The arithmetic mean. */
                public static double mean(List<Double> xs) {
                    throw new UnsupportedOperationException("TODO");
                }

                /** The sample variance (n - 1 in the denominator). */
                public static double variance(List<Double> xs) {
                    throw new UnsupportedOperationException("TODO");
                }

                /** The median: the middle value, or the mean of the two middle values. */
                public static double median(List<Double> xs) {
                    throw new UnsupportedOperationException("TODO");
                }
            }
            """;

    private static final String ALICE = """
            package course.stats;

            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;

            /** Summary statistics of a sample. */
            public final class Stats {
                private Stats() {
                }

                /** The arithmetic mean. */
                public static double mean(List<Double> xs) {
                    if (xs.isEmpty()) {
                        throw new IllegalArgumentException("empty sample");
                    }
                    double total = 0;
                    for (int i = 0; i < xs.size(); i++) {
                        total += xs.get(i);
                    }
                    return total / xs.size();
                }

                /** The sample variance (n - 1 in the denominator). */
                public static double variance(List<Double> xs) {
                    if (xs.size() < 2) {
                        throw new IllegalArgumentException("need two values");
                    }
                    double m = mean(xs);
                    double squares = 0;
                    for (int i = 0; i < xs.size(); i++) {
                        double d = xs.get(i) - m;
                        squares += d * d;
                    }
                    return squares / (xs.size() - 1);
                }

                /** The median: the middle value, or the mean of the two middle values. */
                public static double median(List<Double> xs) {
                    if (xs.isEmpty()) {
                        throw new IllegalArgumentException("empty sample");
                    }
                    List<Double> sorted = new ArrayList<>(xs);
                    Collections.sort(sorted);
                    int middle = sorted.size() / 2;
                    if (sorted.size() % 2 == 1) {
                        return sorted.get(middle);
                    }
                    return (sorted.get(middle - 1) + sorted.get(middle)) / 2;
                }
            }
            """;

    /** Alice's code with every local renamed and new comments: the copy to find. */
    private static final String CAROL = """
            package course.stats;

            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;

            /** Summary statistics of a sample. */
            public final class Stats {
                private Stats() {
                }

                /** The arithmetic mean. */
                public static double mean(List<Double> values) {
                    // guard first
                    if (values.isEmpty()) {
                        throw new IllegalArgumentException("no values");
                    }
                    double acc = 0;
                    for (int k = 0; k < values.size(); k++) {
                        acc += values.get(k);
                    }
                    return acc / values.size();
                }

                /** The sample variance (n - 1 in the denominator). */
                public static double variance(List<Double> values) {
                    if (values.size() < 2) {
                        throw new IllegalArgumentException("too few values");
                    }
                    double avg = mean(values);
                    double sum = 0;
                    for (int k = 0; k < values.size(); k++) {
                        double dev = values.get(k) - avg;   // deviation
                        sum += dev * dev;
                    }
                    return sum / (values.size() - 1);
                }

                /** The median: the middle value, or the mean of the two middle values. */
                public static double median(List<Double> values) {
                    if (values.isEmpty()) {
                        throw new IllegalArgumentException("no values");
                    }
                    List<Double> copy = new ArrayList<>(values);
                    Collections.sort(copy);
                    int half = copy.size() / 2;
                    if (copy.size() % 2 == 1) {
                        return copy.get(half);
                    }
                    return (copy.get(half - 1) + copy.get(half)) / 2;
                }
            }
            """;

    private static final String BOB = """
            package course.stats;

            import java.util.List;

            /** Summary statistics of a sample. */
            public final class Stats {
                private Stats() {
                }

                /** The arithmetic mean. */
                public static double mean(List<Double> xs) {
                    return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                }

                /** The sample variance (n - 1 in the denominator). */
                public static double variance(List<Double> xs) {
                    double m = mean(xs);
                    return xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
                }

                /** The median: the middle value, or the mean of the two middle values. */
                public static double median(List<Double> xs) {
                    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
                }
            }
            """;

    private static final String DAVE = """
            package course.stats;

            import java.util.List;

            /** Summary statistics of a sample. */
            public final class Stats {
                private Stats() {
                }

                /** The arithmetic mean, by Welford's running update. */
                public static double mean(List<Double> xs) {
                    double running = 0;
                    int n = 0;
                    for (double x : xs) {
                        n++;
                        running += (x - running) / n;
                    }
                    if (n == 0) {
                        throw new IllegalStateException("no data");
                    }
                    return running;
                }

                /** The sample variance, by Welford's algorithm in one pass. */
                public static double variance(List<Double> xs) {
                    double m = 0;
                    double m2 = 0;
                    int n = 0;
                    for (double x : xs) {
                        n++;
                        double delta = x - m;
                        m += delta / n;
                        m2 += delta * (x - m);
                    }
                    return m2 / (n - 1);
                }

                /** The median by quickselect. */
                public static double median(List<Double> xs) {
                    double[] a = new double[xs.size()];
                    int j = 0;
                    for (double x : xs) {
                        a[j++] = x;
                    }
                    int n = a.length;
                    double upper = select(a, 0, n - 1, n / 2);
                    return n % 2 == 1 ? upper : (select(a, 0, n - 1, n / 2 - 1) + upper) / 2;
                }

                private static double select(double[] a, int lo, int hi, int k) {
                    while (lo < hi) {
                        double pivot = a[(lo + hi) >>> 1];
                        int l = lo;
                        int r = hi;
                        while (l <= r) {
                            while (a[l] < pivot) {
                                l++;
                            }
                            while (a[r] > pivot) {
                                r--;
                            }
                            if (l <= r) {
                                double t = a[l];
                                a[l++] = a[r];
                                a[r--] = t;
                            }
                        }
                        if (k <= r) {
                            hi = r;
                        } else if (k >= l) {
                            lo = l;
                        } else {
                            return a[k];
                        }
                    }
                    return a[k];
                }
            }
            """;

    @TempDir
    Path scratch;

    private SimilarityReport.Exercise compare(Map<String, String> students, double threshold) throws IOException {
        Map<String, List<Similarity.CodeFile>> submissions = new LinkedHashMap<>();
        students.forEach((name, code) -> submissions.put(name, List.of(new Similarity.CodeFile(FILE, code))));
        return Similarity.compare("stats", submissions, List.of(new Similarity.CodeFile(FILE, SKELETON)), threshold,
                scratch);
    }

    @Test
    void findsTheRenamedCopyAndNoIndependentPair() throws IOException {
        SimilarityReport.Exercise e = compare(Map.of("alice", ALICE, "bob", BOB, "carol", CAROL, "dave", DAVE), 0.5);

        assertThat(e.note()).isEmpty();
        assertThat(e.submissions()).isEqualTo(4);
        assertThat(e.pairs()).singleElement().satisfies(p -> {
            assertThat(List.of(p.first(), p.second())).containsExactly("alice", "carol");
            assertThat(p.similarity()).isGreaterThan(0.9);
            assertThat(p.matches()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.first().file()).isEqualTo(FILE);
                assertThat(m.second().file()).isEqualTo(FILE);
            });
            // the matched regions are the lines themselves: Carol's side shows her names
            assertThat(p.matches()).anySatisfy(m -> assertThat(m.second().text()).contains("values")
                    .doesNotContain("xs."));
        });
    }

    @Test
    void theSkeletonIsBaseCodeSoUneditedSubmissionsAreNotAlike() throws IOException {
        SimilarityReport.Exercise e = compare(Map.of("erin", SKELETON, "frank", SKELETON, "bob", BOB), 0.5);

        assertThat(e.pairs()).isEmpty();
    }

    @Test
    void fewerThanTwoSubmissionsAreNotCompared() throws IOException {
        SimilarityReport.Exercise e = compare(Map.of("alice", ALICE), 0.5);

        assertThat(e.pairs()).isEmpty();
        assertThat(e.note()).contains("Fewer than two");
    }
}
