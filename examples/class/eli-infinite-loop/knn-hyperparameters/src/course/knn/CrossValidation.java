package course.knn;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Cross-validation, Eli's version. */
public final class CrossValidation {

    public static final double TIE_TOLERANCE = 1e-9;

    private CrossValidation() {
    }

    public static double[] foldAccuracies(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        int n = data.size();
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds must be in [2, " + n + "], got " + folds);
        }
        return IntStream.range(0, folds).mapToDouble(f -> {
            int[] trainRows = IntStream.range(0, n).filter(i -> i % folds != f).toArray();
            int[] testRows = IntStream.range(0, n).filter(i -> i % folds == f).toArray();
            Dataset train = data.subset(trainRows);
            FeatureTransform t = scaler.fit(train.features());
            Knn knn = new Knn(candidate.k(), candidate.metric());
            knn.fit(train.withFeatures(t.applyAll(train.features())));
            long right = IntStream.of(testRows).filter(i -> knn.predict(t.apply(data.row(i))) == data.label(i)).count();
            return (double) right / testRows.length;
        }).toArray();
    }

    public static double crossValidate(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        return java.util.Arrays.stream(foldAccuracies(data, candidate, folds, scaler)).average().orElseThrow();
    }

    public static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        double[] score = candidates.stream().mapToDouble(c -> crossValidate(data, c, folds, scaler)).toArray();
        double top = java.util.Arrays.stream(score).max().orElseThrow();
        return IntStream.range(0, candidates.size()).boxed()
                .filter(i -> score[i] >= top - TIE_TOLERANCE)
                .min(Comparator.<Integer>comparingInt(i -> -candidates.get(i).k())
                        .thenComparing(i -> candidates.get(i).metric())
                        .thenComparingInt(i -> i))
                .map(candidates::get)
                .orElseThrow();
    }
}
