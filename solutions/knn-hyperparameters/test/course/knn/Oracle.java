package course.knn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brute-force versions of what the student writes, written independently of the reference (not a test class).
 */
final class Oracle {

    private Oracle() {
    }

    static double distance(Metric metric, double[] a, double[] b) {
        double[] diff = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            diff[i] = Math.abs(a[i] - b[i]);
        }
        switch (metric) {
            case EUCLIDEAN:
                return Math.sqrt(Arrays.stream(diff).map(d -> d * d).sum());
            case MANHATTAN:
                return Arrays.stream(diff).sum();
            case CHEBYSHEV:
                return Arrays.stream(diff).max().orElse(0);
            default:
                double dot = 0;
                double na = 0;
                double nb = 0;
                for (int i = 0; i < a.length; i++) {
                    dot += a[i] * b[i];
                    na += a[i] * a[i];
                    nb += b[i] * b[i];
                }
                if (na == 0 && nb == 0) {
                    return 0;
                }
                if (na == 0 || nb == 0) {
                    return 1;
                }
                return 1 - dot / Math.sqrt(na * nb);
        }
    }

    /** The k nearest training rows, sorted by (distance, index). */
    static int[] nearest(Dataset train, int k, Metric metric, double[] query) {
        List<Integer> idx = new ArrayList<>();
        double[] d = new double[train.size()];
        for (int i = 0; i < train.size(); i++) {
            idx.add(i);
            d[i] = distance(metric, query, train.row(i));
        }
        idx.sort(Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        return idx.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
    }

    static int predict(Dataset train, int k, Metric metric, double[] query) {
        int[] near = nearest(train, k, metric, query);
        Map<Integer, int[]> votes = new TreeMap<>();
        Map<Integer, Double> totals = new TreeMap<>();
        for (int i : near) {
            votes.computeIfAbsent(train.label(i), l -> new int[1])[0]++;
            totals.merge(train.label(i), distance(metric, query, train.row(i)), Double::sum);
        }
        int best = 0;
        int bestVotes = -1;
        double bestTotal = 0;
        for (var e : votes.entrySet()) { // ascending labels: strict comparisons keep the smallest label
            int v = e.getValue()[0];
            double t = totals.get(e.getKey());
            if (v > bestVotes || v == bestVotes && t < bestTotal) {
                best = e.getKey();
                bestVotes = v;
                bestTotal = t;
            }
        }
        return best;
    }

    static int[] trainingRows(int n, int folds, int fold) {
        return java.util.stream.IntStream.range(0, n).filter(i -> i % folds != fold).toArray();
    }

    static int[] validationRows(int n, int folds, int fold) {
        return java.util.stream.IntStream.range(0, n).filter(i -> i % folds == fold).toArray();
    }

    static double[] foldAccuracies(Dataset data, Candidate c, int folds, Scaler scaler) {
        double[] acc = new double[folds];
        for (int f = 0; f < folds; f++) {
            Dataset train = data.subset(trainingRows(data.size(), folds, f));
            FeatureTransform t = scaler.fit(train.features());
            Dataset scaled = train.withFeatures(t.applyAll(train.features()));
            int[] val = validationRows(data.size(), folds, f);
            int correct = 0;
            for (int i : val) {
                if (predict(scaled, c.k(), c.metric(), t.apply(data.row(i))) == data.label(i)) {
                    correct++;
                }
            }
            acc[f] = correct / (double) val.length;
        }
        return acc;
    }

    static double meanAccuracy(Dataset data, Candidate c, int folds, Scaler scaler) {
        return Arrays.stream(foldAccuracies(data, c, folds, scaler)).average().orElseThrow();
    }

    static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        double[] means = candidates.stream().mapToDouble(c -> meanAccuracy(data, c, folds, scaler)).toArray();
        double best = Arrays.stream(means).max().orElseThrow();
        Candidate chosen = null;
        for (int i = 0; i < means.length; i++) {
            Candidate c = candidates.get(i);
            if (Math.abs(means[i] - best) <= 1e-9 && (chosen == null || c.k() > chosen.k()
                    || c.k() == chosen.k() && c.metric().ordinal() < chosen.metric().ordinal())) {
                chosen = c;
            }
        }
        return chosen;
    }

    /** Min-max scaling into [0, 1] (constant features: x - min); a scaler the student did not write. */
    static final Scaler MIN_MAX = rows -> {
        int dim = rows[0].length;
        double[] min = new double[dim];
        double[] max = new double[dim];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] r : rows) {
            for (int j = 0; j < dim; j++) {
                min[j] = Math.min(min[j], r[j]);
                max[j] = Math.max(max[j], r[j]);
            }
        }
        return row -> {
            double[] out = new double[dim];
            for (int j = 0; j < dim; j++) {
                double range = max[j] - min[j];
                out[j] = (row[j] - min[j]) / (range == 0 ? 1 : range);
            }
            return out;
        };
    };

    static String rows(double[][] rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(rows[i]));
        }
        return sb.append(']').toString();
    }
}
