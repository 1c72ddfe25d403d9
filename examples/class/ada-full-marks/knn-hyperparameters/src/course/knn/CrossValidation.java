package course.knn;

import java.util.ArrayList;
import java.util.List;

/** k-fold cross-validation (Ada's version). */
public final class CrossValidation {

    public static final double TIE_TOLERANCE = 1e-9;

    private CrossValidation() {
    }

    public static double[] foldAccuracies(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        if (folds < 2 || folds > data.size()) {
            throw new IllegalArgumentException("bad number of folds: " + folds);
        }
        double[] result = new double[folds];
        for (int f = 0; f < folds; f++) {
            List<Integer> trainIdx = new ArrayList<>();
            List<Integer> testIdx = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (i % folds == f ? testIdx : trainIdx).add(i);
            }
            Dataset train = data.subset(trainIdx.stream().mapToInt(Integer::intValue).toArray());
            FeatureTransform scale = scaler.fit(train.features());
            double[][] scaledTrain = scale.applyAll(train.features());
            Knn model = new Knn(candidate.k(), candidate.metric());
            model.fit(new Dataset(scaledTrain, train.labels()));
            int hits = 0;
            for (int i : testIdx) {
                if (model.predict(scale.apply(data.row(i))) == data.label(i)) {
                    hits++;
                }
            }
            result[f] = hits / (double) testIdx.size();
        }
        return result;
    }

    public static double crossValidate(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        double[] acc = foldAccuracies(data, candidate, folds, scaler);
        double total = 0;
        for (double a : acc) {
            total += a;
        }
        return total / acc.length;
    }

    public static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("empty candidate list");
        }
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : candidates) {
            double score = crossValidate(data, c, folds, scaler);
            boolean take;
            if (best == null || score > bestScore + TIE_TOLERANCE) {
                take = true;
            } else if (score >= bestScore - TIE_TOLERANCE) {
                take = c.k() > best.k() || c.k() == best.k() && c.metric().ordinal() < best.metric().ordinal();
            } else {
                take = false;
            }
            if (take) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
