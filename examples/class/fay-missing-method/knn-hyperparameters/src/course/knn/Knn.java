package course.knn;

import java.util.Objects;
import java.util.PriorityQueue;

/** KNN, Fay's version: a priority queue of (distance, index). */
public final class Knn {

    private final int k;
    private final Metric metric;
    private double[][] x;
    private int[] y;

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
            throw new IllegalArgumentException("vectors of lengths " + a.length + " and " + b.length);
        }
        if (metric == Metric.COSINE) {
            double dot = 0;
            double aa = 0;
            double bb = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
                aa += a[i] * a[i];
                bb += b[i] * b[i];
            }
            if (aa == 0 || bb == 0) {
                return aa == 0 && bb == 0 ? 0 : 1;
            }
            return 1 - dot / (Math.sqrt(aa) * Math.sqrt(bb));
        }
        double r = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = Math.abs(a[i] - b[i]);
            switch (metric) {
                case EUCLIDEAN -> r += diff * diff;
                case MANHATTAN -> r += diff;
                default -> r = Math.max(r, diff);
            }
        }
        return metric == Metric.EUCLIDEAN ? Math.sqrt(r) : r;
    }

    public void fit(Dataset train) {
        if (k > train.size()) {
            throw new IllegalArgumentException("k > training rows");
        }
        x = train.features();
        y = train.labels();
    }

    private record Neighbour(double distance, int index) implements Comparable<Neighbour> {
        @Override
        public int compareTo(Neighbour o) {
            int c = Double.compare(distance, o.distance);
            return c != 0 ? c : Integer.compare(index, o.index);
        }
    }

    public int[] nearest(double[] query) {
        check(query);
        PriorityQueue<Neighbour> queue = new PriorityQueue<>();
        for (int i = 0; i < x.length; i++) {
            queue.add(new Neighbour(distance(metric, query, x[i]), i));
        }
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = queue.poll().index();
        }
        return out;
    }

    public int predict(double[] query) {
        int[] near = nearest(query);
        int winner = 0;
        int winnerVotes = 0;
        double winnerTotal = 0;
        boolean first = true;
        for (int i : near) {
            int label = y[i];
            int votes = 0;
            double total = 0;
            for (int j : near) {
                if (y[j] == label) {
                    votes++;
                    total += distance(metric, query, x[j]);
                }
            }
            if (first || votes > winnerVotes || votes == winnerVotes
                    && (total < winnerTotal || total == winnerTotal && label < winner)) {
                winner = label;
                winnerVotes = votes;
                winnerTotal = total;
                first = false;
            }
        }
        return winner;
    }

    private void check(double[] query) {
        if (x == null) {
            throw new IllegalStateException("call fit first");
        }
        if (query.length != x[0].length) {
            throw new IllegalArgumentException("query length " + query.length);
        }
    }
}
