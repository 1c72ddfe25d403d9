package course.knn;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** k-nearest-neighbour classifier (Ada's version: plain arrays, partial selection of the k nearest). */
public final class Knn {

    private final int k;
    private final Metric metric;
    private double[][] points;
    private int[] classes;

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
            throw new IllegalArgumentException("length " + a.length + " != " + b.length);
        }
        switch (metric) {
            case EUCLIDEAN:
                return euclidean(a, b);
            case MANHATTAN:
                return manhattan(a, b);
            case CHEBYSHEV:
                return chebyshev(a, b);
            case COSINE:
                return cosine(a, b);
            default:
                throw new IllegalArgumentException("unknown metric " + metric);
        }
    }

    private static double euclidean(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private static double manhattan(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s;
    }

    private static double chebyshev(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        boolean aZero = aa == 0;
        boolean bZero = bb == 0;
        if (aZero && bZero) {
            return 0;
        }
        if (aZero || bZero) {
            return 1;
        }
        return 1 - ab / Math.sqrt(aa * bb);
    }

    public void fit(Dataset train) {
        if (k > train.size()) {
            throw new IllegalArgumentException("k = " + k + " > " + train.size() + " training rows");
        }
        points = train.features();
        classes = train.labels();
    }

    public int[] nearest(double[] query) {
        double[] d = distances(query);
        boolean[] taken = new boolean[d.length];
        int[] result = new int[k];
        for (int r = 0; r < k; r++) {
            int best = -1;
            for (int i = 0; i < d.length; i++) {
                // strict < keeps the lower index among equal distances
                if (!taken[i] && (best < 0 || d[i] < d[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            result[r] = best;
        }
        return result;
    }

    public int predict(double[] query) {
        double[] d = distances(query);
        Map<Integer, Integer> votes = new HashMap<>();
        Map<Integer, Double> sums = new HashMap<>();
        for (int i : nearest(query)) {
            votes.merge(classes[i], 1, Integer::sum);
            sums.merge(classes[i], d[i], Double::sum);
        }
        Integer winner = null;
        for (Integer label : votes.keySet()) {
            if (winner == null) {
                winner = label;
                continue;
            }
            int cmp = Integer.compare(votes.get(label), votes.get(winner));
            if (cmp == 0) {
                cmp = Double.compare(sums.get(winner), sums.get(label));
            }
            if (cmp == 0) {
                cmp = Integer.compare(winner, label);
            }
            if (cmp > 0) {
                winner = label;
            }
        }
        return winner;
    }

    private double[] distances(double[] query) {
        if (points == null) {
            throw new IllegalStateException("not fitted");
        }
        if (query.length != points[0].length) {
            throw new IllegalArgumentException("query has " + query.length + " features, expected " + points[0].length);
        }
        double[] d = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            d[i] = distance(metric, query, points[i]);
        }
        return d;
    }
}
