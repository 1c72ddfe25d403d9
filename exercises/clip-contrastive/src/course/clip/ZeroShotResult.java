package course.clip;

import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/**
 * What zero-shot classification returns for a batch of images.
 *
 * @param probabilities {@code n x k}: row {@code i} is the distribution of image {@code i} over the {@code k}
 *                      labels
 * @param predictions   {@code n} label indices, {@code predictions.get(i)} for image {@code i}
 */
public record ZeroShotResult(Matrix probabilities, List<Integer> predictions) {

    /**
     * Copies the predictions.
     *
     * @throws IllegalArgumentException if there is not one prediction per row of {@code probabilities}, or a
     *                                  prediction is not a column index
     */
    public ZeroShotResult {
        Objects.requireNonNull(probabilities, "probabilities");
        predictions = List.copyOf(predictions);
        if (predictions.size() != probabilities.rows()) {
            throw new IllegalArgumentException(predictions.size() + " predictions for " + probabilities.rows()
                    + " images");
        }
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.get(i) < 0 || predictions.get(i) >= probabilities.cols()) {
                throw new IllegalArgumentException("prediction " + i + " is " + predictions.get(i) + ", not one of "
                        + "the " + probabilities.cols() + " labels");
            }
        }
    }
}
