package course.knn;

import java.util.List;
import java.util.Objects;

/**
 * Chooses KNN hyperparameters by k-fold cross-validation.
 *
 * <p>Fold rule: with {@code folds} folds, row {@code i} of the data set belongs to fold {@code i % folds}. For
 * fold {@code f}, the validation rows are the rows of fold {@code f} and the training rows are all the others,
 * both kept in increasing row order.
 *
 * <p>For each fold: fit the scaler on the training rows only, transform both the training rows and the validation
 * rows with that fitted transform, fit a fresh {@link Knn} on the transformed training rows, and measure the
 * accuracy (correct predictions / validation rows) on the transformed validation rows.
 */
public final class CrossValidation {

    /** Mean accuracies that differ by at most this much count as equal in {@link #select}. */
    public static final double TIE_TOLERANCE = 1e-9;

    private CrossValidation() {
    }

    /**
     * Returns the validation accuracy of every fold for one candidate.
     *
     * @param data      the labelled data
     * @param candidate the hyperparameters (k, metric)
     * @param folds     the number of folds, {@code 2 <= folds <= data.size()}
     * @param scaler    the feature scaling, fitted anew on the training rows of each fold
     * @return {@code folds} accuracies in {@code [0, 1]}; entry {@code f} is the accuracy on fold {@code f}
     * @throws IllegalArgumentException if {@code folds} is out of range or {@code candidate.k()} exceeds the
     *                                  number of training rows of a fold
     */
    public static double[] foldAccuracies(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(scaler, "scaler");
        int n = data.size();
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds must be between 2 and the number of rows (" + n + "), got "
                    + folds);
        }
        double[] accuracies = new double[folds];
        for (int f = 0; f < folds; f++) {
            int validationSize = (n - f + folds - 1) / folds; // rows f, f + folds, f + 2 folds, ... below n
            int[] trainRows = new int[n - validationSize];
            int[] validationRows = new int[validationSize];
            int t = 0;
            int v = 0;
            for (int i = 0; i < n; i++) {
                if (i % folds == f) {
                    validationRows[v++] = i;
                } else {
                    trainRows[t++] = i;
                }
            }
            Dataset train = data.subset(trainRows);
            // The statistics come from the training rows alone; the validation rows must stay unseen data.
            FeatureTransform transform = scaler.fit(train.features());
            Knn knn = new Knn(candidate.k(), candidate.metric()); // fresh per fold: nothing carries over
            knn.fit(train.withFeatures(transform.applyAll(train.features())));
            int correct = 0;
            for (int i : validationRows) {
                if (knn.predict(transform.apply(data.row(i))) == data.label(i)) {
                    correct++;
                }
            }
            accuracies[f] = (double) correct / validationSize;
        }
        return accuracies;
    }

    /**
     * Returns the mean of the fold accuracies of {@link #foldAccuracies} (each fold weighs the same, whatever its
     * size).
     *
     * @param data      the labelled data
     * @param candidate the hyperparameters (k, metric)
     * @param folds     the number of folds, {@code 2 <= folds <= data.size()}
     * @param scaler    the feature scaling, fitted anew on the training rows of each fold
     * @return the mean fold accuracy, in {@code [0, 1]}
     * @throws IllegalArgumentException as {@link #foldAccuracies}
     */
    public static double crossValidate(Dataset data, Candidate candidate, int folds, Scaler scaler) {
        double sum = 0;
        for (double accuracy : foldAccuracies(data, candidate, folds, scaler)) {
            sum += accuracy;
        }
        return sum / folds;
    }

    /**
     * Returns the candidate with the highest mean fold accuracy ({@link #crossValidate}).
     *
     * <p>Tie-break between candidates whose mean accuracies differ by at most {@link #TIE_TOLERANCE}: the larger
     * {@code k} wins (a smoother decision boundary), then the metric declared first in {@link Metric}, then the
     * candidate that comes first in the list.
     *
     * @param data       the labelled data
     * @param candidates the candidates to compare, at least one
     * @param folds      the number of folds, {@code 2 <= folds <= data.size()}
     * @param scaler     the feature scaling, fitted anew on the training rows of each fold
     * @return the chosen candidate (one of the list's elements)
     * @throws IllegalArgumentException if the list is empty, or as {@link #foldAccuracies}
     */
    public static Candidate select(Dataset data, List<Candidate> candidates, int folds, Scaler scaler) {
        Objects.requireNonNull(candidates, "candidates");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to choose from");
        }
        double[] means = new double[candidates.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < means.length; c++) {
            means[c] = crossValidate(data, candidates.get(c), folds, scaler);
            best = Math.max(best, means[c]);
        }
        // Two passes: first the best score, then the tie-break among all candidates close to it, so that the
        // tolerance is measured from the maximum and not from whichever candidate happened to come first.
        Candidate chosen = null;
        for (int c = 0; c < means.length; c++) {
            if (means[c] < best - TIE_TOLERANCE) {
                continue;
            }
            Candidate candidate = candidates.get(c);
            if (chosen == null || candidate.k() > chosen.k()
                    || candidate.k() == chosen.k() && candidate.metric().compareTo(chosen.metric()) < 0) {
                chosen = candidate;
            }
        }
        return chosen;
    }
}
