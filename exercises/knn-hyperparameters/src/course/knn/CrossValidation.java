package course.knn;

import java.util.List;

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
     * <p>Never fit the scaler on the whole data set or on the validation rows: that leaks the validation rows'
     * statistics into training, and the accuracy no longer measures performance on unseen data.
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
        throw new UnsupportedOperationException("TODO CrossValidation.foldAccuracies");
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
        throw new UnsupportedOperationException("TODO CrossValidation.crossValidate");
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
        throw new UnsupportedOperationException("TODO CrossValidation.select");
    }
}
