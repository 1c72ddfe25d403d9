package course.knn;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** KNN, Eli's version: streams and comparators. */
public final class Knn {

    private final int k;
    private final Metric metric;
    private Dataset memory;

    public Knn(int k, Metric metric) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    public int k() {
        return k;
    }

    public Metric metric() {
        return metric;
    }

    public static double distance(Metric metric, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimension mismatch");
        }
        IntStream idx = IntStream.range(0, a.length);
        return switch (metric) {
            case EUCLIDEAN -> Math.sqrt(idx.mapToDouble(i -> (a[i] - b[i]) * (a[i] - b[i])).sum());
            case MANHATTAN -> idx.mapToDouble(i -> Math.abs(a[i] - b[i])).sum();
            case CHEBYSHEV -> idx.mapToDouble(i -> Math.abs(a[i] - b[i])).max().orElse(0);
            case COSINE -> {
                double na = Math.sqrt(dot(a, a));
                double nb = Math.sqrt(dot(b, b));
                if (na == 0 || nb == 0) {
                    yield na == nb ? 0.0 : 1.0;
                }
                yield 1.0 - dot(a, b) / na / nb;
            }
        };
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public void fit(Dataset train) {
        if (train.size() < k) {
            throw new IllegalArgumentException("need at least k = " + k + " rows, got " + train.size());
        }
        memory = train;
    }

    public int[] nearest(double[] query) {
        double[] d = distancesFrom(query);
        return IntStream.range(0, d.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> d[i]).thenComparing(Comparator.naturalOrder()))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    public int predict(double[] query) {
        double[] d = distancesFrom(query);
        // label -> {votes, total distance}; the TreeMap walks labels in increasing order
        Map<Integer, double[]> tally = new TreeMap<>();
        for (int i : nearest(query)) {
            double[] t = tally.computeIfAbsent(memory.label(i), l -> new double[2]);
            t[0] += 1;
            t[1] += d[i];
        }
        return tally.entrySet().stream()
                .min(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[1])
                        .thenComparingInt(Map.Entry::getKey))
                .orElseThrow()
                .getKey();
    }

    private double[] distancesFrom(double[] query) {
        if (memory == null) {
            throw new IllegalStateException("fit first");
        }
        if (query.length != memory.dimension()) {
            throw new IllegalArgumentException("query dimension " + query.length + " != " + memory.dimension());
        }
        return IntStream.range(0, memory.size()).mapToDouble(i -> distance(metric, query, memory.row(i))).toArray();
    }
}
