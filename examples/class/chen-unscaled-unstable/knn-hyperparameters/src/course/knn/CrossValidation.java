package course.knn;

import java.util.List;

/** Cross-validation, Chen's version. */
public final class CrossValidation {

    public static final double TIE_TOLERANCE = 1e-9;

    private CrossValidation() {
    }

    public static double[] foldAccuracies(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        int n = data.size();
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("invalid folds " + folds);
        }
        // scale everything once, then split
        FeatureTransform t = scaler.fit(data.features());
        Dataset scaled = data.withFeatures(t.applyAll(data.features()));
        double[] acc = new double[folds];
        for (int f = 0; f < folds; f++) {
            int valCount = 0;
            for (int i = f; i < n; i += folds) {
                valCount++;
            }
            int[] tr = new int[n - valCount];
            int p = 0;
            for (int i = 0; i < n; i++) {
                if (i % folds != f) {
                    tr[p++] = i;
                }
            }
            Knn knn = new Knn(candidate.k(), candidate.metric());
            knn.fit(scaled.subset(tr));
            int ok = 0;
            for (int i = f; i < n; i += folds) {
                if (knn.predict(scaled.row(i)) == scaled.label(i)) {
                    ok++;
                }
            }
            acc[f] = ok / (double) valCount;
        }
        return acc;
    }

    public static double crossValidate(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        double s = 0;
        for (double a : foldAccuracies(data, candidate, folds, scaler)) {
            s += a;
        }
        return s / folds;
    }

    public static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        double[] means = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < means.length; i++) {
            means[i] = crossValidate(data, candidates.get(i), folds, scaler);
            max = Math.max(max, means[i]);
        }
        Candidate pick = null;
        for (int i = 0; i < means.length; i++) {
            Candidate c = candidates.get(i);
            if (max - means[i] <= TIE_TOLERANCE
                    && (pick == null || c.k() > pick.k() || c.k() == pick.k() && c.metric().ordinal() < pick.metric().ordinal())) {
                pick = c;
            }
        }
        return pick;
    }
}
