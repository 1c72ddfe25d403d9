package course.knn;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.aibasis.grader.testkit.CourseArbitraries;

/** Arbitraries shared by the property classes (not a test class). */
final class Generators {

    private Generators() {
    }

    /**
     * Coordinates with two decimals in [-10, 10]: distance ties are rare (the properties that care reject them), and
     * values built from integers shrink quickly (toward 1, not 0) and print readably.
     */
    static Arbitrary<Double> smoothCoordinate() {
        return Arbitraries.integers().between(-1000, 1000).shrinkTowards(100).map(i -> i / 100.0);
    }

    /** Small integers: many exact distance and vote ties (exact in floating point for Manhattan/Chebyshev). */
    static Arbitrary<Double> gridCoordinate() {
        return CourseArbitraries.smallInts(-3, 3).map(Integer::doubleValue);
    }

    /** Rows of {@code maxDimension} coordinates; callers keep only the first {@code dimension} of them. */
    static Arbitrary<double[]> rows(Arbitrary<Double> coordinate, int maxDimension) {
        return coordinate.list().ofSize(maxDimension).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The first {@code dimension} coordinates of each row. */
    static double[][] cut(List<double[]> rows, int dimension) {
        return rows.stream().map(r -> Arrays.copyOf(r, dimension)).toArray(double[][]::new);
    }

    /*
     * No flatMap below: the number of rows, the dimension and k are drawn independently and the other parts are
     * cut to fit, which keeps shrinking fast (a flatMap regenerates its inner part at every shrinking step).
     */

    static Arbitrary<Dataset> datasets(Arbitrary<Double> coordinate, int minDim, int maxDim, int minRows, int maxRows,
            int labels) {
        return Combinators.combine(
                        Arbitraries.integers().between(minDim, maxDim),
                        rows(coordinate, maxDim).list().ofMinSize(minRows).ofMaxSize(maxRows),
                        CourseArbitraries.smallInts(0, labels - 1).list().ofSize(maxRows))
                .as((dim, r, l) -> new Dataset(cut(r, dim),
                        l.stream().limit(r.size()).mapToInt(Integer::intValue).toArray()));
    }

    /** A case with any k in [1, n] and one of the given metrics. */
    static Arbitrary<KnnCase> cases(Arbitrary<Double> coordinate, Arbitrary<Metric> metrics, int maxRows) {
        return Combinators.combine(
                        datasets(coordinate, 1, 3, 1, maxRows, 3),
                        Arbitraries.integers().between(1, maxRows),
                        metrics,
                        rows(coordinate, 3).list().ofMinSize(1).ofMaxSize(4))
                .as((train, kRaw, metric, queries) -> new KnnCase(train, 1 + (kRaw - 1) % train.size(), metric,
                        List.of(cut(queries, train.dimension()))));
    }

    static Arbitrary<Metric> anyMetric() {
        return Arbitraries.of(Metric.class);
    }

    static Arbitrary<Metric> exactMetric() {
        return Arbitraries.of(Metric.MANHATTAN, Metric.CHEBYSHEV);
    }

    /**
     * True when the answer for this query cannot depend on rounding, so that two correct implementations that
     * round differently always agree: among the k + 1 nearest distances, two different values are more than 1e-9
     * apart (equal values are allowed only with {@code exactTiesAllowed}, for integer data where every distance
     * and sum is exact), and so are the total distances of the labels that share the most votes.
     */
    static boolean unambiguous(Dataset train, int k, Metric metric, double[] q, boolean exactTiesAllowed) {
        double[] d = new double[train.size()];
        for (int r = 0; r < d.length; r++) {
            d[r] = Oracle.distance(metric, q, train.row(r));
        }
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        for (int a = 1; a < Math.min(k + 1, sorted.length); a++) {
            double gap = sorted[a] - sorted[a - 1];
            if (gap <= 1e-9 && !(exactTiesAllowed && gap == 0)) {
                return false;
            }
        }
        Map<Integer, Integer> votes = new HashMap<>();
        Map<Integer, Double> totals = new HashMap<>();
        for (int r : Oracle.nearest(train, k, metric, q)) {
            votes.merge(train.label(r), 1, Integer::sum);
            totals.merge(train.label(r), d[r], Double::sum);
        }
        int max = Collections.max(votes.values());
        double[] top = votes.keySet().stream().filter(l -> votes.get(l) == max).mapToDouble(totals::get).sorted()
                .toArray();
        for (int a = 1; a < top.length; a++) {
            double gap = top[a] - top[a - 1];
            if (gap <= 1e-9 && !(exactTiesAllowed && gap == 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #unambiguous} for every query of the case; exact ties only on integer data with an exact metric. */
    static boolean unambiguous(KnnCase c) {
        boolean exact = (c.metric() == Metric.MANHATTAN || c.metric() == Metric.CHEBYSHEV)
                && Arrays.stream(c.train().features()).flatMapToDouble(Arrays::stream).allMatch(x -> x == Math.rint(x))
                && c.queries().stream().flatMapToDouble(Arrays::stream).allMatch(x -> x == Math.rint(x));
        return c.queries().stream().allMatch(q -> unambiguous(c.train(), c.k(), c.metric(), q, exact));
    }

    /** {@link #unambiguous} for every validation row of every fold, after scaling, with no exact ties allowed. */
    static boolean unambiguousFolds(Dataset data, int folds, Candidate c, Scaler scaler) {
        for (int f = 0; f < folds; f++) {
            Dataset train = data.subset(Oracle.trainingRows(data.size(), folds, f));
            FeatureTransform t = scaler.fit(train.features());
            Dataset scaled = train.withFeatures(t.applyAll(train.features()));
            for (int i : Oracle.validationRows(data.size(), folds, f)) {
                if (!unambiguous(scaled, c.k(), c.metric(), t.apply(data.row(i)), false)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when, for every query, all distances to training rows are more than 1e-9 apart. */
    static boolean noTies(KnnCase c) {
        for (double[] q : c.queries()) {
            double[] d = new double[c.train().size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Oracle.distance(c.metric(), q, c.train().row(i));
            }
            for (int i = 0; i < d.length; i++) {
                for (int j = i + 1; j < d.length; j++) {
                    if (Math.abs(d[i] - d[j]) <= 1e-9) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
