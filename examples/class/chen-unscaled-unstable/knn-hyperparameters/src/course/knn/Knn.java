package course.knn;

import java.util.Objects;

/** KNN, Chen's version: insertion sort of (distance, index) pairs. */
public final class Knn {

    private final int k;
    private final Metric metric;
    private Dataset trainingSet;

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
            throw new IllegalArgumentException("different lengths");
        }
        double acc = 0;
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = Math.abs(a[i] - b[i]);
            if (metric == Metric.EUCLIDEAN) {
                acc += diff * diff;
            } else if (metric == Metric.MANHATTAN) {
                acc += diff;
            } else if (metric == Metric.CHEBYSHEV) {
                acc = Math.max(acc, diff);
            } else {
                dot += a[i] * b[i];
                na += a[i] * a[i];
                nb += b[i] * b[i];
            }
        }
        if (metric == Metric.EUCLIDEAN) {
            return Math.sqrt(acc);
        }
        if (metric == Metric.COSINE) {
            if (na == 0 && nb == 0) {
                return 0;
            }
            if (na == 0 || nb == 0) {
                return 1;
            }
            return 1 - dot / (Math.sqrt(na) * Math.sqrt(nb));
        }
        return acc;
    }

    public void fit(Dataset train) {
        if (k > train.size()) {
            throw new IllegalArgumentException("k too large for " + train.size() + " rows");
        }
        trainingSet = train;
    }

    public int[] nearest(double[] query) {
        double[] d = dist(query);
        int[] order = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            // insert i after every index with a smaller or equal distance (stable: lower index first on ties)
            int j = i;
            while (j > 0 && d[order[j - 1]] > d[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        int[] out = new int[k];
        System.arraycopy(order, 0, out, 0, k);
        return out;
    }

    public int predict(double[] query) {
        double[] d = dist(query);
        int[] near = nearest(query);
        int best = Integer.MAX_VALUE;
        int bestCount = 0;
        double bestSum = Double.POSITIVE_INFINITY;
        for (int a = 0; a < near.length; a++) {
            int label = trainingSet.label(near[a]);
            int count = 0;
            double sum = 0;
            for (int b = 0; b < near.length; b++) {
                if (trainingSet.label(near[b]) == label) {
                    count++;
                    sum += d[near[b]];
                }
            }
            if (count > bestCount || count == bestCount && (sum < bestSum || sum == bestSum && label < best)) {
                best = label;
                bestCount = count;
                bestSum = sum;
            }
        }
        return best;
    }

    private double[] dist(double[] query) {
        if (trainingSet == null) {
            throw new IllegalStateException("fit has not been called");
        }
        if (query.length != trainingSet.dimension()) {
            throw new IllegalArgumentException("wrong query length " + query.length);
        }
        double[] d = new double[trainingSet.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = distance(metric, query, trainingSet.row(i));
        }
        return d;
    }
}
