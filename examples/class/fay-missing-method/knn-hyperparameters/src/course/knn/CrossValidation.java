package course.knn;

import java.util.List;

/** Cross-validation, Fay's version (folds as a long in crossValidate). */
public final class CrossValidation {

    public static final double TIE_TOLERANCE = 1e-9;

    private CrossValidation() {
    }

    public static double[] foldAccuracies(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        int n = data.size();
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds " + folds);
        }
        double[] accuracy = new double[folds];
        for (int f = 0; f < folds; f++) {
            int validation = 0;
            for (int i = 0; i < n; i++) {
                if (i % folds == f) {
                    validation++;
                }
            }
            int[] rows = new int[n - validation];
            for (int i = 0, t = 0; i < n; i++) {
                if (i % folds != f) {
                    rows[t++] = i;
                }
            }
            Dataset train = data.subset(rows);
            FeatureTransform transform = scaler.fit(train.features());
            Knn knn = new Knn(candidate.k(), candidate.metric());
            knn.fit(train.withFeatures(transform.applyAll(train.features())));
            int correct = 0;
            for (int i = f; i < n; i += folds) {
                if (knn.predict(transform.apply(data.row(i))) == data.label(i)) {
                    correct++;
                }
            }
            accuracy[f] = correct / (double) validation;
        }
        return accuracy;
    }

    public static double crossValidate(Dataset data, Candidate candidate, long folds, Scaler scaler) {
        double sum = 0;
        for (double a : foldAccuracies(data, candidate, (int) folds, scaler)) {
            sum += a;
        }
        return sum / folds;
    }

    public static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        Candidate best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        double[] means = new double[candidates.size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = crossValidate(data, candidates.get(i), folds, scaler);
            bestMean = Math.max(bestMean, means[i]);
        }
        for (int i = 0; i < means.length; i++) {
            Candidate c = candidates.get(i);
            if (means[i] + TIE_TOLERANCE >= bestMean && (best == null || c.k() > best.k()
                    || c.k() == best.k() && c.metric().compareTo(best.metric()) < 0)) {
                best = c;
            }
        }
        return best;
    }
}
