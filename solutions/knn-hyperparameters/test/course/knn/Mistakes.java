package course.knn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

/**
 * Explanations of wrong cross-validations (not a test class). Fold accuracies carry too little information to name
 * a mistake from the numbers alone (a wrong vote tie-break and contiguous folds can give the same accuracies), so
 * a wrong fold split or leakage is shown by watching which rows the submission fits its scaler on.
 */
final class Mistakes {

    private Mistakes() {
    }

    /** crossValidate: the pooled accuracy over all rows instead of the mean of the fold accuracies. */
    static Diagnosis meanAccuracy(Dataset data, Candidate c, int folds, Scaler scaler, double actual) {
        double[] perFold = Oracle.foldAccuracies(data, c, folds, scaler);
        double pooled = 0;
        for (int f = 0; f < folds; f++) {
            pooled += perFold[f] * Oracle.validationRows(data.size(), folds, f).length / data.size();
        }
        double pooledAccuracy = pooled;
        return Diagnosis.of(actual, Oracle.meanAccuracy(data, c, folds, scaler), Tolerance.DEFAULT).called("mean")
                .mistakeNumber("it is the pooled accuracy (correct predictions / all rows), not the mean of the "
                        + "fold accuracies (every fold weighs the same)", () -> pooledAccuracy);
    }

    /**
     * Runs the submission's {@code foldAccuracies} with a recording scaler and says on which rows it fitted the
     * scaler, when that is not one fit per fold on exactly the fold's training rows (leakage, or another fold
     * split); otherwise says that the splitting and scaling are right. Empty when the data has repeated rows, which
     * a recording scaler cannot tell apart.
     */
    static String scalerFits(Dataset data, Candidate c, int folds) {
        double[][] rows = data.features();
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                if (Arrays.equals(rows[i], rows[j])) {
                    return "";
                }
            }
        }
        RecordingScaler recording = new RecordingScaler(Oracle.MIN_MAX);
        CrossValidation.foldAccuracies(data, c, folds, recording);
        List<List<Integer>> fitted = new ArrayList<>();
        for (RecordingScaler.Fit fit : recording.fits) {
            fitted.add(RecordingScaler.indicesOf(data, Arrays.asList(fit.rows())).stream().sorted().toList());
        }
        List<List<Integer>> expected = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            expected.add(IntStream.of(Oracle.trainingRows(data.size(), folds, f)).boxed().toList());
        }
        if (fitted.equals(expected)) {
            return "\nYour folds and scaling are right (the scaler was fitted on each fold's training rows), so the "
                    + "difference comes from the KNN predictions or from how the accuracy is counted.";
        }
        return "\nYour foldAccuracies fitted the scaler on the rows " + fitted + ", but the training rows of the "
                + "folds (row i in fold i % folds) are " + expected + ": fitting on other rows (all of them, or the "
                + "validation rows) leaks them into training, and other rows mean another fold split.";
    }
}
